import { Appendix } from "../domain/appendix";
import {
  AppendixPlan,
  blankPlan,
  PlanItem,
  planFromTable,
  PlanReference,
} from "../domain/appendixPlan";
import { NoAppendixError, readAppendix } from "../domain/readAppendix";
import { ExcelSheets } from "../excel/excelContract";
import { appendixSheet } from "../sheet/appendixSheet";
import { SheetDescription } from "../sheet/sheetDescription";
import { appendixText } from "../sheet/sheetText";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../sheet/unitsSheet";

/**
 * The name the new appendix sheet asks for: the sheet of `phuluc new`'s file, and in Excel the name
 * writeSheet starts from (adding " (2)" … when it is taken).
 */
export const APPENDIX_SHEET_NAME = "Phụ lục";

/** What the new appendix says of its plan: the "Lập phụ lục" form, or the options of `phuluc new`. */
export interface PlanRequest {
  year: string;
  /** The appendix title; the standard CCHC title for the year when the officer gave none. */
  title: string;
  reference: PlanReference;
}

/** The plan to lay out: the blank appendix of the year, or the rows of a table read from a sheet or file. */
export function planFor(request: PlanRequest, table: Appendix | null): AppendixPlan {
  if (table === null)
    return { ...blankPlan(request.year), title: request.title, reference: request.reference };
  return planFromTable(table, request.title, request.reference);
}

/** The appendix sheet, its Chủ trì column validated against the units sheet's list. */
export function newAppendixSheet(plan: AppendixPlan, unitsSheetName: string) {
  return appendixSheet(plan, APPENDIX_SHEET_NAME, unitsRange(unitsSheetName));
}

/** A new units sheet (Danh mục): the usual units of a commune, then the leads the plan names. */
export function newUnitsSheet(plan: AppendixPlan): SheetDescription {
  return unitsSheet(appendixText.unitsSheet, [...DEFAULT_UNITS, ...leadsOf(plan.items)]);
}

/** The workbook's units sheet, as the workbook spells its name; null when there is none. */
export function existingUnitsSheet(sheetNames: readonly string[]): string | null {
  return sheetNames.find((name) => sameName(name, appendixText.unitsSheet)) ?? null;
}

/** A new workbook (`phuluc new`): the appendix sheet, then the units sheet its list points at. */
export function appendixWorkbook(plan: AppendixPlan): {
  sheets: SheetDescription[];
  /** The grand total the appendix's formulas come to. */
  total: number;
} {
  const appendix = newAppendixSheet(plan, appendixText.unitsSheet);
  return { sheets: [appendix.sheet, newUnitsSheet(plan)], total: appendix.layout.total };
}

/** Where the pane's appendix comes from: the blank table, or the table on the active sheet redone. */
export type AppendixSource = "blank" | "active";

export type CreateResult =
  | { kind: "written"; appendixSheet: string; unitsSheet: string | null }
  | { kind: "no-appendix"; sheetName: string; message: string };

/**
 * "Lập phụ lục" in the open workbook: a new appendix sheet (never replacing one), and the units sheet
 * first when the workbook has none; a units sheet it has is used as the officer edited it. Returns the
 * names written, or why the active sheet holds no table to redo (then nothing is written).
 */
export async function createAppendix(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "sheetNames" | "writeSheet">,
  source: AppendixSource,
  request: PlanRequest
): Promise<CreateResult> {
  let table: Appendix | null = null;
  if (source === "active") {
    const read = await sheets.readSheet(context);
    try {
      table = readAppendix(read.grid);
    } catch (error) {
      if (error instanceof NoAppendixError)
        return { kind: "no-appendix", sheetName: read.sheetName, message: error.message };
      throw error;
    }
  }
  const plan = planFor(request, table);
  let unitsName = existingUnitsSheet(await sheets.sheetNames(context));
  let unitsSheetWritten: string | null = null;
  if (unitsName === null) {
    unitsSheetWritten = await sheets.writeSheet(context, newUnitsSheet(plan), false);
    unitsName = unitsSheetWritten;
  }
  const appendix = newAppendixSheet(plan, unitsName).sheet;
  const appendixSheetWritten = await sheets.writeSheet(context, appendix, true);
  return { kind: "written", appendixSheet: appendixSheetWritten, unitsSheet: unitsSheetWritten };
}

const sameName = (a: string, b: string) =>
  a.normalize("NFC").toLocaleLowerCase("vi-VN") === b.normalize("NFC").toLocaleLowerCase("vi-VN");

/** The lead units the plan names, so that its own rows pass the Chủ trì list. */
function leadsOf(items: readonly PlanItem[]): string[] {
  return items.flatMap((item) => [item.lead, ...leadsOf(item.children)]);
}
