import { DEFAULT_SETTINGS } from "../../../src/domain/report/reportSettings";
import { ReportRequest, reportFromGrid, WrittenReport } from "../../../src/usecases/makeReport";
import { trackedTableGrid } from "../../support/trackedTable";

/** The workbook the fake report is made in: the tracked table on "Phụ lục" (its title says 2024). */
export const REPORT_SHEET = "Phụ lục";

/**
 * What "Lập báo cáo" would write for the tracked table of tests/support/trackedTable.ts: the real
 * report of it (so the figures are the core's), the sheet names it would take in a workbook holding
 * only `existing`, and the settings sheet as written the first time. No jest here: the browser test's
 * pane uses it too.
 */
export function fakeWrittenReport(
  sheetName: string | undefined,
  request: ReportRequest,
  existing: readonly string[] = [REPORT_SHEET]
): WrittenReport {
  const made = reportFromGrid(
    trackedTableGrid(),
    request,
    { settings: DEFAULT_SETTINGS, problems: [] },
    existing
  );
  if (made.kind === "refused") return made;
  return {
    kind: "written",
    appendixSheet: sheetName ?? REPORT_SHEET,
    sheets: made.sheets.map((sheet) => sheet.name),
    settingsSheet: "Cài đặt báo cáo",
    report: made.report,
    problems: made.problems,
  };
}
