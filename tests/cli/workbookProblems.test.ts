import { afterAll, describe, expect, jest, test } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { InputError } from "../../src/cli/inputError";
import { loadSheet } from "../../src/cli/loadSheet";
import { WorkbookError } from "../../src/xlsx/workbookError";

/** The reader's answer for the next workbook opened. */
let mockProblem: WorkbookError | null = null;

jest.mock("../../src/xlsx/readWorkbook", () => ({
  openWorkbook: () => {
    if (mockProblem) throw mockProblem;
    throw new Error("no workbook in this test");
  },
}));

const folder = mkdtempSync(path.join(tmpdir(), "phuluc-problems-"));
const file = path.join(folder, "bang.xlsx");
writeFileSync(file, "bytes the mocked reader does not look at");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("what the workbook reader cannot read is said in Vietnamese, with its code", () => {
  test.each([
    [
      new WorkbookError("not-a-workbook"),
      "not-a-workbook",
      "tệp không phải là bảng tính .xlsx (có thể là .xls cũ hoặc tệp khác bị đổi đuôi).",
    ],
    [
      new WorkbookError("encrypted"),
      "encrypted",
      "tệp có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.",
    ],
    [new WorkbookError("damaged"), "damaged", "tệp .xlsx bị hỏng hoặc không đúng cấu trúc."],
    [
      new WorkbookError("too-large", { what: "rows", value: 100_000 }),
      "too-large",
      "bảng tính quá lớn: quá 100.000 dòng (giới hạn của phuluc).",
    ],
    [
      new WorkbookError("too-large", { what: "cells", value: 5_000_000 }),
      "too-large",
      "bảng tính quá lớn: quá 5.000.000 ô (giới hạn của phuluc).",
    ],
    [
      new WorkbookError("too-large", { what: "bytes", value: 256 * 1024 * 1024 }),
      "too-large",
      "bảng tính quá lớn: quá 256 MB dữ liệu (giới hạn của phuluc).",
    ],
    [
      new WorkbookError("unsupported"),
      "unsupported",
      "tệp .xlsx được nén theo cách phuluc chưa đọc được; hãy mở bằng Excel rồi lưu lại dưới dạng .xlsx.",
    ],
  ])("%s", async (thrown, code, message) => {
    mockProblem = thrown;
    const error = await loadSheet(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code, message });
  });

  test("an error that is not the reader's is not dressed up as a file mockProblem", async () => {
    mockProblem = null;
    await expect(loadSheet(file)).rejects.toThrow("no workbook in this test");
  });
});
