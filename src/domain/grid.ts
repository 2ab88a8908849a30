/** One cell as Excel or an .xlsx file gives it. */
export interface GridCell {
  /** The shown value: for a formula cell, its cached result (null when none was saved). */
  value: string | number | boolean | null;
  /** The formula without its leading "=", when the cell has one. */
  formula?: string;
  /** The error value a formula came to ("#REF!", "#DIV/0!", …); `value` is then null. */
  error?: string;
  bold?: boolean;
  italic?: boolean;
}

/** A rectangular block of a sheet, read in one go. */
export interface Grid {
  /** Sheet row number (1-based) of rows[0]. */
  firstRow: number;
  /** Sheet column number (1-based) of each row's first cell. */
  firstColumn: number;
  rows: GridCell[][];
  /** Merged areas as A1 ranges, such as "B7:C7". */
  merges?: string[];
  /** Sheet rows (1-based) hidden from view, when the source tells. */
  hiddenRows?: ReadonlySet<number>;
}

/** "A" for 1, "AA" for 27. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 1 for "A", 27 for "AA". */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The text of a cell, trimmed; "" for an empty cell. Numbers are shown without grouping. */
export function cellText(cell: GridCell | undefined): string {
  if (!cell || cell.value === null) return "";
  return typeof cell.value === "string" ? cell.value.trim() : String(cell.value);
}
