// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { describe, expect, test } from "@jest/globals";
import { readDelimited } from "../../src/domain/delimitedText";
import { Fix } from "../../src/domain/fixes/fix";
import { Grid, GridCell } from "../../src/domain/grid";
import { excelRestoreCells } from "../../src/excel/excelSheets";
import { excelSheets } from "../../src/excel/excelSheets";
import { applyFix } from "../../src/usecases/applyFix";
import { checkGrid } from "../../src/usecases/checkSheet";
import { FixUndo, undoFix } from "../../src/usecases/undoFix";
import { MockExcel, mockExcel } from "../excel/mockExcel";
import { sampleLines } from "../taskpane/support/sample";

const SHEET = "Phụ lục";

const v = (value: string | number): GridCell => ({ value });
const HEADER = [
  "TT",
  "Nhiệm vụ cụ thể",
  "Bộ phận chủ trì",
  "Bộ phận phối hợp",
  "Sản phẩm kiểm chứng",
  "Thời gian thực hiện",
  "Kinh phí thực hiện",
].map(v);
const row = (tt: string | number, task: string, amount: GridCell): GridCell[] => [
  v(tt),
  v(task),
  v("Văn phòng – Thống kê"),
  v(""),
  v(""),
  v("Quý I/2025"),
  amount,
];

/**
 * A small table typed as officers do: amounts as numbers, one subtotal a formula, one typed; a total
 * that adds only the first group (=G2) and its words saying so.
 */
const typedTable = (): Grid => ({
  firstRow: 1,
  firstColumn: 1,
  rows: [
    HEADER,
    row("1", "Nhóm A", { value: 3_000_000, formula: "SUM(G3:G4)" }),
    row("1.1", "Việc a", v(1_000_000)),
    row("1.2", "Việc b", v(2_000_000)),
    row("2", "Nhóm B", v(5_000_000)),
    row("2.1", "Việc c", v(5_000_000)),
    [v(""), v("Tổng cộng"), v(""), v(""), v(""), v(""), { value: 3_000_000, formula: "G2" }],
    [v("Bằng chữ: Ba triệu đồng.")],
  ],
});

/** Numbers typed as numbers, the second group numbered 3 by mistake. */
const misnumbered = (): Grid => ({
  firstRow: 1,
  firstColumn: 1,
  rows: [
    HEADER,
    row(1, "Nhóm A", v(1_000_000)),
    row("1.1", "Việc a", v(1_000_000)),
    row(3, "Nhóm B", v(2_000_000)),
    row("3.1", "Việc b", v(2_000_000)),
  ],
});

/** The published sample without its last line, the total: the total fix inserts two rows. */
function sampleWithoutTotal(): Grid {
  const lines = [...sampleLines];
  while (lines[lines.length - 1].trim() === "") lines.pop();
  expect(lines[lines.length - 1]).toMatch(/^\t+34\.900\.000$/);
  return readDelimited(lines.slice(0, -1).join("\n"), "\t");
}

const fixOf = (grid: Grid, kind: Fix["kind"]): Fix => {
  const outcome = checkGrid(grid);
  if (outcome.kind !== "checked") throw new Error("an appendix");
  const fix = outcome.fixes.find((proposed) => proposed.kind === kind);
  if (!fix) throw new Error(`no ${kind} fix`);
  return fix;
};

/** What every cell holds (value or formula), without formats, for comparing the sheet before and after. */
function contents(excel: MockExcel): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const [address, cell] of excel.sheet(SHEET).cells) {
    if (cell.formula !== undefined) cells[address] = cell.formula;
    else if (cell.value !== undefined) cells[address] = cell.value;
  }
  return cells;
}

/** Applies the fix on the mock workbook and returns what Hoàn tác needs; 3 syncs. */
async function applied(excel: MockExcel, fix: Fix): Promise<FixUndo> {
  const before = excel.syncCount;
  const result = await applyFix(excel.context, excelSheets, SHEET, fix);
  expect(excel.syncCount - before).toBe(3);
  if (result.kind !== "applied" || !result.undo) throw new Error("applied, with its undo");
  return result.undo;
}

async function undo(excel: MockExcel, record: FixUndo) {
  const before = excel.syncCount;
  const writes = excel.log.length;
  const result = await undoFix(excel.context, excelSheets, excelRestoreCells, record);
  return { result, syncs: excel.syncCount - before, writes: excel.log.slice(writes) };
}

