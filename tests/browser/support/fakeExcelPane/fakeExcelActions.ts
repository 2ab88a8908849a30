import { checkPastedText } from "../../../../src/usecases/checkSheet";
import { ReportRequest } from "../../../../src/usecases/makeReport";
import type { AppendixPlan } from "../../../../src/domain/appendixPlan";
import type { PlanRequest } from "../../../../src/usecases/createAppendix";
import { ExcelActions } from "../../../../src/taskpane/host/excelActions";
import type { ConsolidateRequest } from "../../../../src/usecases/consolidateSheets";
import { TRACKED_TABLE } from "../../../support/trackedTable";
import { consolidateUnitSheets, UNIT_SHEETS } from "../../../taskpane/report/unitSheets";
import { fakeWrittenReport, REPORT_SHEET } from "../../../taskpane/support/fakeReport";

/** What the page's fake Excel was asked, for the test to read with page.evaluate. */
export interface FakeExcelLog {
  reports: { sheetName: string | null; request: ReportRequest }[];
  trackingColumns: (string | null)[];
  /** The appendices written from a plan imported in the pane (Nhập từ Kế hoạch). */
  importedAppendices: { plan: AppendixPlan; request: PlanRequest; sheetName: string }[];
  /** What "Tổng hợp" asked, and the summary sheet it wrote. */
  consolidations: { request: ConsolidateRequest; sheetName: string }[];
}

declare global {
  interface Window {
    __fakeExcel: FakeExcelLog;
  }
}

/**
 * Excel stood in for, in the browser: a workbook holding the tracked table of
 * tests/support/trackedTable.ts on "Phụ lục". "Lập báo cáo" makes that table's real report and adds
 * its sheets' names to the workbook's (the settings sheet the first time only); an appendix imported
 * from a plan's text (Nhập từ Kế hoạch) is added as a new sheet; the other actions answer as a
 * workbook with that table would. Beside it, three departments' sheets and "Danh mục"
 * (tests/taskpane/report/unitSheets.ts): "Tổng hợp" sums up the chosen ones with the real use case
 * and adds the summary sheet. What was asked is kept in window.__fakeExcel.
 */
export function fakeExcelActions(): ExcelActions {
  const names = [REPORT_SHEET, ...Object.keys(UNIT_SHEETS)];
  const tables = { ...UNIT_SHEETS, [REPORT_SHEET]: TRACKED_TABLE };
  const log: FakeExcelLog = {
    reports: [],
    trackingColumns: [],
    importedAppendices: [],
    consolidations: [],
  };
  window.__fakeExcel = log;
  const refuse = async (): Promise<never> => {
    throw new Error("Trang thử này chỉ lập báo cáo.");
  };
  return {
    sheetNames: async () => [...names],
    check: async (sheetName) => ({
      sheetName: sheetName ?? REPORT_SHEET,
      outcome: checkPastedText(TRACKED_TABLE),
    }),
    selectCell: async () => {},
    setHighlights: async () => {},
    applyFix: refuse,
    undoFix: refuse,
    // An imported plan is written at once, as a new sheet of a free name; the rest is refused.
    createAppendix: async (source, request) => {
      if (typeof source !== "object" || !("imported" in source)) return refuse();
      let sheetName = "Phụ lục";
      for (let n = 2; names.includes(sheetName); n++) sheetName = `Phụ lục (${n})`;
      names.push(sheetName);
      log.importedAppendices.push({ plan: source.imported, request, sheetName });
      return { kind: "written", appendixSheet: sheetName, unitsSheet: null };
    },
    exportFindings: refuse,
    addTrackingColumns: async (sheetName) => {
      log.trackingColumns.push(sheetName ?? null);
      return {
        kind: "already",
        sheetName: sheetName ?? REPORT_SHEET,
        message: "Bảng đã có cột theo dõi (H4:K11); không thêm lần nữa.",
      };
    },
    consolidate: async (request) => {
      const made = await consolidateUnitSheets(names, request, tables);
      log.consolidations.push({ request, sheetName: made.sheetName });
      return made;
    },
    makeReport: async (sheetName, request) => {
      log.reports.push({ sheetName: sheetName ?? null, request });
      const made = fakeWrittenReport(sheetName, request, names);
      if (made.kind !== "written") return made;
      const settingsSheet = names.includes("Cài đặt báo cáo") ? null : made.settingsSheet;
      names.push(...made.sheets, ...(settingsSheet ? [settingsSheet] : []));
      return { ...made, settingsSheet };
    },
    errorMessage: (error) => (error instanceof Error ? error.message : String(error)),
  };
}
