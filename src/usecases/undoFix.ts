import { Fix } from "../domain/fixes/fix";
import { cellAddress, Grid, GridCell } from "../domain/grid";
import { CellRestore, restoreCells, writtenAsText } from "../excel/applyFix";
import { ExcelSheets } from "../excel/excelContract";
import { checkGrid, SheetCheck } from "./checkSheet";

/** A cell as the sheet reader gives it, without its font: its constant, or its formula, or its error. */
export interface CellState {
  value: string | number | boolean | null;
  /** Without "=". */
  formula?: string;
  error?: string;
}

/** A cell the fix changed, outside the rows it inserted. */
export interface ChangedCell {
  row: number;
  column: number;
  /** What it held before the fix. */
  before: CellState;
  /** What it held right after the fix, read back in the same Excel.run. */
  after: CellState;
  /** The fix formatted it as text ("@"), so a number or formula put back needs "General" again. */
  madeText: boolean;
}

/**
 * What "Hoàn tác" needs to put back the last fix applied: recorded by applyFix from the sheet as it was
 * read just before the fix and just after it, in the same Excel.run.
 */
export interface FixUndo {
  sheetName: string;
  /** The fix's title, for the pane. */
  title: string;
  /** At their addresses after the fix. */
  cells: ChangedCell[];
  /** The whole rows the fix inserted, and every cell in them that held something right after it. */
  insertedRows: {
    first: number;
    count: number;
    cells: { row: number; column: number; after: CellState }[];
  } | null;
}

export type UndoResult =
  /** The cells are as before the fix and the rows it inserted are gone; `check` is the table checked again. */
  | { kind: "undone"; check: SheetCheck }
  /**
   * Some of the cells the fix wrote (`cells`, A1 addresses) hold something else now, or the rows it
   * inserted do not hold what it wrote: nothing was written.
   */
  | { kind: "edited"; cells: string[] };

/** The adapter's writer of the old contents (src/excel/applyFix's restoreCells, or its translating twin). */
export type RestoreCells = typeof restoreCells;

/**
 * The record of a fix just applied, from the sheet read before it (`before`, at the addresses before
 * any rows were inserted) and after it (`after`). An edit in a row the fix inserted is no cell to put
 * back: the row is deleted again.
 */
export function fixUndo(sheetName: string, fix: Fix, before: Grid, after: Grid): FixUndo {
  const insert = fix.insertRows && fix.insertRows.count > 0 ? fix.insertRows : null;
  const inserted = (row: number) =>
    insert !== null && row >= insert.before && row < insert.before + insert.count;
  /** Where a row after the fix was before it. */
  const rowBefore = (row: number) =>
    insert !== null && row >= insert.before + insert.count ? row - insert.count : row;
  const edits = new Map(fix.edits.map((edit) => [edit.address, edit]));
  const cells: ChangedCell[] = [];
  for (const edit of edits.values()) {
    if (inserted(edit.row)) continue;
    cells.push({
      row: edit.row,
      column: edit.column,
      before: stateOf(cellAt(before, rowBefore(edit.row), edit.column)),
      after: stateOf(cellAt(after, edit.row, edit.column)),
      madeText: writtenAsText(edit),
    });
  }
  let insertedRows: FixUndo["insertedRows"] = null;
  if (insert !== null) {
    const written: { row: number; column: number; after: CellState }[] = [];
    for (let row = insert.before; row < insert.before + insert.count; row++) {
      after.rows[row - after.firstRow]?.forEach((cell, c) => {
        const state = stateOf(cell);
        if (!isEmpty(state)) written.push({ row, column: after.firstColumn + c, after: state });
      });
    }
    insertedRows = { first: insert.before, count: insert.count, cells: written };
  }
  return { sheetName, title: fix.title, cells, insertedRows };
}

