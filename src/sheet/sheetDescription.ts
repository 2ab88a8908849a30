/**
 * A sheet as data: what to write where and how it looks. Built from domain objects (the appendix,
 * a report) and written by two writers, Office.js (src/excel) and .xlsx (src/xlsx), so that what a
 * spreadsheet engine computes from a written file is what Excel gets too.
 */

import { columnNumber } from "../domain/grid";

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
  | { kind: "list"; source: string }
  /** A drop-down of these values, written in the rule itself (no commas inside a value). */
  | { kind: "choices"; values: readonly string[] }
  /** A date on or after `min` ("2000-01-01"). */
  | { kind: "date"; min: string };

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
  /** The print area, such as "A1:K40", when columns beside it are for the screen only. */
  area?: string;
  /** Rows (from 1) that start a new page, such as a chart's first row when it would be cut. */
  breaksBefore?: number[];
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

export interface ChartSeries {
  /** Shown in the legend (the column chart's) and in the chart's data. */
  name: string;
  /** An A1 range on the same sheet, one column or one row, such as "C5:C8". */
  values: string;
}

/**
 * A native chart over cells of its own sheet, so it follows them when they change. Both writers make
 * the same chart: a legend, the title above, a pie's slices labelled with their values.
 */
export interface ChartDescription {
  /** "column": clustered columns, the series side by side; "pie": one series only. */
  kind: "pie" | "column";
  title: string;
  /** An A1 range on the same sheet as long as each series' values, such as "B5:B8". */
  categories: string;
  series: ChartSeries[];
  /** Where it sits: from the top-left corner of `from` to the bottom-right corner of `to`. */
  anchor: { from: string; to: string };
  /**
   * Fill colours as "RRGGBB": a pie's slices in the order of its categories, a column chart's series
   * in order. Given, not left to the workbook's theme, which differs between Excel versions and which
   * a file may not have (LibreOffice then draws nothing).
   */
  colors: readonly string[];
}

const COLOR = /^[0-9A-F]{6}$/;
const LINE_RANGE = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/;

/**
 * The cells of a range along one column or one row ("C5:C8", "C5:F5", "C5"), in order, as 1-based
 * rows and columns; undefined for a range of several rows and columns, or no A1 range at all.
 */
export function lineCells(range: string): { row: number; column: number }[] | undefined {
  const match = LINE_RANGE.exec(range);
  if (!match) return undefined;
  const first = { row: Number(match[2]), column: columnNumber(match[1]) };
  const last = match[3] ? { row: Number(match[4]), column: columnNumber(match[3]) } : first;
  if (first.row !== last.row && first.column !== last.column) return undefined;
  const length = Math.abs(last.row - first.row) + Math.abs(last.column - first.column) + 1;
  const step = {
    row: Math.sign(last.row - first.row),
    column: Math.sign(last.column - first.column),
  };
  return Array.from({ length }, (_, i) => ({
    row: first.row + i * step.row,
    column: first.column + i * step.column,
  }));
}

/**
 * What makes the chart one a writer cannot draw as described, or undefined: each series as many cells
 * along one line as the categories, a pie of exactly one series, a column chart of at least one.
 */
export function chartProblem(chart: ChartDescription): string | undefined {
  const categories = lineCells(chart.categories);
  if (!categories) return `categories ${chart.categories} are not one row or one column`;
  if (chart.kind === "pie" && chart.series.length !== 1) return "a pie has exactly one series";
  if (chart.series.length === 0) return "a chart needs a series";
  const coloured = chart.kind === "pie" ? categories.length : chart.series.length;
  if (chart.colors.length !== coloured || !chart.colors.every((color) => COLOR.test(color)))
    return `${coloured} colours as RRGGBB are needed, one for each ${chart.kind === "pie" ? "slice" : "series"}`;
  for (const series of chart.series) {
    const values = lineCells(series.values);
    if (values?.length !== categories.length)
      return `series ${series.name} (${series.values}) is not a line as long as ${chart.categories}`;
  }
  return undefined;
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
  /** Native charts over the sheet's own cells. */
  charts?: ChartDescription[];
}
