/**
 * A sheet as data: what to write where and how it looks. Built from domain objects (the appendix,
 * a report) and written by two writers, Office.js (src/excel) and .xlsx (src/xlsx), so that what a
 * spreadsheet engine computes from a written file is what Excel gets too.
 */

export interface CellStyle {
  font?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Excel number format: "#,##0" for amounts, "@" for text that must stay text. */
  numberFormat?: string;
  /** Thin lines on all four sides. */
  border?: boolean;
}

/** A cell holds a value or a formula (written with its "=", English function names, commas). */
export interface CellDescription {
  value?: string | number | null;
  formula?: string;
  style?: CellStyle;
}

export interface RowDescription {
  /** From column A; a missing cell is left empty. */
  cells: (CellDescription | undefined)[];
  /** Points, kept whatever the row holds; omitted for a height the spreadsheet decides. */
  height?: number;
  /**
   * Points the row's wrapped text is estimated to need (./rowHeights), where `height` is omitted. The
   * row stays one whose height follows its text: Excel fits it itself (Office.js autofitRows; an .xlsx
   * row stored without customHeight, refitted as soon as it is edited), while LibreOffice, which keeps
   * the height a file stores and fits nothing on opening, shows and prints it at this estimate.
   */
  fitHeight?: number;
}

export interface ColumnDescription {
  /** Excel character widths. */
  width: number;
  /** Applied to the whole column before any value: "@" keeps TT such as "1.10" as text. */
  style?: CellStyle;
}

export type ValidationRule =
  | { kind: "wholeNumber"; min: number }
  /** `source` is a range on another sheet, such as "'Danh mục'!$A$2:$A$50". */
  | { kind: "list"; source: string };

export interface Validation {
  /** An A1 range such as "G8:G200". */
  range: string;
  rule: ValidationRule;
  /** Shown when a typed value breaks the rule. */
  errorMessage: string;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** All columns on one page width, as many pages tall as needed. */
  fitToWidth: boolean;
  /** Rows printed at the top of every page, such as "6:6". */
  repeatRows?: string;
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /**
   * The page number, centred at the top of every page but the first, in this font (Nghị định 30:
   * Arabic numerals, upright, 13–14 points, none on the first page).
   */
  pageNumbers?: PageNumbers;
}

export interface PageNumbers {
  font: string;
  /** Points. */
  size: number;
}

/**
 * The header of the pages that carry a number, in Excel's header codes, which .xlsx files and
 * Office.js (HeaderFooter.centerHeader) share: &"Times New Roman,Regular"&13&P.
 */
export function pageNumberHeader(numbers: PageNumbers): string {
  return `&"${numbers.font},Regular"&${numbers.size}&P`;
}

export interface SheetDescription {
  name: string;
  columns: ColumnDescription[];
  /** From row 1. */
  rows: RowDescription[];
  /** A1 ranges such as "A1:G1". */
  merges: string[];
  /** Rows (and columns) kept in view when scrolling. */
  freeze?: { rows: number; columns?: number };
  validations: Validation[];
  print?: PrintSetup;
  /**
   * Out of view and out of print (Excel's "Hidden" state, which the officer can undo with Unhide): a
   * list other sheets take data from, such as the units of the Chủ trì drop-down.
   */
  hidden?: boolean;
}
