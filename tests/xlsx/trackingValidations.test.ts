import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { findAppendix } from "../../src/domain/readAppendix";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";

/**
 * The tracking columns' validations (an inline list and a date) written to .xlsx, and a Ngày hoàn thành
 * written as a real date cell read back as the day it is.
 */
const header = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian", "Kinh phí"];
const sheet: SheetDescription = {
  name: "Phụ lục",
  columns: [],
  rows: [
    { cells: [...header, "Tiến độ", "Ngày hoàn thành"].map((value) => ({ value })) },
    {
      cells: [
        ...["1", "Kế hoạch", "VP", "", "", "Quý I/2025"].map((value) => ({ value })),
        { value: 100 },
        { value: "Đã hoàn thành" },
        // 45731 is 15/03/2025 (45658 is 01/01/2025).
        { value: 45731, style: { numberFormat: "dd/mm/yyyy" } },
      ],
    },
  ],
  merges: [],
  validations: [
    {
      range: "H2:H10",
      rule: { kind: "choices", values: ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"] },
      errorMessage: "Chọn trong danh sách.",
    },
    { range: "I2:I10", rule: { kind: "date", min: "2000-01-01" }, errorMessage: "Ghi một ngày." },
  ],
};

describe("tracking columns in an .xlsx file", () => {
  test("an inline list and a date validation", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await writeSheets([sheet])).buffer);
    const written = workbook.getWorksheet("Phụ lục") as ExcelJS.Worksheet;
    const model = (
      written as unknown as {
        dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
      }
    ).dataValidations.model;
    // ExcelJS spreads a range's rule over its cells.
    const at = (address: string) => model[address];
    expect(at("H2")).toMatchObject({
      type: "list",
      formulae: ['"Chưa thực hiện,Đang thực hiện,Đã hoàn thành"'],
    });
    const date = at("I2");
    expect(date).toMatchObject({ type: "date", operator: "greaterThanOrEqual" });
    // ExcelJS reads a date rule's bound back as the day it is.
    expect(date?.formulae).toEqual([new Date(Date.UTC(2000, 0, 1))]);
  });

  test("a date cell reads back as its day", async () => {
    const [read] = readWorkbook(await writeSheets([sheet]));
    const found = findAppendix(read.grid);
    if (!found.found) throw new Error(found.message);
    expect(found.appendix.rows[0].tracking).toMatchObject({
      completed: "2025-03-15",
      completedText: "15/03/2025",
    });
  });
});
