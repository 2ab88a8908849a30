import { jest } from "@jest/globals";
import { ExcelActions } from "../../../src/taskpane/host/excelActions";
import { checkPastedText, SheetCheck } from "../../../src/usecases/checkSheet";
import { consolidateUnitSheets, UNIT_SHEET_NAMES } from "../report/unitSheets";
import { fakeWrittenReport } from "./fakeReport";
import { sampleText } from "./sample";

export const SHEET = "Phụ lục";

/** What the fake's errorMessage says for an Office error with this code, as the adapter would. */
export const TRANSLATED: Record<string, string> = {
  ItemNotFound: "Không tìm thấy trang tính (có thể đã bị xóa hoặc đổi tên).",
};

/** An Office.js error as Excel throws it: English text and a code. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

/** The Excel actions replaced: every call recorded, the sample table standing in for the sheet. */
export function fakeActions() {
  const sampleCheck = (sheetName: string): SheetCheck => ({
    sheetName,
    outcome: checkPastedText(sampleText),
  });
  return {
    sheetNames: jest.fn<ExcelActions["sheetNames"]>(async () => [SHEET, "Danh mục", "Báo cáo"]),
    check: jest.fn<ExcelActions["check"]>(async (sheetName) => sampleCheck(sheetName ?? SHEET)),
    selectCell: jest.fn<ExcelActions["selectCell"]>(async () => {}),
    setHighlights: jest.fn<ExcelActions["setHighlights"]>(async () => {}),
    applyFix: jest.fn<ExcelActions["applyFix"]>(async (sheetName) => ({
      kind: "applied",
      check: sampleCheck(sheetName),
    })),
    undoFix: jest.fn<ExcelActions["undoFix"]>(async (undo) => ({
      kind: "undone",
      check: sampleCheck(undo.sheetName),
    })),
    createAppendix: jest.fn<ExcelActions["createAppendix"]>(async () => ({
      kind: "written",
      appendixSheet: "Phụ lục (2)",
      unitsSheet: null,
    })),
    exportFindings: jest.fn<ExcelActions["exportFindings"]>(async () => "Kết quả kiểm tra"),
    addTrackingColumns: jest.fn<ExcelActions["addTrackingColumns"]>(async (sheetName) => ({
      kind: "added",
      sheetName: sheetName ?? SHEET,
      range: "H6:K60",
      printAreaSet: true,
      message: "Đã thêm các cột theo dõi.",
    })),
    // The tracked table's real report: the sample has no tracking columns to report on.
    makeReport: jest.fn<ExcelActions["makeReport"]>(async (sheetName, request) =>
      fakeWrittenReport(sheetName, request)
    ),
    // The real use case over the departments' sheets of ../report/unitSheets; the summary sheet is
    // added to a workbook of its own, apart from sheetNames' (which a test may replace).
    consolidate: jest.fn<ExcelActions["consolidate"]>((request) =>
      consolidateUnitSheets([...UNIT_SHEET_NAMES], request)
    ),
    errorMessage: jest.fn<ExcelActions["errorMessage"]>((error) => {
      const code = (error as { code?: string }).code ?? "";
      return TRANSLATED[code] ?? "Excel báo lỗi.";
    }),
  } satisfies ExcelActions;
}
