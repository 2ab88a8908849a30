import { excelError, excelErrorMessage, ExcelSheetError } from "../../src/excel/excelErrorMessage";
import { excelText } from "../../src/excel/excelText";

/** Shaped like OfficeExtension.Error. */
function officeError(code: string, message: string, errorLocation = "") {
  return Object.assign(new Error(message), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message, errorLocation },
  });
}

describe("excelErrorMessage", () => {
  it.each([
    [
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
      excelText.protectedSheet,
    ],
    ["InvalidOperation", "The sheet is protected.", excelText.protectedSheet],
    ["ItemNotFound", "The requested resource doesn't exist.", excelText.sheetMissing],
    ["InvalidOperation", "We can't do that to a merged cell.", excelText.mergedCells],
    ["MergedRangeConflict", "Cannot merge.", excelText.mergedCells],
    [
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit.",
      excelText.tooLarge,
    ],
    [
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit.",
      excelText.tooLarge,
    ],
    ["InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", excelText.cellEditMode],
    ["InsertDeleteConflict", "The insert operation conflicts.", excelText.insertConflict],
    ["ApiNotFound", "The API you are trying to use could not be found.", excelText.unsupported],
  ])("%s (%s)", (code, message, expected) => {
    expect(excelErrorMessage(officeError(code, message))).toBe(expected);
  });

  it("still says what happened when the error is none of those", () => {
    const message = excelErrorMessage(
      officeError("GeneralException", "An internal error has occurred.", "Range.values")
    );
    expect(message).toContain("An internal error has occurred.");
    expect(message).toContain("GeneralException");
    expect(message).toContain("Range.values");
    expect(message).toMatch(/^Excel báo lỗi/);
  });

  it("handles errors that are not Excel's, and things that are not errors", () => {
    expect(excelErrorMessage(new TypeError("x is undefined"))).toBe(
      excelText.generic("x is undefined")
    );
    expect(excelErrorMessage("hỏng")).toBe(excelText.generic("hỏng"));
    expect(excelErrorMessage(undefined)).toBe(excelText.generic(excelText.unknown));
  });

  it("keeps the adapter's own messages and the original error", () => {
    const own = new ExcelSheetError(excelText.valuesMissing);
    expect(excelErrorMessage(own)).toBe(excelText.valuesMissing);
    expect(excelError(own)).toBe(own);
    const original = officeError("ItemNotFound", "gone");
    const translated = excelError(original);
    expect(translated).toBeInstanceOf(ExcelSheetError);
    expect(translated.message).toBe(excelText.sheetMissing);
    expect(translated.code).toBe("ItemNotFound");
    expect(translated.cause).toBe(original);
  });
});
