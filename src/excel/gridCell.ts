import { dateFromSerial, isDateFormat } from "../domain/excelDates";
import { GridCell } from "../domain/grid";

/** Excel.RangeValueType.error, spelled out so that the module loads outside Office too. */
const ERROR_TYPE: `${Excel.RangeValueType.error}` = "Error";

/**
 * One cell of a read range as the domain wants it, from what Excel gives for it: `values` (computed
 * results), `formulas` (the formula, or the value again when there is none), `numberFormat`, the font
 * from getCellProperties and `valueTypes`. A cell whose type is "Error" holds the error's text ("#REF!",
 * "#DIV/0!" …) in `values`: it becomes `error`, with a null value.
 */
export function gridCell(
  value: unknown,
  formula: unknown,
  numberFormat: unknown,
  properties: Excel.CellProperties | undefined,
  valueType?: unknown
): GridCell {
  const isError = valueType === ERROR_TYPE;
  const cell: GridCell = { value: isError ? null : plainValue(value, numberFormat) };
  if (isError) cell.error = String(value);
  if (hasFormula(value, formula)) {
    cell.formula = (formula as string).slice(1);
    if (value === "" && !isError) cell.value = "";
  }
  const font = properties?.format?.font;
  if (font?.bold === true) cell.bold = true;
  if (font?.italic === true) cell.italic = true;
  return cell;
}

/**
 * `formulas` repeats a constant; text typed as text that starts with "=" (a "@" cell holding "=1+1")
 * comes back the same in `values` and `formulas`, so only a "=…" that differs from the value is a formula.
 */
function hasFormula(value: unknown, formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** The value as the file reader gives it too: a number shown as a date is dd/mm/yyyy. */
function plainValue(value: unknown, numberFormat: unknown): GridCell["value"] {
  if (typeof value === "number")
    return typeof numberFormat === "string" && isDateFormat(numberFormat)
      ? dateFromSerial(value)
      : value;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  return null;
}
