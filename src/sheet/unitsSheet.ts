import { APPENDIX_FONT } from "./appendixSheet";
import { SheetDescription } from "./sheetDescription";
import { sheetRange } from "./sheetNames";
import { appendixText } from "./sheetText";
import { unitList } from "../domain/units/unitList";

export { DEFAULT_UNITS } from "../domain/units/unitList";

/** Room for the officer to add units below the list; the validation covers it. */
const LIST_ROWS = 200;

/** The range an appendix's Chủ trì validation takes its list from. */
export function unitsRange(sheetName: string): string {
  return sheetRange(sheetName, `$A$2:$A$${LIST_ROWS + 1}`);
}

/**
 * A sheet holding the list of units, one per row under a header: hidden, so that it stays out of the
 * officer's way and out of print, while the Chủ trì drop-down of the appendix still takes its list.
 * NAMES are the defaults and the lead cells of a plan; the list holds the units they name, once each
 * (src/domain/units/unitList.ts): no description of people or of a task a lead cell may hold.
 */
export function unitsSheet(name: string, names: readonly string[]): SheetDescription {
  const unique = unitList(names);
  const style = { font: APPENDIX_FONT, size: 12, numberFormat: "@" };
  return {
    name,
    columns: [{ width: 40, style: { numberFormat: "@" } }],
    rows: [
      { cells: [{ value: appendixText.unitsHeader, style: { ...style, bold: true } }] },
      ...unique.map((unit) => ({ cells: [{ value: unit, style }] })),
    ],
    merges: [],
    validations: [],
    hidden: true,
  };
}
