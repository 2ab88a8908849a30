import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import {
  CORRECT_TABLE_CSV,
  phuluc,
  requireBuiltCommand,
  SAMPLE_XLSX,
} from "../support/phulucCommand";
import { checkReportSchema } from "../../src/cli/checkReport";

const sample = SAMPLE_XLSX;
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-cli-"));

beforeAll(() => {
  requireBuiltCommand();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("phuluc check", () => {
  test("JSON output follows the contract and exits 1 when the appendix has errors", () => {
    const run = phuluc("check", sample, "--format", "json");
    expect(run.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(run.stdout));
    expect(report.file).toBe(sample);
    expect(report.sheet).toBe("Phụ lục");
    expect(report.summary).toEqual({
      errors: report.findings.filter((f) => f.severity === "error").length,
      warnings: 0,
      infos: report.findings.filter((f) => f.severity === "info").length,
    });
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "subtotal.mismatch",
      "tt.format",
      "tt.duplicate",
      "subtotal.mismatch",
      "tt.duplicate",
    ]);
  });

  test("text output lists findings grouped by severity, errors first", () => {
    const run = phuluc("check", sample);
    expect(run.code).toBe(1);
    const errorsAt = run.stdout.indexOf("LỖI (5)");
    const notesAt = run.stdout.indexOf("GHI CHÚ (");
    expect(errorsAt).toBeGreaterThan(0);
    expect(notesAt).toBeGreaterThan(errorsAt);
    expect(run.stdout).toContain("5 lỗi, 0 cảnh báo");
    expect(run.stdout).toContain("Số thứ tự 5.1.2 trùng với dòng");
  });

  test("a correct table exits 0 (Roman sections, CSV, amounts with đ)", () => {
    const file = path.join(folder, "dung.csv");
    writeFileSync(file, CORRECT_TABLE_CSV);
    const run = phuluc("check", file, "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(checkReportSchema.parse(JSON.parse(run.stdout)).summary).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
    });
  });

  test("--sheet picks the sheet by name; an unknown name lists the sheets", async () => {
    const file = path.join(folder, "hai-trang.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ghi chú").getCell("A1").value = "Không phải phụ lục";
    const sheet = workbook.addWorksheet("PL kèm KH");
    CORRECT_TABLE_CSV.split("\n").forEach((line) =>
      sheet.addRow(line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/"/g, "")))
    );
    await workbook.xlsx.writeFile(file);
    expect(phuluc("check", file).code).toBe(0);
    expect(phuluc("check", file, "--sheet", "PL kèm KH").code).toBe(0);
    const wrong = phuluc("check", file, "--sheet", "Ghi chú");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("trang “Ghi chú” không có bảng phụ lục");
    const missing = phuluc("check", file, "--sheet", "Không có");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("“Ghi chú”, “PL kèm KH”");
  });

  test.each([
    ["a missing file", "khong-co.xlsx", null, "tệp không tồn tại"],
    ["a text file named .xlsx", "gia.xlsx", "TT,Nhiệm vụ", "không phải là bảng tính .xlsx"],
    ["a damaged workbook", "hong.xlsx", "PK\u0003\u0004 broken", "bị hỏng"],
    ["a table with no appendix header", "khac.csv", "a,b,c\n1,2,3", "không tìm thấy bảng phụ lục"],
    ["an unsupported type", "bang.xls", "x", "không được hỗ trợ"],
  ])("%s exits 2 with a message naming the file", (_, name, content, why) => {
    const file = path.join(folder, name);
    if (content !== null) writeFileSync(file, content);
    const run = phuluc("check", file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`không đọc được “${file}”`);
    expect(run.stderr).toContain(why);
  });

  test.each([
    [["check"], "thiếu tên tệp"],
    [["check", sample, "--format", "xml"], "định dạng “xml”"],
    [["check", sample, "--sheet"], "cần một giá trị"],
    [["check", sample, "--verbose"], "tùy chọn “--verbose”"],
    [["kiemtra", sample], "lệnh “kiemtra”"],
  ])("wrong arguments %j exit 2 with usage", (args, why) => {
    const run = phuluc(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain("Cách dùng:");
  });
});
