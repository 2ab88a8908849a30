// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { CellEdit, Fix } from "../../src/domain/fixes/fix";
import { cellAddress, Grid, GridCell } from "../../src/domain/grid";
import { applyFix, CellRestore, restoreCells } from "../../src/excel/applyFix";
import { excelRestoreCells } from "../../src/excel/excelSheets";
import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { mockExcel, officeError } from "./mockExcel";

const SHEET = "Phụ lục";

/** Header on row 1, then `rows` task rows: TT in A, task in B, amount in G. */
function table(rows: number): Grid {
  const cells: GridCell[][] = [[{ value: "TT" }, { value: "Nhiệm vụ" }]];
  for (let i = 1; i <= rows; i++) {
    const row: GridCell[] = [{ value: String(i) }, { value: `Nhiệm vụ ${i}` }];
    row[6] = { value: 1000 * i };
    cells.push(row);
  }
  return { firstRow: 1, firstColumn: 1, rows: cells };
}

function edit(column: number, row: number, after: CellEdit["after"], asText?: boolean): CellEdit {
  return { row, column, address: cellAddress(column, row), before: "", after, asText };
}

describe("applyFix", () => {
  it("inserts whole rows first, then writes the edits at the addresses after the insertion, in one sync", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(5) }] });
    const fix: Fix = {
      kind: "total",
      title: "Thêm dòng tổng cộng",
      insertRows: { before: 4, count: 2 },
      edits: [
        edit(2, 4, { value: "Tổng cộng" }),
        edit(7, 4, { formula: "=SUM(G2:G3)" }),
        edit(1, 5, { value: "Bằng chữ: ba nghìn đồng." }),
      ],
    };
    await applyFix(excel.context, SHEET, fix);
    expect(excel.syncCount).toBe(1);
    // What was on rows 4 to 6 moved to 6 to 8.
    expect(excel.cell(SHEET, "B6")?.value).toBe("Nhiệm vụ 3");
    expect(excel.cell(SHEET, "G8")?.value).toBe(5000);
    expect(excel.cell(SHEET, "B4")?.value).toBe("Tổng cộng");
    expect(excel.cell(SHEET, "G4")?.formula).toBe("=SUM(G2:G3)");
    expect(excel.cell(SHEET, "A5")?.value).toBe("Bằng chữ: ba nghìn đồng.");
    const actions = excel.writes(SHEET).map((call) => call.action);
    expect(actions[0]).toBe("insert()");
  });

  it("makes asText cells text before their value, so TT 1.10 stays 1.10", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(12) }] });
    const fix: Fix = {
      kind: "renumber",
      title: "Đánh lại số thứ tự",
      edits: [
        edit(1, 11, { value: "1.9" }, true),
        edit(1, 12, { value: "1.10" }, true),
        edit(1, 13, { value: "- 1.11" }),
      ],
    };
    await applyFix(excel.context, SHEET, fix);
    expect(excel.cell(SHEET, "A12")).toMatchObject({
      value: "1.10",
      numberFormat: "@",
      formatAtWrite: "@",
    });
    expect(excel.cell(SHEET, "A13")).toMatchObject({ value: "- 1.11", formatAtWrite: "@" });
    expect(excel.cell(SHEET, "A13")?.formula).toBeUndefined();
    // Neighbouring cells of a column go as one range.
    expect(excel.writes(SHEET).filter((call) => call.action === "values")).toEqual([
      expect.objectContaining({ target: "range A11:A13" }),
    ]);
  });

  it.each([10, 1_000, 10_000])("uses one sync for %i edits", async (rows) => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(rows) }] });
    const edits = Array.from({ length: rows }, (_, i) => [
      edit(1, i + 2, { value: `1.${i + 1}` }, true),
      edit(7, i + 2, { formula: `=${i + 1}*1000` }),
    ]).flat();
    await applyFix(excel.context, SHEET, { kind: "renumber", title: "", edits });
    expect(excel.syncCount).toBe(1);
    expect(excel.cell(SHEET, `A${rows + 1}`)?.value).toBe(`1.${rows}`);
  });

  it("reports a protected sheet in Vietnamese and changes nothing", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(3), protected: true }] });
    const fix: Fix = { kind: "renumber", title: "", edits: [edit(1, 2, { value: "9" }, true)] };
    await expect(excelSheets.applyFix(excel.context, SHEET, fix)).rejects.toThrow(
      excelText.protectedSheet
    );
    expect(excel.cell(SHEET, "A2")?.value).toBe("1");
  });

  it("reports merged cells in the way", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(3) }] });
    excel.failSync(
      officeError("InvalidOperation", "We can't do that to a merged cell.", "Range.insert")
    );
    const fix: Fix = { kind: "total", title: "", insertRows: { before: 3, count: 1 }, edits: [] };
    await expect(excelSheets.applyFix(excel.context, SHEET, fix)).rejects.toThrow(
      excelText.mergedCells
    );
  });

  it("reports a sheet renamed or deleted meanwhile", async () => {
    const excel = mockExcel({ sheets: [{ name: "Khác" }] });
    const fix: Fix = { kind: "renumber", title: "", edits: [edit(1, 2, { value: "9" }, true)] };
    await expect(excelSheets.applyFix(excel.context, SHEET, fix)).rejects.toThrow(
      excelText.sheetMissing
    );
  });
});

