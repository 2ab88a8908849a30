import { columnNumber } from "../domain/grid";
import { CellDescription, SheetDescription } from "../sheet/sheetDescription";
import { CellValueAt } from "./chartXml";

const SUM = /^=\s*SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:\s*,\s*[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)$/i;
const CONSTANT = /^=\s*(-?\d+(?:\.\d+)?)$/;
const ADDRESS = /^([A-Z]+)(\d+)$/i;
/** Excel and LibreOffice give an error for a function of more arguments. */
const MAX_ARGUMENTS = 255;

/**
 * The results of the formulas descriptions write (=SUM over cells of the sheet, =0), keyed "row:column",
 * saved with them so that a reader that does not recalculate (phuluc check, a file preview) sees the
 * amounts. Any other formula is left without a result for the spreadsheet to compute.
 */
export function cachedResults(description: SheetDescription): Map<string, number> {
  const cellAt = (row: number, column: number): CellDescription | undefined =>
    description.rows[row - 1]?.cells[column - 1];
  const results = new Map<string, number>();
  const pending = new Set<string>();
  const evaluate = (row: number, column: number): number | undefined => {
    const cell = cellAt(row, column);
    // SUM counts numbers only: blanks and text add nothing.
    if (cell?.formula === undefined) return typeof cell?.value === "number" ? cell.value : 0;
    const key = `${row}:${column}`;
    if (results.has(key)) return results.get(key);
    if (pending.has(key)) return undefined;
    pending.add(key);
    const result = formulaResult(cell.formula, evaluate);
    pending.delete(key);
    if (result !== undefined) results.set(key, result);
    return result;
  };
  description.rows.forEach((row, index) =>
    row.cells.forEach((cell, column) => {
      if (cell?.formula !== undefined) evaluate(index + 1, column + 1);
    })
  );
  return results;
}

/** The values a chart caches: a cell's value, or its formula's result where cachedResults knows it. */
export function cellValues(
  description: SheetDescription,
  results: Map<string, number>
): CellValueAt {
  return (row, column) => {
    const cell = description.rows[row - 1]?.cells[column - 1];
    if (cell?.formula !== undefined) return resultOf(cell, results.get(`${row}:${column}`));
    return cell?.value ?? undefined;
  };
}

/**
 * What a formula cell is saved with: the result this writer works out (a sum), else the figure its
 * description gives (a COUNTIFS the core counted), else none for the spreadsheet to compute.
 */
export function resultOf(cell: CellDescription, worked: number | undefined): number | undefined {
  return worked ?? (typeof cell.value === "number" ? cell.value : undefined);
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