/**
 * "Hoàn tác": reads the sheet (one sync, as the apply step re-reads it) and compares every cell the fix
 * wrote with what it held right after the fix, values and formulas, and every cell of the rows it
 * inserted with what they held then. If one differs, nothing is written and the cells are named.
 * Otherwise the old contents go back and the inserted rows are deleted (one sync), and the table is
 * read and checked again (one sync): 3 syncs when undone, 1 when refused (readSheet's blocks aside).
 */
export async function undoFix(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet">,
  restore: RestoreCells,
  undo: FixUndo
): Promise<UndoResult> {
  const now = (await sheets.readSheet(context, undo.sheetName)).grid;
  const edited = editedSince(undo, now);
  if (edited.length > 0) return { kind: "edited", cells: edited };
  const rows = undo.insertedRows;
  await restore(
    context,
    undo.sheetName,
    undo.cells.map(restoreOf),
    rows === null ? null : { first: rows.first, count: rows.count }
  );
  const read = await sheets.readSheet(context, undo.sheetName);
  return { kind: "undone", check: { sheetName: read.sheetName, outcome: checkGrid(read.grid) } };
}

/** The cells that hold something other than right after the fix, in sheet order (row, then column). */
function editedSince(undo: FixUndo, now: Grid): string[] {
  const edited: { row: number; column: number }[] = [];
  for (const cell of undo.cells) {
    if (!sameState(stateOf(cellAt(now, cell.row, cell.column)), cell.after)) edited.push(cell);
  }
  const rows = undo.insertedRows;
  if (rows !== null) {
    const written = new Map(rows.cells.map((cell) => [cellAddress(cell.column, cell.row), cell]));
    const lastColumn = Math.max(
      now.firstColumn + Math.max(0, ...now.rows.map((row) => row.length)) - 1,
      ...rows.cells.map((cell) => cell.column)
    );
    const firstColumn = Math.min(now.firstColumn, ...rows.cells.map((cell) => cell.column));
    for (let row = rows.first; row < rows.first + rows.count; row++) {
      for (let column = firstColumn; column <= lastColumn; column++) {
        const expected = written.get(cellAddress(column, row))?.after ?? EMPTY;
        if (!sameState(stateOf(cellAt(now, row, column)), expected)) edited.push({ row, column });
      }
    }
  }
  return edited
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((cell) => cellAddress(cell.column, cell.row));
}

/**
 * What goes back into a cell: its formula, or its constant. A text goes back as text ("@"), so that
 * "1.10" or "12.900.000" is not read as a number; a cell the fix made text gets "General" back for
 * anything else.
 */
function restoreOf(cell: ChangedCell): CellRestore {
  const { before } = cell;
  const general = cell.madeText ? "General" : null;
  const at = { row: cell.row, column: cell.column };
  if (before.formula !== undefined)
    return { ...at, content: { formula: before.formula }, numberFormat: general };
  if (before.error !== undefined)
    return { ...at, content: { value: before.error }, numberFormat: general };
  if (typeof before.value === "string" && before.value !== "")
    return { ...at, content: { value: before.value }, numberFormat: "@" };
  return { ...at, content: { value: before.value ?? "" }, numberFormat: general };
}

const EMPTY: CellState = { value: null };

function cellAt(grid: Grid, row: number, column: number): GridCell | undefined {
  return grid.rows[row - grid.firstRow]?.[column - grid.firstColumn];
}

function stateOf(cell: GridCell | undefined): CellState {
  if (!cell) return EMPTY;
  const state: CellState = { value: cell.value === "" ? null : cell.value };
  if (cell.formula !== undefined) state.formula = cell.formula;
  if (cell.error !== undefined) state.error = cell.error;
  return state;
}

function isEmpty(state: CellState): boolean {
  return state.value === null && state.formula === undefined && state.error === undefined;
}

/** Formulas are compared by their text (what they compute moves with the cells they add); constants by value. */
function sameState(a: CellState, b: CellState): boolean {
  if (a.formula !== undefined || b.formula !== undefined) return a.formula === b.formula;
  if (a.error !== undefined || b.error !== undefined) return a.error === b.error;
  return a.value === b.value;
}
