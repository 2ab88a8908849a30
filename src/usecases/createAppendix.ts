import { analyseAppendix, analysisOf, AppendixAnalysis } from "../domain/analysis";
import { Appendix } from "../domain/appendix";
import {
  AppendixPlan,
  BLANK_REFERENCE,
  blankPlan,
  PlanItem,
  planFromTable,
  PlanReference,
  signingYear,
} from "../domain/appendixPlan";
import { renumber } from "../domain/fixes/renumber";
import {
  PlanDifferences,
  planDifferences,
  SourceTable,
  sourceItems,
} from "../domain/planDifferences";
import { findAppendix, readAppendix } from "../domain/readAppendix";
import { readTitleBlock, TitleBlock } from "../domain/titleBlock";
import { Grid } from "../domain/grid";
import { ExcelSheets } from "../excel/excelContract";
import { appendixSheet } from "../sheet/appendixSheet";
import { SheetDescription } from "../sheet/sheetDescription";
import { sameSheetName } from "../sheet/sheetNames";
import { appendixText } from "../sheet/sheetText";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../sheet/unitsSheet";

/**
 * The name the new appendix sheet asks for: the sheet of `phuluc new`'s file, and in Excel the name
 * writeSheet starts from (adding " (2)" … when it is taken).
 */
export const APPENDIX_SHEET_NAME = "Phụ lục";

/**
 * What the officer gave for the new appendix's title block: the "Lập phụ lục" form, or the options of
 * `phuluc new`. A part left out is not given: the source's is written, else the standard one.
 */
export interface PlanRequest {
  /** The plan's year, which the title names. */
  year?: string;
  title?: string;
  reference: Partial<PlanReference>;
}

/** The title block to write: the officer's entries, then the source's, then the standard ones. */
export interface ResolvedTitleBlock {
  year: string;
  title: string;
  reference: PlanReference;
}

/**
 * The title block of the new appendix. The officer's entries win; then what the source's title block
 * says; then the standard ones (blankPlan's title for the year, "…" where the reference is not known).
 * The plan's year is the officer's, else the source's, else this year's.
 *
 * When the officer names another year than the source's, the new appendix is another year's plan made
 * from the old one: the source's title is kept with its year changed, its issuer is kept, but its plan
 * number and signing date are the old plan's and are not carried over.
 *
 * The date is one thing: a day, month or year the officer gives makes it the officer's date, the rest
 * "…" except the year (see signingYear); a date given in no part is the source's.
 */
export function titleBlockFor(
  request: PlanRequest,
  source: TitleBlock | null,
  today: Date = new Date()
): ResolvedTitleBlock {
  const given = request.reference;
  const sourceYear = source?.year ?? null;
  const year = request.year ?? sourceYear ?? String(today.getFullYear());
  const standard = blankPlan(year);
  const samePlan = sourceYear === null || sourceYear === year;
  const carried: Partial<PlanReference> = samePlan
    ? (source?.reference ?? {})
    : { issuer: source?.reference.issuer };
  let sourceTitle = source?.title ?? undefined;
  if (sourceTitle !== undefined && !samePlan) sourceTitle = withYear(sourceTitle, sourceYear, year);
  const dateGiven =
    given.day !== undefined || given.month !== undefined || given.year !== undefined;
  const date: Pick<PlanReference, "day" | "month" | "year"> = dateGiven
    ? {
        day: given.day ?? BLANK_REFERENCE.day,
        month: given.month ?? BLANK_REFERENCE.month,
        year: given.year ?? (given.month === undefined ? year : signingYear(year, given.month)),
      }
    : carried.day && carried.month && carried.year
      ? { day: carried.day, month: carried.month, year: carried.year }
      : standard.reference;
  return {
    year,
    title: request.title ?? sourceTitle ?? standard.title,
    reference: {
      planNumber: given.planNumber ?? carried.planNumber ?? standard.reference.planNumber,
      day: date.day,
      month: date.month,
      year: date.year,
      issuer: given.issuer ?? carried.issuer ?? standard.reference.issuer,
    },
  };
}

/** "… NĂM 2020 …" as "… NĂM 2025 …": only the year the title names as the plan's. */
function withYear(title: string, from: string | null, to: string): string {
  if (from === null) return title;
  return title.replace(new RegExp(`(n[aă]m\\s+)${from}\\b`, "giu"), `$1${to}`);
}

/**
 * The plan to lay out: the blank appendix of the year, or the rows of a table read from a sheet or file.
 * `analysis`, when the caller has one of the source's appendix (analyseAppendix), is the one used;
 * without it the table is analysed here, once.
 */
export function planFor(
  request: PlanRequest,
  source: SourceTable | null,
  today: Date = new Date(),
  analysis?: AppendixAnalysis
): AppendixPlan {
  const block = titleBlockFor(request, source?.titleBlock ?? null, today);
  if (source === null) {
    return { ...blankPlan(block.year), title: block.title, reference: block.reference };
  }
  const analysed = analysisOf(source.appendix, analysis);
  const plan = planFromTable(source.appendix, block.title, block.reference, analysed);
  numberAfresh(source, plan, analysed);
  return plan;
}

/**
 * Numbers the plan's rows from where they stand in the outline, as the Đánh lại số thứ tự fix would
 * (a duplicated 5.1.2 becomes 5.1.3), so that the new sheet passes its own check; planDifferences says
 * which numbers changed.
 */