describe("restoreCells", () => {
  it("writes the old contents, formats first, then deletes the inserted rows, in one sync", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(6) }] });
    const cells: CellRestore[] = [
      { row: 2, column: 1, content: { value: 7 }, numberFormat: "General" },
      { row: 3, column: 1, content: { value: "1.10" }, numberFormat: "@" },
      { row: 2, column: 7, content: { formula: "=SUM(G3:G4)" }, numberFormat: null },
      { row: 3, column: 7, content: { value: "" }, numberFormat: null },
      // Below the rows deleted: written where it is now, then moved up with its row.
      { row: 7, column: 2, content: { value: "- Việc cũ" }, numberFormat: "@" },
    ];
    await restoreCells(excel.context, SHEET, cells, { first: 5, count: 2 });
    expect(excel.syncCount).toBe(1);
    expect(excel.cell(SHEET, "A2")).toMatchObject({ value: 7, formatAtWrite: "General" });
    expect(excel.cell(SHEET, "A3")).toMatchObject({ value: "1.10", formatAtWrite: "@" });
    expect(excel.cell(SHEET, "G2")?.formula).toBe("=SUM(G3:G4)");
    expect(excel.cell(SHEET, "G3")?.value).toBeUndefined();
    // Rows 5 and 6 are gone: row 7 is row 5 now, and nothing is left below it.
    expect(excel.cell(SHEET, "B5")).toMatchObject({ value: "- Việc cũ", formatAtWrite: "@" });
    expect(excel.cell(SHEET, "B5")?.formula).toBeUndefined();
    expect(excel.cell(SHEET, "G5")?.value).toBe(6000);
    expect(excel.cell(SHEET, "B6")).toBeUndefined();
    // One range per run down a column; the rows go last.
    const writes = excel.writes(SHEET);
    expect(writes.filter((call) => call.action === "values").map((call) => call.target)).toEqual([
      "range A2:A3",
      "range B7:B7",
      "range G2:G3",
    ]);
    expect(writes[writes.length - 1]).toMatchObject({ target: "range 5:6", action: "delete()" });
  });

  it("moves the merged areas and hidden rows below the deleted rows up with them", async () => {
    const grid = { ...table(8), merges: ["B8:C8", "B5:C6"], hiddenRows: new Set([8]) };
    const excel = mockExcel({ sheets: [{ name: SHEET, grid }] });
    await restoreCells(excel.context, SHEET, [], { first: 5, count: 2 });
    expect(excel.sheet(SHEET).merges).toEqual(["B6:C6"]);
    expect([...excel.sheet(SHEET).hiddenRows]).toEqual([6]);
    expect(excel.cell(SHEET, "B6")?.value).toBe("Nhiệm vụ 7");
  });

  it("deletes no row when the fix inserted none", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(3) }] });
    await restoreCells(
      excel.context,
      SHEET,
      [{ row: 2, column: 1, content: { value: "1" }, numberFormat: "@" }],
      null
    );
    expect(excel.syncCount).toBe(1);
    expect(excel.writes(SHEET).some((call) => call.action === "delete()")).toBe(false);
    expect(excel.cell(SHEET, "B4")?.value).toBe("Nhiệm vụ 3");
  });

  it("reports a protected sheet in Vietnamese and changes nothing", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: table(3), protected: true }] });
    await expect(
      excelRestoreCells(
        excel.context,
        SHEET,
        [{ row: 2, column: 1, content: { value: "9" }, numberFormat: "@" }],
        { first: 3, count: 1 }
      )
    ).rejects.toThrow(excelText.protectedSheet);
    expect(excel.cell(SHEET, "A2")?.value).toBe("1");
    expect(excel.cell(SHEET, "B3")?.value).toBe("Nhiệm vụ 2");
  });
});
