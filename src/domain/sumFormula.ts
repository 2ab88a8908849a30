import { summedRows } from "./formulaReferences";
import { cellAddress } from "./grid";

/**
 * =SUM over the Kinh phí cells of the given rows, runs of consecutive rows as ranges:
 * rows 8, 9, 10 and 14 give =SUM(G8:G10,G14). SUM passes over text, so an amount typed wrongly
 * shows as itself instead of breaking the sum.
 */
export function sumFormula(column: number, rows: readonly number[]): string {
  if (rows.length === 0) return "=0";
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const end = sorted[i - 1];
    parts.push(
      start === end
        ? cellAddress(column, start)
        : `${cellAddress(column, start)}:${cellAddress(column, end)}`
    );
    start = sorted[i];
  }
  return `=${sumOf(parts)}`;
}

/** Excel and LibreOffice take at most 255 arguments a function: longer lists are summed in parts. */
const MAX_ARGUMENTS = 255;

function sumOf(parts: string[]): string {
  if (parts.length <= MAX_ARGUMENTS) return `SUM(${parts.join(",")})`;
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += MAX_ARGUMENTS)
    chunks.push(sumOf(parts.slice(i, i + MAX_ARGUMENTS)));
  return sumOf(chunks);
}

/**
 * Whether a cell's formula already adds up exactly these rows of the column, each once, however it is
 * written (=SUM(G8:G10), =G8+G9+G10, …): then it needs no rewriting.
 */
export function sumsExactly(formula: string | undefined, column: number, rows: readonly number[]) {
  if (!formula) return false;
  const summed = summedRows(formula, column);
  if (!summed || summed.length !== rows.length) return false;
  const wanted = new Set(rows);
  return new Set(summed).size === summed.length && summed.every((row) => wanted.has(row));
}
