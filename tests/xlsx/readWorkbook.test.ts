import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { readAppendix } from "../../src/domain/readAppendix";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

const HEADER = [
  "TT",
  "Nhiệm vụ cụ thể",
  "Bộ phận chủ trì",
  "Bộ phận phối hợp",
  "Sản phẩm",
  "Thời gian",
  "Kinh phí",
];

type Row = (string | number | Date | null | { formula: string; result?: number })[];

/** A workbook with one sheet holding the header on row 1 and `rows` below it, saved and read back. */
async function roundTrip(rows: Row[], dress?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.addRow(HEADER);
  rows.forEach((row) => sheet.addRow(row));
  dress?.(sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  const [read] = await readWorkbook(buffer as ArrayBuffer);
  return read.grid;
}

const LEAD = "Văn phòng – Thống kê";

describe("readWorkbook", () => {
  test("values, formulas with their cached results, bold, italic, rich text and dates", async () => {
    const grid = await roundTrip(
      [
        ["1", "Nhóm", null, null, null, null, { formula: "SUM(G3:G4)", result: 300 }],
        ["1.1", "Việc", LEAD, null, null, new Date(Date.UTC(2020, 0, 10)), 100],
        ["1.2", "Việc", LEAD, null, null, null, 200],
      ],
      (sheet) => {
        sheet.getCell("B2").font = { bold: true };
        sheet.getCell("B3").font = { italic: true };
        sheet.getCell("B4").value = {
          richText: [
            { text: "Việc ", font: { bold: true } },
            { text: "hai", font: { bold: true } },
          ],
        };
      }
    );
    expect(grid.firstRow).toBe(1);
    expect(grid.rows[1][6]).toEqual({ value: 300, formula: "SUM(G3:G4)" });
    expect(grid.rows[1][1]).toEqual({ value: "Nhóm", bold: true });
    expect(grid.rows[2][1]).toEqual({ value: "Việc", italic: true });
    expect(grid.rows[2][5].value).toBe("10/01/2020");
    expect(grid.rows[3][1]).toEqual({ value: "Việc hai", bold: true });
  });

  test("a merged area gives its value only in its first cell, and is listed", async () => {
    const grid = await roundTrip(
      [
        ["1", "Việc một", LEAD, null, null, null, 100],
        [null, "Việc hai", LEAD, null, null, null, 200],
      ],
      (sheet) => sheet.mergeCells("A2:A3")
    );
    expect(grid.rows[1][0].value).toBe("1");
    expect(grid.rows[2][0]).toBeUndefined();
    expect(grid.merges).toEqual(["A2:A3"]);
    const merged = checkAppendix(readAppendix(grid)).filter((f) => f.rule === "table.merged");
    expect(merged).toEqual([expect.objectContaining({ severity: "warning", row: 2, cell: "A2" })]);
    expect(merged[0].message).toContain("A2:A3");
  });

  test("a merged title above the header is not a fault", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("PL");
    sheet.getCell("A1").value = "PHỤ LỤC";
    sheet.mergeCells("A1:G2");
    sheet.getRow(3).values = HEADER;
    sheet.getRow(4).values = ["1", "Việc", LEAD, null, null, null, 100];
    const [read] = await readWorkbook((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const findings = checkAppendix(readAppendix(read.grid));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([
      expect.objectContaining({ rule: "total.missing", row: 5, cell: "G5", expected: 100 }),
    ]);
  });
});

describe("subtotal.formula on a workbook", () => {
  const table = (groupFormula: string, totalFormula: string): Row[] => [
    ["1", "Nhóm một", null, null, null, null, { formula: groupFormula, result: 300 }],
    ["1.1", "Nhóm con", null, null, null, null, { formula: "SUM(G4:G5)", result: 300 }],
    ["1.1.1", "Việc", LEAD, null, null, null, 100],
    ["1.1.2", "Việc", LEAD, null, null, null, 200],
    ["2", "Việc lớn", LEAD, null, null, null, 50],
    [null, "Tổng cộng", null, null, null, null, { formula: totalFormula, result: 350 }],
  ];

  test("formulas over exactly the children give no finding", async () => {
    const grid = await roundTrip(table("SUM(G3)", "G2+G6"));
    expect(checkAppendix(readAppendix(grid)).filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a subtotal over its grandchildren too is an error at its cell", async () => {
    // G2 = SUM(G3:G5) adds 1.1 and also 1.1.1 and 1.1.2 below it; the cached 300 came from elsewhere.
    const grid = await roundTrip(table("SUM(G3:G5)", "G2+G6"));
    const findings = checkAppendix(readAppendix(grid)).filter((f) => f.rule === "subtotal.formula");
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", row: 2, cell: "G2", number: "1" }),
    ]);
    expect(findings[0].message).toContain("1.1.1 (dòng 4)");
    expect(findings[0].message).toContain("1.1.2 (dòng 5)");
  });

  test("a total that leaves out a top-level row is an error at the total", async () => {
    const grid = await roundTrip(table("SUM(G3)", "SUM(G2)"));
    const findings = checkAppendix(readAppendix(grid)).filter((f) => f.rule === "subtotal.formula");
    expect(findings).toEqual([expect.objectContaining({ severity: "error", row: 7, cell: "G7" })]);
    expect(findings[0].message).toContain("bỏ sót 2 (dòng 6)");
  });

  test("a formula filled down (stored once, shared) is read for every cell it covers", async () => {
    // Two groups of two tasks, each subtotal the same shape: G2 = SUM(G3:G4) filled to G5 = SUM(G6:G7).
    const grid = await roundTrip(
      [
        ["1", "Nhóm một", null, null, null, null, null],
        ["1.1", "Việc", LEAD, null, null, null, 100],
        ["1.2", "Việc", LEAD, null, null, null, 200],
        ["2", "Nhóm hai", null, null, null, null, null],
        ["2.1", "Việc", LEAD, null, null, null, 10],
        ["2.2", "Việc", LEAD, null, null, null, 20],
      ],
      (sheet) => {
        // ExcelJS writes a shared formula from shareType and ref, which its types do not name.
        const master = { formula: "SUM(G3:G4)", result: 300, shareType: "shared", ref: "G2:G5" };
        sheet.getCell("G2").value = master as ExcelJS.CellFormulaValue;
        sheet.getCell("G5").value = { sharedFormula: "G2", result: 30 };
      }
    );
    expect(grid.rows[1][6]).toEqual({ value: 300, formula: "SUM(G3:G4)" });
    expect(grid.rows[4][6]).toEqual({ value: 30, formula: "SUM(G6:G7)" });
    expect(checkAppendix(readAppendix(grid)).filter((f) => f.rule === "subtotal.formula")).toEqual(
      []
    );
  });
});
