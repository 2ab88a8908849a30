import { Grid, GridCell } from "../grid";
import { cleanText } from "../text";

/**
 * The grid with every text cell made clean (cleanText: composed, plain single spaces, trimmed), once,
 * where it enters the domain: after this the reader and the readings of numbers and amounts take the
 * text as it is. Cells and rows that need no change are the grid's own.
 */
export function cleanGrid(grid: Grid): Grid {
  let rows: GridCell[][] | null = null;
  for (let index = 0; index < grid.rows.length; index++) {
    const cells = grid.rows[index];
    let changed: GridCell[] | null = null;
    for (let offset = 0; offset < cells.length; offset++) {
      const cell = cells[offset];
      const value = cell?.value;
      if (typeof value !== "string") continue;
      const clean = cleanText(value);
      if (clean === value) continue;
      changed ??= cells.slice();
      changed[offset] = { ...cell, value: clean };
    }
    if (changed) {
      rows ??= grid.rows.slice();
      rows[index] = changed;
    }
  }
  return rows ? { ...grid, rows } : grid;
}

/** The text of a cell of a clean grid: "" for an empty cell; numbers without grouping. */
export function textOf(cell: GridCell | undefined): string {
  if (!cell) return "";
  const { value } = cell;
  if (value === null) return "";
  return typeof value === "string" ? value : String(value);
}
