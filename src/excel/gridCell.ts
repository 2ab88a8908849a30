import { dayMonthYear } from "../domain/dates";
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

function plainValue(value: unknown, numberFormat: unknown): GridCell["value"] {
  if (typeof value === "number") return isDateFormat(numberFormat) ? serialDate(value) : value;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  return null;
}

/** A number format that shows a date (d, m, y outside quoted text, brackets and escapes; m not with h or s). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || /^(general|@)$/i.test(format)) return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[\\_*]./g, "");
  return /[dy]/i.test(codes) || (/m/i.test(codes) && !/[hs]/i.test(codes));
}

const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** An Excel date serial as Vietnamese write dates, like the file reader gives them: 10/01/2020. */
function serialDate(serial: number): string {
  return dayMonthYear(new Date(SERIAL_EPOCH + Math.floor(serial) * DAY));
}