describe("Hoàn tác", () => {
  test("the total fix: numbers, formulas and words back, in read, write, read", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: typedTable() }] });
    const original = contents(excel);
    const fix = fixOf(typedTable(), "total");
    const record = await applied(excel, fix);
    expect(excel.cell(SHEET, "G7")?.formula).toBe("=SUM(G2,G5)");
    expect(excel.cell(SHEET, "G5")?.formula).toBe("=SUM(G6)");

    const { result, syncs } = await undo(excel, record);
    expect(syncs).toBe(3);
    expect(result.kind).toBe("undone");
    expect(contents(excel)).toEqual(original);
    expect(excel.cell(SHEET, "G5")).toMatchObject({ value: 5_000_000 });
    expect(excel.cell(SHEET, "G7")?.formula).toBe("=G2");
    // The words are text again, as text.
    expect(excel.cell(SHEET, "A8")).toMatchObject({ value: "Bằng chữ: Ba triệu đồng." });
    // The pane gets the table checked again: the total proposed again, as before the fix.
    if (result.kind !== "undone" || result.check.outcome.kind !== "checked") throw new Error();
    expect(result.check.outcome.fixes).toContainEqual(fix);
  });

  test("renumbering: a TT typed as a number is a number again, no longer formatted as text", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: misnumbered() }] });
    const original = contents(excel);
    const record = await applied(excel, fixOf(misnumbered(), "renumber"));
    expect(excel.cell(SHEET, "A4")).toMatchObject({ value: "2", numberFormat: "@" });
    expect(excel.cell(SHEET, "A5")).toMatchObject({ value: "2.1", numberFormat: "@" });

    const { result, syncs } = await undo(excel, record);
    expect([result.kind, syncs]).toEqual(["undone", 3]);
    expect(contents(excel)).toEqual(original);
    expect(excel.cell(SHEET, "A4")).toMatchObject({ value: 3, formatAtWrite: "General" });
    // A TT that was text stays text: "3.1" is not read as the number 3.1.
    expect(excel.cell(SHEET, "A5")).toMatchObject({ value: "3.1", formatAtWrite: "@" });
  });

  test("the two rows the total fix inserted under the table are deleted, nothing else moves", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: sampleWithoutTotal() }] });
    const original = contents(excel);
    const fix = fixOf(sampleWithoutTotal(), "total");
    expect(fix.insertRows?.count).toBe(2);
    const first = fix.insertRows?.before ?? 0;
    const record = await applied(excel, fix);
    expect(record.insertedRows).toMatchObject({ first, count: 2 });
    expect(excel.cell(SHEET, `B${first}`)?.value).toBe("Tổng cộng");
    expect(excel.cell(SHEET, `A${first + 1}`)?.value).toMatch(/^Bằng chữ: /);

    const { result, syncs, writes } = await undo(excel, record);
    expect([result.kind, syncs]).toEqual(["undone", 3]);
    expect(writes.filter((call) => call.action === "delete()")).toEqual([
      expect.objectContaining({ target: `range ${first}:${first + 1}`, value: "Up" }),
    ]);
    expect(contents(excel)).toEqual(original);
    // The subtotals the fix turned into formulas are the amounts typed in the sample again.
    expect(excel.cell(SHEET, "G2")).toMatchObject({ value: "12.900.000", formatAtWrite: "@" });
    expect(excel.cell(SHEET, "G2")?.formula).toBeUndefined();
  });

  test("a cell edited since the fix is named and nothing is written", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: typedTable() }] });
    const record = await applied(excel, fixOf(typedTable(), "total"));
    // The officer changes the total's formula and a task amount (a cell the fix did not write).
    excel.sheet(SHEET).cells.set("G7", { formula: "=SUM(G2,G5)+1", formats: {} });
    excel.sheet(SHEET).cells.set("G6", { value: 4_000_000, formats: {} });
    const edited = contents(excel);

    const { result, syncs, writes } = await undo(excel, record);
    expect(result).toEqual({ kind: "edited", cells: ["G7"] });
    expect(syncs).toBe(1);
    expect(writes).toEqual([]);
    expect(contents(excel)).toEqual(edited);
  });

  test("an edit since in a value the fix wrote is found too, values compared as well as formulas", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: misnumbered() }] });
    const record = await applied(excel, fixOf(misnumbered(), "renumber"));
    excel.sheet(SHEET).cells.set("A5", { value: "2.2", numberFormat: "@", formats: {} });
    const { result, writes } = await undo(excel, record);
    expect(result).toEqual({ kind: "edited", cells: ["A5"] });
    expect(writes).toEqual([]);
  });

  test("inserted rows typed into since are not deleted: the cells are named", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: sampleWithoutTotal() }] });
    const fix = fixOf(sampleWithoutTotal(), "total");
    const first = fix.insertRows?.before ?? 0;
    const record = await applied(excel, fix);
    excel.sheet(SHEET).cells.set(`C${first + 1}`, { value: "ghi chú", formats: {} });
    const edited = contents(excel);

    const { result, syncs, writes } = await undo(excel, record);
    expect(result).toEqual({ kind: "edited", cells: [`C${first + 1}`] });
    expect(syncs).toBe(1);
    expect(writes).toEqual([]);
    expect(contents(excel)).toEqual(edited);
  });

  test("a row inserted above the table since moves every cell: refused, nothing deleted", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: sampleWithoutTotal() }] });
    const fix = fixOf(sampleWithoutTotal(), "total");
    const record = await applied(excel, fix);
    excel.sheet(SHEET).cells = new Map(
      [...excel.sheet(SHEET).cells].map(([address, cell]) => {
        const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
        return [`${column}${Number(row) + 1}`, cell];
      })
    );
    const moved = contents(excel);
    const { result, writes } = await undo(excel, record);
    expect(result.kind).toBe("edited");
    if (result.kind !== "edited") throw new Error();
    expect(result.cells).toEqual(expect.arrayContaining(["G2", `B${fix.insertRows?.before}`]));
    expect(writes).toEqual([]);
    expect(contents(excel)).toEqual(moved);
  });
});
