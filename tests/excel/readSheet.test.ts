// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { Grid } from "../../src/domain/grid";
import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { READ_BLOCK_CELLS, readSheet } from "../../src/excel/readSheet";
import { syntheticAppendix } from "../../scripts/syntheticAppendix";
import { mockExcel } from "./mockExcel";

const SHEET = "Kế hoạch 2025";

/** A table placed from B3, as an officer's sheet often is: title merged, a subtotal formula, a date. */
const TABLE: Grid = {
  firstRow: 3,
  firstColumn: 2,
  rows: [
    [{ value: "PHỤ LỤC", bold: true }, { value: null }, { value: null }],
    [
      { value: "TT", bold: true },
      { value: "Nhiệm vụ", bold: true },
      { value: "Kinh phí", bold: true },
    ],
    [
      { value: "1", bold: true },
      { value: "Cải cách thể chế", bold: true },
      { value: 300, formula: "SUM(D6:D7)", bold: true },
    ],
    [{ value: "1.1" }, { value: "- Rà soát văn bản", italic: true }, { value: 100 }],
    [{ value: "1.2" }, { value: "=1+1" }, { value: 200 }],
    [{ value: null }, { value: "10/01/2020" }, { value: null }],
  ],
  merges: ["B3:D3", "B8:B9"],
};

describe("readSheet", () => {
  it("gives the used range as a Grid: place, values, formulas without '=', bold, italic, merges, dates", async () => {
    const excel = mockExcel({
      sheets: [
        { name: "Khác" },
        {
          name: SHEET,
          grid: {
            ...TABLE,
            rows: TABLE.rows.map((row, r) => (r === 5 ? [row[0], { value: 43840 }, row[2]] : row)),
          },
          numberFormats: [[], [], [], [], ["@", "@"], [undefined, "dd/mm/yyyy"]],
        },
      ],
    });
    const read = await readSheet(excel.context, SHEET);
    expect(read).toEqual({ sheetName: SHEET, grid: TABLE });
    expect(excel.syncCount).toBe(1);
  });

  it("reads the active sheet when no name is given", async () => {
    const excel = mockExcel({
      sheets: [
        { name: "Khác", grid: { firstRow: 1, firstColumn: 1, rows: [[{ value: "x" }]] } },
        { name: SHEET, grid: TABLE },
      ],
      active: SHEET,
    });
    const read = await readSheet(excel.context);
    expect(read.sheetName).toBe(SHEET);
    expect(read.grid.firstRow).toBe(3);
  });

  it.each([10, 1_000, 10_000])("uses one sync for %i rows", async (rows) => {
    const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(rows) };
    const excel = mockExcel({ sheets: [{ name: SHEET, grid }] });
    const read = await readSheet(excel.context, SHEET);
    expect(excel.syncCount).toBe(1);
    expect(read.grid.rows.length).toBe(grid.rows.length);
  });
});

describe("readSheet limits and errors", () => {
  it("refuses a used range over 5,000,000 cells with a Vietnamese message", async () => {
    const excel = mockExcel({
      sheets: [{ name: SHEET, usedSize: { rows: 1_000_000, columns: 6 } }],
    });
    await expect(excelSheets.readSheet(excel.context, SHEET)).rejects.toThrow(
      excelText.tooManyCells(6_000_000)
    );
    expect(excel.syncCount).toBe(1);
  });

  it("turns values that come back null (Excel on the web over its limit) into an error", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: TABLE, valuesNull: true }] });
    await expect(excelSheets.readSheet(excel.context, SHEET)).rejects.toThrow(
      excelText.valuesMissing
    );
  });

  it("says the sheet is gone when it was renamed or deleted meanwhile", async () => {
    const excel = mockExcel({ sheets: [{ name: "Khác", grid: TABLE }] });
    await expect(readSheet(excel.context, SHEET)).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(excelSheets.readSheet(excel.context, SHEET)).rejects.toThrow(
      excelText.sheetMissing
    );
  });

  it("reads in blocks of rows when Excel on the web refuses the whole answer as too large", async () => {
    const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(5_000) };
    const whole = await readSheet(mockExcel({ sheets: [{ name: SHEET, grid }] }).context, SHEET);
    const excel = mockExcel({ sheets: [{ name: SHEET, grid }], responseCellLimit: 20_000 });
    const read = await readSheet(excel.context, SHEET);
    expect(read).toEqual(whole);
    const cells = grid.rows.length * 7;
    const blockRows = Math.floor(READ_BLOCK_CELLS / 7);
    // The refused sync, the size of the used range, then one per block.
    expect(excel.syncCount).toBe(2 + Math.ceil(grid.rows.length / blockRows));
    expect(cells).toBeGreaterThan(20_000);
  });

  it("does not hide other errors behind the block reading", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: TABLE }] });
    excel.failSync(Object.assign(new Error("Cannot read"), { code: "GeneralException" }));
    await expect(excelSheets.readSheet(excel.context, SHEET)).rejects.toThrow("Cannot read");
    expect(excel.syncCount).toBe(1);
  });
});
