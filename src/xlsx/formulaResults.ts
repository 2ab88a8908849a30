import { columnNumber } from "../domain/grid";
import { CellDescription, SheetDescription } from "../sheet/sheetDescription";
import { CellValueAt } from "./chartXml";

const SUM = /^=\s*SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:\s*,\s*[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)$/i;
const CONSTANT = /^=\s*(-?\d+(?:\.\d+)?)$/;
const ADDRESS = /^([A-Z]+)(\d+)$/i;
/** Excel and LibreOffice give an error for a function of more arguments. */
const MAX_ARGUMENTS = 255;
/** Columns a sheet has in Excel. */
const SHEET_COLUMNS = 16384;

/** A number for a cell (1-based row and column), one to each. */
function cellKey(row: number, column: number): number {
  return row * SHEET_COLUMNS + column;
}

/** The known results of a sheet's formulas, by cell (1-based row and column). */
export class FormulaResults {
  private readonly byCell = new Map<number, number>();

  get(row: number, column: number): number | undefined {
    return this.byCell.get(cellKey(row, column));
  }

  has(row: number, column: number): boolean {
    return this.byCell.has(cellKey(row, column));
  }

  set(row: number, column: number, result: number): void {
    this.byCell.set(cellKey(row, column), result);
  }
}

/**
 * The results of the formulas descriptions write without a figure (=SUM over cells of the sheet, =0),
 * saved with them so that a reader that does not recalculate (phuluc check, a file preview) sees the
 * amounts. Any other formula is left without a result for the spreadsheet to compute.
 */
export function cachedResults(description: SheetDescription): FormulaResults {
  const cellAt = (row: number, column: number): CellDescription | undefined =>
    description.rows[row - 1]?.cells[column - 1];
  const results = new FormulaResults();
  const pending = new Set<number>();
  const evaluate = (row: number, column: number): number | undefined => {
    const cell = cellAt(row, column);
    // SUM counts numbers only: blanks and text add nothing.
    if (cell?.formula === undefined) return typeof cell?.value === "number" ? cell.value : 0;
    if (typeof cell.value === "number") return cell.value;
    if (results.has(row, column)) return results.get(row, column);
    const key = cellKey(row, column);
    if (pending.has(key)) return undefined;
    pending.add(key);
    const result = formulaResult(cell.formula, evaluate);
    pending.delete(key);
    if (result !== undefined) results.set(row, column, result);
    return result;
  };
  const { rows } = description;
  for (let row = 0; row < rows.length; row++) {
    const { cells } = rows[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell?.formula !== undefined && typeof cell.value !== "number")
        evaluate(row + 1, column + 1);
    }
  }
  return results;
}

/** The values a chart caches: a cell's value, or its formula's result where cachedResults knows it. */
export function cellValues(description: SheetDescription, results: FormulaResults): CellValueAt {
  return (row, column) => {
    const cell = description.rows[row - 1]?.cells[column - 1];
    if (cell?.formula !== undefined) return resultOf(cell, results.get(row, column));
    return cell?.value ?? undefined;
  };
}

/**
 * What a formula cell is saved with: the figure its description gives (a COUNTIFS the core counted),
 * else the result this writer works out (a sum), else none for the spreadsheet to compute.
 */
export function resultOf(cell: CellDescription, worked: number | undefined): number | undefined {
  return typeof cell.value === "number" ? cell.value : worked;
}

function formulaResult(
  formula: string,
  evaluate: (row: number, column: number) => number | undefined
): number | undefined {
  const constant = CONSTANT.exec(formula);
  if (constant) return Number(constant[1]);
  const sum = SUM.exec(formula);
  const args = sum?.[1].split(",") ?? [];
  if (!sum || args.length > MAX_ARGUMENTS) return undefined;
  let total = 0;
  for (const argument of args) {
    const [first, last = first] = argument.trim().split(":").map(cellPosition);
    for (let row = Math.min(first.row, last.row); row <= Math.max(first.row, last.row); row++) {
      const columns = [first.column, last.column].sort((a, b) => a - b);
      for (let column = columns[0]; column <= columns[1]; column++) {
        const value = evaluate(row, column);
        if (value === undefined) return undefined;
        total += value;
      }
    }
  }
  return total;
}

function cellPosition(address: string): { row: number; column: number } {
  const [, letters, digits] = ADDRESS.exec(address) as RegExpExecArray;
  return { row: Number(digits), column: columnNumber(letters) };
}
