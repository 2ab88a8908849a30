import { columnNumber } from "./grid";

const CALL = /^(?:SUM\((.*)\)|SUBTOTAL\((?:9|109)[,;](.*)\))$/i;
const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;
/** A range longer than any appendix is not a subtotal of rows; it is left unjudged. */
const MAX_RANGE_ROWS = 100_000;

/**
 * The sheet rows a subtotal formula adds up in one column: "SUM(G8:G12)", "G8+G10+G12",
 * "SUM(G8,G10)", "SUBTOTAL(9,G8:G12)". null for any other formula, which is not judged.
 */
export function summedRows(formula: string, column: number): number[] | null {
  let body = formula.trim().replace(/^=/, "").replace(/\s+/g, "");
  const call = CALL.exec(body);
  if (call) body = call[1] ?? call[2];
  const rows: number[] = [];
  for (const term of body.split(/[+,;]/)) {
    const reference = REFERENCE.exec(term);
    if (!reference) return null;
    const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = reference;
    if (columnNumber(firstColumn) !== column || columnNumber(lastColumn) !== column) return null;
    // Excel reads G12:G8 as G8:G12.
    const top = Math.min(Number(firstRow), Number(lastRow));
    const bottom = Math.max(Number(firstRow), Number(lastRow));
    if (bottom - top > MAX_RANGE_ROWS) return null;
    for (let row = top; row <= bottom; row++) rows.push(row);
  }
  return rows;
}