function numberAfresh(
  { appendix }: SourceTable,
  plan: AppendixPlan,
  analysis: AppendixAnalysis
): void {
  const fix = renumber(appendix, analysis.main.outline, analysis.sequence.parts);
  if (fix === null) return;
  const numbers = new Map(
    fix.edits.flatMap((edit) =>
      "value" in edit.after ? [[edit.row, String(edit.after.value)]] : []
    )
  );
  for (const { item, node } of sourceItems(appendix, plan, analysis)) {
    item.number = numbers.get(node.row.row) ?? item.number;
  }
}

/** The table on a grid, and its title block: the lines above its header. Throws NoAppendixError when there is none. */
export function sourceTableOf(grid: Grid): SourceTable {
  return sourceTable(grid, readAppendix(grid));
}

/** The appendix read from a grid, with its title block: the lines above its header. */
export function sourceTable(grid: Grid, appendix: Appendix): SourceTable {
  return { appendix, titleBlock: readTitleBlock(grid, appendix.headerRow - grid.firstRow) };
}

/**
 * The plan rebuilt from a source table, and what it writes otherwise than the source: the table is
 * analysed once, for the plan, its numbering and the differences.
 */
export function rebuild(
  request: PlanRequest,
  source: SourceTable,
  today: Date = new Date()
): { plan: AppendixPlan; differences: PlanDifferences } {
  const analysis = analyseAppendix(source.appendix);
  const plan = planFor(request, source, today, analysis);
  return { plan, differences: planDifferences(source, plan, analysis) };
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
  return sheetNames.find((name) => sameSheetName(name, appendixText.unitsSheet)) ?? null;
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

/** What "Lập lại từ trang đang mở" would write, shown to the officer before anything is written. */
export interface AppendixPreview {
  /** The sheet whose table is rebuilt. */
  sheetName: string;
  plan: AppendixPlan;
  /** The title line as the new sheet writes it, in capitals. */
  title: string;
  /** The "(Kèm theo Kế hoạch số …)" line as the new sheet writes it. */
  reference: string;
  differences: PlanDifferences;
}

/**
 * What the pane asks of "Lập phụ lục": "blank" writes the blank appendix at once; "active" reads the
 * active sheet's table and returns what rebuilding it would write, writing nothing; `{ previewed }`
 * writes that rebuild, the officer having seen it, if the active sheet still gives exactly it.
 */
export type AppendixSource =
  | "blank"
  | "active"
  | { previewed: AppendixPreview }
  /** A plan the officer has seen in full, such as one imported from a plan's text (./importPlan). */
  | { imported: AppendixPlan };

export type CreateResult =
  | { kind: "written"; appendixSheet: string; unitsSheet: string | null }
  /** What the rebuild would write; nothing was written. */
  | { kind: "preview"; preview: AppendixPreview }
  /** The table changed since the preview, so nothing was written; `preview` is what it gives now. */
  | { kind: "changed"; preview: AppendixPreview }
  /** The active sheet holds no table to rebuild; nothing was written. */
  | { kind: "no-appendix"; sheetName: string; message: string };

/**
 * "Lập phụ lục" in the open workbook. The blank appendix, and a plan imported from a plan's text that
 * the officer has seen in the pane, are written at once. The active sheet's table is
 * first previewed (one read, nothing written); the preview is written when the officer confirms it,
 * after the sheet is read again: if what it would write now is not what was previewed, nothing is
 * written, as applyFix refuses a fix previewed on a table edited since.
 *
 * Writing adds a new appendix sheet (never replacing one), and the units sheet first when the workbook
 * has none; a units sheet it has is used as the officer edited it.
 */
export async function createAppendix(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "sheetNames" | "writeSheet">,
  source: AppendixSource,
  request: PlanRequest,
  today: Date = new Date()
): Promise<CreateResult> {
  if (source === "blank")
    return await writeAppendix(context, sheets, planFor(request, null, today));
  if (typeof source === "object" && "imported" in source)
    return await writeAppendix(context, sheets, source.imported);
  const read = await sheets.readSheet(context);
  const found = findAppendix(read.grid);
  if (!found.found)
    return { kind: "no-appendix", sheetName: read.sheetName, message: found.message };
  const { plan, differences } = rebuild(request, sourceTable(read.grid, found.appendix), today);
  const preview: AppendixPreview = {
    sheetName: read.sheetName,
    plan,
    title: plan.title.toLocaleUpperCase("vi-VN"),
    reference: appendixText.reference(plan.reference),
    differences,
  };
  if (source === "active") return { kind: "preview", preview };
  if (!sameRebuild(preview, source.previewed)) return { kind: "changed", preview };
  return await writeAppendix(context, sheets, plan);
}

/** Whether the sheet and the plan to write are the ones previewed: anything else the officer has not seen. */
function sameRebuild(now: AppendixPreview, previewed: AppendixPreview): boolean {
  const written = (preview: AppendixPreview) =>
    JSON.stringify({ sheetName: preview.sheetName, plan: preview.plan });
  return written(now) === written(previewed);
}

async function writeAppendix(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "sheetNames" | "writeSheet">,
  plan: AppendixPlan
): Promise<CreateResult> {
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

/** The lead units the plan names, so that its own rows pass the Chủ trì list. */
function leadsOf(items: readonly PlanItem[]): string[] {
  return items.flatMap((item) => [item.lead, ...leadsOf(item.children)]);
}
