import { Field, FIELDS, fieldOfHeader, unitOf } from "../columns";
import { Grid, GridCell } from "../grid";
import { folded } from "../text";
import { textOf } from "./cleanGrid";

/** How far down a sheet the header is looked for, past the title block. */
const HEADER_SEARCH_ROWS = 60;

/** The table's header row: where it is and which column each field is in. */
export interface HeaderMatch {
  /** Index into the grid's rows. */
  index: number;
  columns: Partial<Record<Field, number>>;
  /** The Nhiệm vụ header as written, to spot the header repeated on later pages cheaply. */
  taskText: string;
}

/**
 * The first row of a clean grid, among its first ones, that heads the table: at least three known
 * columns, Nhiệm vụ among them, and TT or Kinh phí.
 */
export function findHeader(grid: Grid): HeaderMatch | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const columns = headerColumns(grid.rows[index], grid.firstColumn);
    const named = Object.keys(columns).length;
    if (
      named >= 3 &&
      columns.task !== undefined &&
      (columns.number !== undefined || columns.budget !== undefined)
    ) {
      const taskText = textOf(grid.rows[index][(columns.task as number) - grid.firstColumn]);
      return { index, columns, taskText };
    }
  }
  return null;
}

/** The sheet column of each field a row's cells name, the first cell naming it. */
function headerColumns(cells: GridCell[], firstColumn: number): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  cells.forEach((cell, offset) => {
    const text = textOf(cell);
    if (text.length === 0 || text.length > 80) return;
    const field = fieldOfHeader(text);
    if (field && columns[field] === undefined) columns[field] = firstColumn + offset;
  });
  return columns;
}

/** Tables copied across pages often repeat their header row. */
export function isRepeatedHeader(
  cells: GridCell[],
  header: HeaderMatch,
  firstColumn: number
): boolean {
  const again = headerColumns(cells, firstColumn);
  return (
    FIELDS.filter((field) => again[field] !== undefined && again[field] === header.columns[field])
      .length >= 3
  );
}

/** "1 2 3 4 5 6 7" or "(1) (2) …" under the header: column numbers, not a task. */
export function isColumnIndexRow(cells: GridCell[]): boolean {
  const values = cells.map(textOf).filter((text) => text !== "");
  if (values.length < 3) return false;
  return values.every((text, i) => text.replace(/[()]/g, "") === String(i + 1));
}

/** What one unit of Kinh phí is worth: a unit in its header wins; else an "ĐVT: …" line above; else đồng. */
export function findScale(grid: Grid, header: HeaderMatch): number {
  const budgetHeader = textOf(
    grid.rows[header.index][(header.columns.budget as number) - grid.firstColumn]
  );
  const fromHeader = unitOf(budgetHeader);
  if (fromHeader !== null) return fromHeader;
  for (let index = header.index - 1; index >= 0; index--) {
    for (const cell of grid.rows[index]) {
      const text = folded(textOf(cell));
      if (/^(?:dvt|don vi tinh)\b/.test(text)) return unitOf(text) ?? 1;
    }
  }
  return 1;
}
