import { AppendixRow } from "./appendix";
import { names } from "./messages";

/**
 * How a row is named to a person, in one place: by its number as it should be written, and where it has
 * none, by its sheet row.
 */

/** The row's number ("1.2", "II", "a)"), or the TT as written when it cannot be read; "" for none. */
export function numberOf(row: AppendixRow): string {
  return row.number.kind === "number" ? row.number.number.canonical : row.numberText;
}

/** The row's number, or "ở dòng 9" when it has none: "Kinh phí mục 1.2 …", "Kinh phí mục ở dòng 9 …". */
export function nameOf(row: AppendixRow): string {
  return numberOf(row) || names.atRow(row.row);
}

/** A row as a person finds it in the sheet: "1.2 (dòng 9)", or "dòng 9" when it has no number. */
export function rowName(row: AppendixRow): string {
  const number = numberOf(row);
  return number ? names.numberedRow(number, row.row) : names.row(row.row);
}

/** "1.2", or "dòng 9" for a row without a readable number: a row named in a list of rows. */
export function shortName(row: AppendixRow): string {
  return row.number.kind === "number" ? row.number.number.canonical : names.row(row.row);
}

/** "mục 1.2", or "dòng 9" for a row without a readable number. */
export function itemName(row: AppendixRow): string {
  return row.number.kind === "number"
    ? names.item(row.number.number.canonical)
    : names.row(row.row);
}
