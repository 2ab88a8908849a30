import { Finding } from "../../domain/finding";
import { Fix } from "../../domain/fixes/fix";
import { excelRestoreCells } from "../../excel/excelSheets";
import { ExcelSheets } from "../../excel/excelContract";
import { applyFix, ApplyResult } from "../../usecases/applyFix";
import { checkSheet, SheetCheck } from "../../usecases/checkSheet";
import type { AppendixSource, CreateResult, PlanRequest } from "../../usecases/createAppendix";
import type { AddTrackingResult } from "../../usecases/addTrackingColumns";
import { FixUndo, RestoreCells, undoFix, UndoResult } from "../../usecases/undoFix";
import type { ReportRequest, WrittenReport } from "../../usecases/makeReport";
import type { ConsolidateRequest, ConsolidateResult } from "../../usecases/consolidateSheets";

/**
 * Everything the task pane asks of Excel. Each action is one Excel.run around a use case
 * (src/usecases); components never call Office.js themselves, so tests replace this object with a fake.
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
  /**
   * "Hoàn tác": puts back what the last fix applied changed, if the cells still hold what it wrote,
   * then checks the table again; otherwise writes nothing and names the cells edited since. One
   * Excel.run: 3 syncs when undone (read, write, read), 1 when refused.
   */
  undoFix(undo: FixUndo): Promise<UndoResult>;
  /**
   * "blank": writes a new appendix sheet (and the units sheet when the workbook has none). "active":
   * reads the active sheet's table and returns what rebuilding it would write, writing nothing; the
   * preview given back as `{ previewed }` is written, unless the table has changed since.
   */
  createAppendix(source: AppendixSource, request: PlanRequest): Promise<CreateResult>;
  /**
   * Writes the findings of a check of `sheetName` to a new sheet, "Kết quả kiểm tra" or a free name
   * like it (never replacing a sheet), each Ô a link to its cell, and activates it; returns the name
   * used. One Excel.run of writeSheet's syncs: 2 for any list a pane shows.
   */
  exportFindings(sheetName: string, findings: readonly Finding[], date: Date): Promise<string>;
  /**
   * "Thêm cột theo dõi": adds Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng and Kết quả beside the
   * appendix of the named sheet (the active one when omitted), or says why not, writing nothing. One
   * Excel.run: 1 sync when refused, 3 when added.
   */
  addTrackingColumns(sheetName?: string): Promise<AddTrackingResult>;
  /**
   * "Lập báo cáo": the period's report of the appendix on the named sheet (the active one when
   * undefined) as three new sheets, and the settings sheet the first time; the appendix is only read.
   * One Excel.run: four syncs at most.
   */
  makeReport(sheetName: string | undefined, request: ReportRequest): Promise<WrittenReport>;
  /**
   * "Tổng hợp": the chosen sheets of this workbook read together, each appendix checked and summed
   * up, and the summary written as a new sheet ("Tổng hợp", or a free name like it); the sheets read
   * are never changed. One Excel.run: three syncs however many sheets.
   */
  consolidate(request: ConsolidateRequest): Promise<ConsolidateResult>;
  /** Vietnamese for an error an action threw. */
  errorMessage(error: unknown): string;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The actions over the Excel adapter; `run` is Excel.run (a fake in tests). `restore` writes back the
 * cells of an undone fix: the Office.js adapter's, which is not (yet) part of ExcelSheets.
 */
export function createExcelActions(
  sheets: ExcelSheets,
  run: ExcelRun,
  errorMessage: (error: unknown) => string,
  restore: RestoreCells = excelRestoreCells
): ExcelActions {
  return {
    sheetNames: () => run((context) => sheets.sheetNames(context)),
    check: (sheetName) => run((context) => checkSheet(context, sheets, sheetName)),
    selectCell: (sheetName, address) =>
      run((context) => sheets.selectCell(context, sheetName, address)),
    // Marking (on) replaces the add-in's earlier marks on the sheet: they never pile up.
    setHighlights: (sheetName, findings, on) =>
      run((context) => sheets.setHighlights(context, sheetName, findings, on)),
    applyFix: (sheetName, fix) => run((context) => applyFix(context, sheets, sheetName, fix)),
    undoFix: (undo) => run((context) => undoFix(context, sheets, restore, undo)),
    createAppendix: (source, request) =>
      run(async (context) => {
        // The appendix's layout and the units list load when an appendix is first made.
        const { createAppendix } = await import(
          /* webpackChunkName: "create-appendix" */ "../../usecases/createAppendix"
        );
        return createAppendix(context, sheets, source, request);
      }),
    exportFindings: (sheetName, findings, date) =>
      run(async (context) => {
        // The findings sheet's layout loads when a list is first exported.
        const { exportFindings } = await import(
          /* webpackChunkName: "export-findings" */ "../../usecases/exportFindings"
        );
        return exportFindings(context, sheets, sheetName, findings, date);
      }),
    // The Báo cáo tab's code (the report's sheets, the settings, the tracking columns) loads when it is
    // first used: the pane opens without it.
    addTrackingColumns: (sheetName) =>
      run(async (context) => {
        const { addTrackingColumns } = await import(
          /* webpackChunkName: "report" */ "../../usecases/addTrackingColumns"
        );
        return addTrackingColumns(context, sheets, sheetName);
      }),
    makeReport: (sheetName, request) =>
      run(async (context) => {
        const { writeReport } = await import(
          /* webpackChunkName: "report" */ "../../usecases/makeReport"
        );
        return writeReport(context, sheets, sheetName, request);
      }),
    consolidate: (request) =>
      run(async (context) => {
        const { consolidateSheets } = await import(
          /* webpackChunkName: "consolidate" */ "../../usecases/consolidateSheets"
        );
        return consolidateSheets(context, sheets, request);
      }),
    errorMessage,
  };
}
