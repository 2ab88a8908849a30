import { columnNumber } from "./grid";

/** A block of cells a formula refers to, in sheet rows and columns (1-based, inclusive). */
export interface CellRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * A sum formula read into its parts:
 * - `cells`: a reference or a range, "G8" or "G8:G12";
 * - `plus`: terms joined by "+", "G8+G10+G12";
 * - `sum`: SUM(…) or SUBTOTAL(9, …) / SUBTOTAL(109, …) over its arguments.
 */
export type SumExpression =
  | { kind: "cells"; range: CellRange }
  | { kind: "plus"; terms: SumExpression[] }
  | { kind: "sum"; subtotal: null | 9 | 109; args: SumExpression[] };

// Sticky: each matches where the reading stands.
const REFERENCE = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/iy;
const CALL = /(SUM|SUBTOTAL)\(/iy;
const SUBTOTAL_KIND = /(109|9)[,;]/y;
/** How deep SUM(SUM(…)) may nest; the fixes write two levels for long lists. */
const MAX_NESTING = 8;

/**
 * Reads a formula that adds up cells: "SUM(G8:G12)", "G8+G10+G12", "SUM(G8,G10)", "SUBTOTAL(9,G8:G12)",
 * "SUM(SUM(G8:G9),G12)". null for any other formula ("G8-G10", "SUM(G8:G12)*1000", "Sheet2!G8", …).
 */
export function readSumFormula(formula: string): SumExpression | null {
  let text = formula.replace(/\s+/g, "");
  if (text.startsWith("=")) text = text.slice(1);
  if (text.startsWith("+")) text = text.slice(1);
  let at = 0;

  const expression = (depth: number): SumExpression | null => {
    const terms: SumExpression[] = [];
    for (;;) {
      const term = operand(depth);
      if (!term) return null;
      terms.push(term);
      if (text[at] !== "+") break;
      at++;
    }
    return terms.length === 1 ? terms[0] : { kind: "plus", terms };
  };

  const matchAt = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) at += match[0].length;
    return match;
  };

  const operand = (depth: number): SumExpression | null => {
    const call = depth < MAX_NESTING ? matchAt(CALL) : null;
    if (call) {
      let subtotal: null | 9 | 109 = null;
      if (call[1].toUpperCase() === "SUBTOTAL") {
        const kind = matchAt(SUBTOTAL_KIND);
        if (!kind) return null;
        subtotal = kind[1] === "9" ? 9 : 109;
      }
      const args: SumExpression[] = [];
      for (;;) {
        const arg = expression(depth + 1);
        if (!arg) return null;
        args.push(arg);
        if (text[at] === "," || text[at] === ";") at++;
        else break;
      }
      if (text[at] !== ")") return null;
      at++;
      return { kind: "sum", subtotal, args };
    }
    const reference = matchAt(REFERENCE);
    if (!reference) return null;
    const [, firstColumn, firstRow, lastColumn = firstColumn, lastRow = firstRow] = reference;
    // Excel reads G12:G8 as G8:G12.
    const columns = [columnNumber(firstColumn), columnNumber(lastColumn)];
    const rows = [Number(firstRow), Number(lastRow)];
    return {
      kind: "cells",
      range: {
        top: Math.min(...rows),
        bottom: Math.max(...rows),
        left: Math.min(...columns),
        right: Math.max(...columns),
      },
    };
  };

  if (text === "") return null;
  const parsed = expression(0);
  return parsed && at === text.length ? parsed : null;
}

/** Every range a sum formula refers to, in the order written. */
export function rangesOf(expression: SumExpression): CellRange[] {
  switch (expression.kind) {
    case "cells":
      return [expression.range];
    case "plus":
      return expression.terms.flatMap(rangesOf);
    case "sum":
      return expression.args.flatMap(rangesOf);
  }
}

/** A range longer than any appendix is not a subtotal of rows; it is left unjudged. */
const MAX_RANGE_ROWS = 100_000;

/**
 * The sheet rows a subtotal formula adds up in one column: "SUM(G8:G12)", "G8+G10+G12",
 * "SUM(G8,G10)", "SUBTOTAL(9,G8:G12)". null for any other formula, which is not judged.
 */
export function summedRows(formula: string, column: number): number[] | null {
  const expression = readSumFormula(formula);
  if (!expression) return null;
  const rows: number[] = [];
  for (const range of rangesOf(expression)) {
    if (range.left !== column || range.right !== column) return null;
    if (range.bottom - range.top > MAX_RANGE_ROWS) return null;
    for (let row = range.top; row <= range.bottom; row++) rows.push(row);
  }
  return rows;
}
