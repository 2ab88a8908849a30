import { cellAddress } from "../grid";

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
  return `=SUM(${parts.join(",")})`;
}
