import { blankPlan, planFromTable } from "../domain/appendixPlan";
import { Finding } from "../domain/finding";
import { Fix } from "../domain/fixes/fix";
import { proposeFixes } from "../domain/fixes/proposeFixes";
import { NoAppendixError, readAppendix } from "../domain/readAppendix";
import { ExcelSheets } from "../excel/excelContract";
import { findingsSheet } from "../sheet/findingsSheet";
import { checkGrid, CheckOutcome } from "./checkGrid";
import { existingUnitsSheet, newAppendixSheet, newUnitsSheet } from "./newAppendixSheets";
import { PlanRequest } from "./planForm";

/** A sheet checked in Excel. */
export interface SheetCheck {
  sheetName: string;
  outcome: CheckOutcome;
}

export type ApplyResult =
  /** The fix was written; `check` is the table checked again after it. */
  | { kind: "applied"; check: SheetCheck }
  /** The table changed since the preview, so nothing was written; `check` is its new state. */
  | { kind: "changed"; check: SheetCheck };

export type CreateResult =
  | { kind: "written"; appendixSheet: string; unitsSheet: string | null }
  | { kind: "no-appendix"; sheetName: string; message: string };

export type AppendixSource = "blank" | "active";

/**
 * Everything the task pane asks of Excel. Each action is one Excel.run; components never call
 * Office.js themselves, so tests replace this object with a fake.
 */
export interface ExcelActions {
  sheetNames(): Promise<string[]>;
  /** Reads and checks the named sheet, or the active one. */
  check(sheetName?: string): Promise<SheetCheck>;
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Marks the findings' cells (replacing earlier marks), or removes every mark the add-in made. */
  setHighlights(sheetName: string, findings: Finding[], on: boolean): Promise<void>;
  /** Applies a previewed fix if the table still proposes exactly it, then checks the table again. */
  applyFix(sheetName: string, fix: Fix): Promise<ApplyResult>;
  /** Writes a new appendix sheet (and the units sheet when the workbook has none). */
  createAppendix(source: AppendixSource, request: PlanRequest): Promise<CreateResult>;
  /**
   * Writes the findings of a check of `sheetName` to a new sheet, "Kết quả kiểm tra" or a free name
   * like it (never replacing a sheet), each Ô a link to its cell, and activates it; returns the name
   * used. One Excel.run of writeSheet's syncs: 2 for any list a pane shows.
   */
  exportFindings(sheetName: string, findings: readonly Finding[], date: Date): Promise<string>;
  /** Vietnamese for an error an action threw. */
  errorMessage(error: unknown): string;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The actions over the Excel adapter; `run` is Excel.run (a fake in tests). */
export function createExcelActions(
  sheets: ExcelSheets,
  run: ExcelRun,
  errorMessage: (error: unknown) => string
): ExcelActions {
  const readAndCheck = async (
    context: Excel.RequestContext,
    sheetName?: string
  ): Promise<SheetCheck> => {
    const read = await sheets.readSheet(context, sheetName);
    return { sheetName: read.sheetName, outcome: checkGrid(read.grid) };
  };

  return {
    sheetNames: () => run((context) => sheets.sheetNames(context)),

    check: (sheetName) => run((context) => readAndCheck(context, sheetName)),

    selectCell: (sheetName, address) =>
      run((context) => sheets.selectCell(context, sheetName, address)),

    // Marking (on) replaces the add-in's earlier marks on the sheet: they never pile up.
    setHighlights: (sheetName, findings, on) =>
      run((context) => sheets.setHighlights(context, sheetName, findings, on)),

    applyFix: (sheetName, fix) =>
      run(async (context): Promise<ApplyResult> => {
        // The officer previewed the fix on the table as it was; if it changed since, write nothing.
        const now = await readAndCheck(context, sheetName);
        if (!stillProposed(now.outcome, fix)) return { kind: "changed", check: now };
        await sheets.applyFix(context, sheetName, fix);
        return { kind: "applied", check: await readAndCheck(context, sheetName) };
      }),

    createAppendix: (source, request) =>
      run(async (context): Promise<CreateResult> => {
        let plan = {
          ...blankPlan(request.year),
          title: request.title,
          reference: request.reference,
        };
        let leads: string[] = [];
        if (source === "active") {
          const read = await sheets.readSheet(context);
          let appendix;
          try {
            appendix = readAppendix(read.grid);
          } catch (error) {
            if (error instanceof NoAppendixError)
              return { kind: "no-appendix", sheetName: read.sheetName, message: error.message };
            throw error;
          }
          plan = planFromTable(appendix, request.title, request.reference);
          leads = appendix.rows.map((row) => row.lead);
        }
        // The officer may have edited the units list: an existing one is used as it is.
        let unitsName = existingUnitsSheet(await sheets.sheetNames(context));
        let unitsSheet: string | null = null;
        if (unitsName === null) {
          unitsSheet = await sheets.writeSheet(context, newUnitsSheet(leads), false);
          unitsName = unitsSheet;
        }
        const appendixSheet = await sheets.writeSheet(
          context,
          newAppendixSheet(plan, unitsName),
          true
        );
        return { kind: "written", appendixSheet, unitsSheet };
      }),

    exportFindings: (sheetName, findings, date) =>
      run((context) =>
        sheets.writeSheet(
          context,
          findingsSheet({ sheet: sheetName, date, findings, links: true }).sheet,
          true
        )
      ),

    errorMessage,
  };
}

/** Whether checking the table now proposes the very fix that was previewed. */
function stillProposed(outcome: CheckOutcome, fix: Fix): boolean {
  if (outcome.kind !== "checked") return false;
  const previewed = JSON.stringify(fix);
  return proposeFixes(outcome.appendix).some((proposed) => JSON.stringify(proposed) === previewed);
}
