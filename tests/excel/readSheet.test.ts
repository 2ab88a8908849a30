// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { checkAppendix } from "../../src/domain/checkAppendix";
import { Grid, GridCell } from "../../src/domain/grid";
import { notices } from "../../src/domain/messages";
import { readAppendix } from "../../src/domain/readAppendix";
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

/** TABLE with a formula that came to an error, a typed error value and a bold #DIV/0! subtotal. */
const WITH_ERRORS: Grid = {
  ...TABLE,
  rows: TABLE.rows.map((row, r) => {
    if (r === 2)
      return [row[0], row[1], { value: null, formula: "D6/0", error: "#DIV/0!", bold: true }];
    if (r === 3) return [row[0], row[1], { value: null, formula: "SUM(#REF!)", error: "#REF!" }];
    if (r === 4) return [row[0], row[1], { value: null, error: "#N/A" }];
    return row;
  }),
};

/** A correct generated table of `rows` rows from A1 whose cells at the given places show errors. */
function tableWithErrors(rows: number, errors: [row: number, error: string][]): Grid {
  const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(rows) };
  for (const [row, error] of errors)
    grid.rows[row - 1][6] = { value: null, formula: `G${row - 1}*#REF!`, error };
  return grid;
}

describe("readSheet: error values and hidden rows", () => {
  it("gives a cell whose value is an error its error and a null value, in the one sync", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: WITH_ERRORS }] });
    const read = await readSheet(excel.context, SHEET);
    expect(read.grid).toEqual(WITH_ERRORS);
    const amounts = read.grid.rows.slice(2, 5).map((row) => row[2]);
    expect(amounts).toEqual<GridCell[]>([
      { value: null, formula: "D6/0", error: "#DIV/0!", bold: true },
      { value: null, formula: "SUM(#REF!)", error: "#REF!" },
      { value: null, error: "#N/A" },
    ]);
    // The cells beside them are plain values, not errors.
    expect(read.grid.rows[3][1]).toEqual({ value: "- Rà soát văn bản", italic: true });
    expect(read.grid.rows.flat().filter((cell) => cell.error !== undefined)).toHaveLength(3);
    expect(excel.syncCount).toBe(1);
  });

  it("gives the sheet rows hidden from view, only those in the used range, in the one sync", async () => {
    const excel = mockExcel({
      sheets: [{ name: SHEET, grid: { ...TABLE, hiddenRows: new Set([1, 6, 8]) } }],
    });
    const read = await readSheet(excel.context, SHEET);
    // Row 1 is hidden too but above the table (which starts at row 3).
    expect(read.grid.hiddenRows).toEqual(new Set([6, 8]));
    expect(read.grid).toEqual({ ...TABLE, hiddenRows: new Set([6, 8]) });
    expect(excel.syncCount).toBe(1);
  });

  it("leaves hiddenRows out when no row is hidden", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: TABLE }] });
    const read = await readSheet(excel.context, SHEET);
    expect(read.grid.hiddenRows).toBeUndefined();
    expect("hiddenRows" in read.grid).toBe(false);
  });

  it("keeps error values and hidden rows when the sheet is read in blocks", async () => {
    const errors: [number, string][] = [
      [10, "#REF!"],
      [2_500, "#DIV/0!"],
      [4_990, "#VALUE!"],
    ];
    const grid = tableWithErrors(5_000, errors);
    const hiddenRows = new Set([12, 2_143, 2_144, 4_999]);
    const sheets = [{ name: SHEET, grid: { ...grid, hiddenRows } }];
    const whole = await readSheet(mockExcel({ sheets }).context, SHEET);
    const excel = mockExcel({ sheets, responseCellLimit: 20_000 });
    const read = await readSheet(excel.context, SHEET);
    const blockRows = Math.floor(READ_BLOCK_CELLS / 7);
    // The refused sync, the size of the used range, then one per block: the three blocks hold the rows above.
    expect(Math.ceil(grid.rows.length / blockRows)).toBe(3);
    expect(excel.syncCount).toBe(2 + 3);
    expect(read.grid.hiddenRows).toEqual(hiddenRows);
    for (const [row, error] of errors)
      expect(read.grid.rows[row - 1][6]).toEqual({
        value: null,
        formula: `G${row - 1}*#REF!`,
        error,
      });
    expect(read).toEqual(whole);
  });

  it("reads from a mock that answers as Excel does and refuses what it does not model", async () => {
    const excel = mockExcel({
      sheets: [{ name: SHEET, grid: { ...WITH_ERRORS, hiddenRows: new Set([5]) } }],
    });
    const { context } = excel;
    const range = context.workbook.worksheets.getItem(SHEET).getRange("D5:D7");
    range.load("values,valueTypes,formulas");
    const rows = range.getRowProperties({ rowIndex: true, rowHidden: true });
    await context.sync();
    expect(range.values).toEqual([["#DIV/0!"], ["#REF!"], ["#N/A"]]);
    expect(range.valueTypes).toEqual([["Error"], ["Error"], ["Error"]]);
    expect(range.formulas).toEqual([["=D6/0"], ["=SUM(#REF!)"], ["#N/A"]]);
    // A ClientResult is answered by the sync; it has no load of its own.
    // eslint-disable-next-line office-addins/load-object-before-read
    expect(rows.value).toEqual([
      { rowIndex: 4, rowHidden: true },
      { rowIndex: 5, rowHidden: false },
      { rowIndex: 6, rowHidden: false },
    ]);
    expect(() => range.getRowProperties({ format: { rowHeight: true } })).toThrow(
      "The mock does not model getRowProperties"
    );
  });

  it("lets the checker name the error, on a hidden row, and say the row is hidden", async () => {
    const grid = tableWithErrors(40, [[5, "#REF!"]]);
    const excel = mockExcel({
      sheets: [{ name: SHEET, grid: { ...grid, hiddenRows: new Set([5]) } }],
    });
    const read = await readSheet(excel.context, SHEET);
    const findings = checkAppendix(readAppendix(read.grid));
    expect(findings.map(({ rule, cell }) => ({ rule, cell }))).toEqual([
      { rule: "formula.error", cell: "G5" },
    ]);
    expect(findings[0].message).toContain("#REF!");
    expect(findings[0].message).toContain(notices.hiddenRow(5));
    expect(findings[0].message).not.toMatch(/NaN/);
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
