import { checkAppendix } from "../../../src/domain/checkAppendix";
import { readDelimited } from "../../../src/domain/delimitedText";
import { Finding } from "../../../src/domain/finding";
import { columnNumber, Grid, GridCell } from "../../../src/domain/grid";
import { readAppendix } from "../../../src/domain/readAppendix";
import { Row, tableText, TableOptions } from "../../support/table";

/**
 * A table built with the tests/support/table.ts helpers, as the grid a workbook gives, with some
 * cells (by A1 address) replaced: a formula with or without its result, an error value. What the cell
 * held as text is kept only where the replacement does not say otherwise (bold, italic).
 */
export function gridWith(
  rows: readonly Row[],
  cells: Record<string, Omit<GridCell, "value"> & { value?: GridCell["value"] }>,
  options: TableOptions = {}
): Grid {
  const grid = readDelimited(tableText(rows, options), "\t");
  for (const [address, cell] of Object.entries(cells)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) throw new Error(`not an address: ${address}`);
    const index = Number(match[2]) - grid.firstRow;
    const offset = columnNumber(match[1]) - grid.firstColumn;
    const row = grid.rows[index];
    while (row.length <= offset) row.push({ value: null });
    const { bold, italic } = row[offset];
    row[offset] = { bold, italic, value: null, ...cell };
  }
  return grid;
}

/** A formula saved without its result, as tools that do not calculate write it. */
export const uncalculated = (formula: string) => ({ formula, value: null });

/** Every finding about the grid's table, in sheet order. */
export function checkGrid(grid: Grid): Finding[] {
  return checkAppendix(readAppendix(grid));
}
