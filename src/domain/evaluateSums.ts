import { readSumFormula, SumExpression } from "./formulaReferences";
import { Grid, GridCell } from "./grid";
import { isErrorValue } from "./money";

/** What a formula comes to: a value, an error value, or nothing the checker can tell. */
type Result =
  | { kind: "value"; value: number | string | boolean }
  | { kind: "error"; error: string }
  | { kind: "unknown" };

const UNKNOWN: Result = Object.freeze({ kind: "unknown" });
const PLAIN_NUMBER = /^\s*[-+]?\d+(?:\.\d+)?\s*$/;
const SUBTOTAL_CALL = /SUBTOTAL\s*\(/i;

interface Frame {
  key: number;
  dependencies: number[];
  next: number;
}

/**
 * Files written by tools that do not calculate keep formulas without their results. Where such a
 * formula only adds up cells (SUM, SUBTOTAL 9 or 109, references joined by "+", in any column, over
 * other such formulas too), its result is computed here as Excel would, so the appendix can be checked
 * as if the file had been opened and saved in Excel. Other formulas keep no value. The grid is returned
 * with those values filled in (an error value where a summed cell holds one), and nothing else changed.
 */
export function evaluateSums(grid: Grid): Grid {
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const keyOf = (index: number, offset: number) => index * width + offset;
  const cellAt = (key: number): GridCell | undefined =>
    grid.rows[Math.floor(key / width)]?.[key % width];
  const pending: number[] = [];
  grid.rows.forEach((cells, index) =>
    cells.forEach((cell, offset) => {
      if (needsResult(cell)) pending.push(keyOf(index, offset));
    })
  );
  if (pending.length === 0) return grid;

  const parsed = new Map<number, SumExpression | null>();
  const expressionAt = (key: number) => {
    if (!parsed.has(key)) parsed.set(key, readSumFormula(cellAt(key)?.formula ?? ""));
    return parsed.get(key) as SumExpression | null;
  };
  const results = new Map<number, Result>();

  /** The grid cells of a range (clipped to the grid), as keys; `visit` stops early on false. */
  const eachCell = (
    range: { top: number; bottom: number; left: number; right: number },
    visit: (key: number, row: number) => boolean
  ) => {
    const top = Math.max(range.top, grid.firstRow);
    const bottom = Math.min(range.bottom, grid.firstRow + grid.rows.length - 1);
    const left = Math.max(range.left, grid.firstColumn);
    const right = Math.min(range.right, grid.firstColumn + width - 1);
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        if (!visit(keyOf(row - grid.firstRow, column - grid.firstColumn), row)) return;
      }
    }
  };

  /** Cells a SUBTOTAL passes over: other SUBTOTALs, and for 109 the hidden rows. */
  const skipped = (subtotal: null | 9 | 109, key: number, row: number) =>
    subtotal !== null &&
    (SUBTOTAL_CALL.test(cellAt(key)?.formula ?? "") ||
      (subtotal === 109 && (grid.hiddenRows?.has(row) ?? false)));

  const dependenciesOf = (key: number): number[] => {
    const expression = expressionAt(key);
    const found: number[] = [];
    const walk = (part: SumExpression, subtotal: null | 9 | 109) => {
      if (part.kind === "plus") part.terms.forEach((term) => walk(term, null));
      else if (part.kind === "sum") part.args.forEach((arg) => walk(arg, part.subtotal));
      else
        eachCell(part.range, (cell, row) => {
          if (!skipped(subtotal, cell, row) && needsResult(cellAt(cell))) found.push(cell);
          return true;
        });
    };
    if (expression) walk(expression, null);
    return found;
  };

  /** What a referenced cell holds, once every formula it depends on has a result. */
  const contentOf = (key: number): Result | null => {
    const cell = cellAt(key);
    if (!cell) return null;
    if (needsResult(cell)) return results.get(key) ?? UNKNOWN;
    if (cell.error) return { kind: "error", error: cell.error };
    if (cell.value === null) return null;
    if (typeof cell.value === "string" && isErrorValue(cell.value))
      return { kind: "error", error: cell.value.trim().toUpperCase() };
    return { kind: "value", value: cell.value };
  };

  /** An operand of "+": a number, TRUE as 1, plain digits typed as text; other text is not guessed. */
  const operandOf = (content: Result | null): Result => {
    if (content === null) return { kind: "value", value: 0 };
    if (content.kind !== "value") return content;
    const { value } = content;
    if (typeof value === "number") return content;
    if (typeof value === "boolean") return { kind: "value", value: value ? 1 : 0 };
    // Excel reads text by the computer's locale ("1.000.000" is a number in Vietnamese Windows only).
    return PLAIN_NUMBER.test(value) ? { kind: "value", value: Number(value) } : UNKNOWN;
  };

  const add = (total: Result, term: Result): Result => {
    if (total.kind !== "value") return total;
    if (term.kind !== "value") return term;
    return { kind: "value", value: (total.value as number) + (term.value as number) };
  };

  const compute = (part: SumExpression): Result => {
    switch (part.kind) {
      case "cells": {
        // Outside SUM, a range of several cells is not a sum.
        const { range } = part;
        if (range.top !== range.bottom || range.left !== range.right) return UNKNOWN;
        let single: Result = { kind: "value", value: 0 };
        eachCell(range, (cell) => {
          single = operandOf(contentOf(cell));
          return false;
        });
        return single;
      }
      case "plus":
        return part.terms.reduce<Result>((total, term) => add(total, compute(term)), {
          kind: "value",
          value: 0,
        });
      case "sum": {
        let total: Result = { kind: "value", value: 0 };
        for (const arg of part.args) {
          if (arg.kind !== "cells") {
            total = add(total, compute(arg));
            continue;
          }
          // SUM passes over text, logical values and empty cells it is given by reference.
          eachCell(arg.range, (cell, row) => {
            if (skipped(part.subtotal, cell, row)) return true;
            const content = contentOf(cell);
            if (content === null) return true;
            if (content.kind !== "value") total = add(total, content);
            else if (typeof content.value === "number") total = add(total, content);
            return total.kind === "value";
          });
          if (total.kind !== "value") return total;
        }
        return total;
      }
    }
  };

  /** `=G8` shows what G8 holds, text included; an empty G8 shows 0. */
  const resultOf = (key: number): Result => {
    const expression = expressionAt(key);
    if (!expression) return UNKNOWN;
    const { range } = expression.kind === "cells" ? expression : { range: null };
    if (range && range.top === range.bottom && range.left === range.right) {
      let copied: Result = { kind: "value", value: 0 };
      eachCell(range, (cell) => {
        copied = contentOf(cell) ?? copied;
        return false;
      });
      return copied;
    }
    return compute(expression);
  };

  // Depth-first over the formulas each one adds up, without recursion: chains can be long.
  const onPath = new Set<number>();
  for (const start of pending) {
    if (results.has(start)) continue;
    const stack: Frame[] = [{ key: start, dependencies: dependenciesOf(start), next: 0 }];
    onPath.add(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      while (frame.next < frame.dependencies.length && results.has(frame.dependencies[frame.next]))
        frame.next++;
      if (frame.next < frame.dependencies.length) {
        const dependency = frame.dependencies[frame.next];
        if (onPath.has(dependency)) {
          // A circular reference: Excel cannot tell either.
          results.set(frame.key, UNKNOWN);
        } else {
          stack.push({ key: dependency, dependencies: dependenciesOf(dependency), next: 0 });
          onPath.add(dependency);
          continue;
        }
      } else {
        results.set(frame.key, resultOf(frame.key));
      }
      onPath.delete(frame.key);
      stack.pop();
    }
  }

  const rows = grid.rows.map((cells, index) => {
    let changed: GridCell[] | null = null;
    cells.forEach((cell, offset) => {
      const result = results.get(keyOf(index, offset));
      if (!result || result.kind === "unknown") return;
      changed ??= [...cells];
      changed[offset] =
        result.kind === "error"
          ? { ...cell, value: null, error: result.error }
          : { ...cell, value: result.value };
    });
    return changed ?? cells;
  });
  return { ...grid, rows };
}

/** A formula saved without its result (and without an error value). */
function needsResult(cell: GridCell | undefined): boolean {
  return (
    cell !== undefined &&
    cell.value === null &&
    !cell.error &&
    cell.formula !== undefined &&
    cell.formula.trim() !== ""
  );
}
