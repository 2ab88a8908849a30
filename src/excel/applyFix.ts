import { CellEdit, Fix } from "../domain/fixes/fix";
import { columnLetter } from "../domain/grid";
import { looksLikeFormula, withEquals } from "./cellBlocks";

type Cell = string | number | boolean | null;

/**
 * Applies a fix the officer previewed and clicked, in one context.sync: first the blank rows it needs
 * (whole rows inserted, what is below moves down, formulas follow), then its edits, which already use
 * the addresses after the insertion. Edits in neighbouring cells of a column go as one range with 2-D
 * arrays: number formats first ("@" where the edit is to stay text, such as a TT "1.10", or where a
 * value would otherwise become a formula), then values, then formulas.
 *
 * Requirement set: ExcelApi 1.1.
 */
export async function applyFix(
  context: Excel.RequestContext,
  sheetName: string,
  fix: Fix
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const insert = fix.insertRows;
  if (insert && insert.count > 0) {
    sheet.getRange(`${insert.before}:${insert.before + insert.count - 1}`).insert("Down");
  }
  for (const run of columnRuns(fix.edits)) {
    writeRun(sheet, run, (edit) => ({
      numberFormat: writtenAsText(edit) ? "@" : null,
      value: "value" in edit.after ? edit.after.value : null,
      formula: "formula" in edit.after ? withEquals(edit.after.formula) : null,
    }));
  }
  await context.sync();
}

/** Whether applyFix formats the edit's cell as text ("@") before writing its value. */
export function writtenAsText(edit: CellEdit): boolean {
  if ("formula" in edit.after) return false;
  return edit.asText === true || looksLikeFormula(edit.after.value);
}

/** What a cell held before a fix, for restoreCells to write back. */
export interface CellRestore {
  row: number;
  column: number;
  /** The constant it held ("" for an empty cell), or its formula with its "=". */
  content: { value: string | number | boolean } | { formula: string };
  /**
   * The number format to set before the content: "@" so that a text stays text (a TT "1.10", an amount
   * typed "12.900.000"), "General" where the fix made the cell text and what comes back is not, or null
   * to leave the format as it is.
   */
  numberFormat: "@" | "General" | null;
}

/**
 * Puts back what a fix changed ("Hoàn tác"), in one context.sync: the cells' old contents at their
 * addresses as they are now, then, last, the whole rows the fix inserted deleted (what is below moves up
 * again, formulas follow). Runs of neighbouring cells down a column go as one range, as in applyFix:
 * number formats, then values, then formulas. It writes whatever it is given: the caller has already
 * checked that the cells still hold what the fix wrote.
 *
 * Requirement set: ExcelApi 1.1.
 */
export async function restoreCells(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly CellRestore[],
  insertedRows: { first: number; count: number } | null
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const run of columnRuns(cells)) {
    writeRun(sheet, run, (cell) => ({
      numberFormat: cell.numberFormat,
      value: "value" in cell.content ? cell.content.value : null,
      formula: "formula" in cell.content ? withEquals(cell.content.formula) : null,
    }));
  }
  if (insertedRows && insertedRows.count > 0) {
    const last = insertedRows.first + insertedRows.count - 1;
    sheet.getRange(`${insertedRows.first}:${last}`).delete("Up");
  }
  await context.sync();
}

interface Located {
  row: number;
  column: number;
}

interface Run<T extends Located> {
  column: number;
  firstRow: number;
  items: T[];
}

/** What one cell of a run gets: its number format, its value or its formula (null: left as it is). */
interface CellWrite {
  numberFormat: string | null;
  value: Cell;
  formula: Cell;
}

/** Queues the writes of one run as one range: number formats, then values, then formulas. */
function writeRun<T extends Located>(
  sheet: Excel.Worksheet,
  run: Run<T>,
  write: (item: T) => CellWrite
): void {
  const letter = columnLetter(run.column);
  const range = sheet.getRange(
    `${letter}${run.firstRow}:${letter}${run.firstRow + run.items.length - 1}`
  );
  const writes = run.items.map(write);
  const formats = writes.map((cell) => [cell.numberFormat]);
  const values = writes.map((cell) => [cell.value]);
  const formulas = writes.map((cell) => [cell.formula]);
  if (formats.some(([format]) => format !== null)) range.numberFormat = formats;
  if (values.some(([value]) => value !== null)) range.values = values;
  if (formulas.some(([formula]) => formula !== null)) range.formulas = formulas;
}

/** The cells as runs of neighbouring cells down one column (the last one given for a cell wins). */
function columnRuns<T extends Located>(items: readonly T[]): Run<T>[] {
  const latest = new Map<string, T>();
  for (const item of items) latest.set(`${item.column}:${item.row}`, item);
  const sorted = [...latest.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Run<T>[] = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === item.column && last.firstRow + last.items.length === item.row)
      last.items.push(item);
    else runs.push({ column: item.column, firstRow: item.row, items: [item] });
  }
  return runs;
}
