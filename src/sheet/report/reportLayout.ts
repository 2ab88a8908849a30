import { cellAddress, columnLetter } from "../../domain/grid";
import { PeriodOfYear } from "../../domain/report/periods";
import { APPENDIX_FONT, PAGE_MARGINS, PAGE_NUMBERS } from "../appendixSheet";
import { RowFitter, wrappedRowHeight } from "../rowHeights";
import {
  CellDescription,
  CellStyle,
  ChartDescription,
  RowDescription,
  SheetDescription,
} from "../sheetDescription";
import { reportText } from "./reportText";

export const TEXT: CellStyle = { font: APPENDIX_FONT, size: 12, vertical: "middle", wrap: true };
export const CELL: CellStyle = { ...TEXT, border: true };
export const HEADER_CELL: CellStyle = {
  ...CELL,
  bold: true,
  horizontal: "center",
  numberFormat: "@",
};
export const AMOUNT: CellStyle = { ...CELL, horizontal: "right", numberFormat: "#,##0" };
export const COUNT: CellStyle = { ...CELL, horizontal: "center", numberFormat: "0" };
export const PERCENT: CellStyle = { ...CELL, horizontal: "center", numberFormat: "0.0%" };
export const DATE: CellStyle = { ...CELL, horizontal: "center", numberFormat: "dd/mm/yyyy" };
/** The progress chart's slices: done, in progress, not started. */
export const PROGRESS_COLORS = ["70AD47", "4472C4", "A5A5A5"];
/** The budget chart's columns: planned, spent. */
export const BUDGET_COLORS = ["4472C4", "ED7D31"];

/** The height of a row the sheet leaves to the spreadsheet, in points (Excel's default). */
const DEFAULT_ROW_POINTS = 15;
const POINTS_PER_MM = 72 / 25.4;

/** A style's text twin: "@" keeps a TT such as "1.10", or text starting with "=", as written. */
export function asText(style: CellStyle): CellStyle {
  return { ...style, numberFormat: "@" };
}
export const TEXT_CELL = asText(CELL);
export const CENTERED_TEXT = asText({ ...CELL, horizontal: "center" });
/** The task of a sub-item without a number of its own. */
export const UNNUMBERED_TASK = asText({ ...CELL, italic: true });

/** Columns beside the printed table that the formulas count by: small and grey-free, but plain. */
export const HELPER: CellStyle = { ...TEXT, size: 9, horizontal: "center", numberFormat: "0" };

/**
 * Rows of a sheet as they are written, top to bottom, with the merged areas and the heights the text
 * needs: the report sheets lay themselves out with it.
 */
export class SheetRows {
  readonly rows: RowDescription[] = [];
  readonly merges: string[] = [];
  private readonly fitter: RowFitter;

  constructor(private readonly widths: readonly number[]) {
    this.fitter = new RowFitter(widths);
  }

  /** The sheet row the next row will be. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Adds a row; returns its sheet row. Its height follows the wrapped text of its cells. */
  add(cells: (CellDescription | undefined)[], height?: number): number {
    this.rows.push(
      height === undefined ? { cells, fitHeight: this.fitter.height(cells) } : { cells, height }
    );
    return this.rows.length;
  }

  /** A line of text across columns `from`..`to` (1-based), merged, as tall as its text. */
  line(text: string, style: CellStyle, from = 1, to = this.widths.length, least = 0): number {
    const width = this.widths.slice(from - 1, to).reduce((sum, w) => sum + w, 0);
    const height = Math.max(
      least,
      wrappedRowHeight([{ text, width, size: style.size, bold: style.bold }])
    );
    const cells: (CellDescription | undefined)[] = [];
    cells[from - 1] = { value: text, style };
    const row = this.add(cells, height);
    if (to > from) this.merges.push(`${cellAddress(from, row)}:${cellAddress(to, row)}`);
    return row;
  }

  blank(): number {
    return this.add([]);
  }

  /**
   * Points from the top of row `from` to the top of row `to`, rows not written (under a chart) at the
   * default height; and the printable height of a page in the same points, at the scale that fits the
   * columns to the page's width. Enough to tell whether a chart would be cut at a page's end.
   */
  pointsBetween(from: number, to: number): number {
    let points = 0;
    for (let row = from; row < to; row++) {
      const written = this.rows[row - 1];
      points += written?.height ?? written?.fitHeight ?? DEFAULT_ROW_POINTS;
    }
    return points;
  }

  pagePoints(orientation: "landscape" | "portrait", printedColumns: number): number {
    const [width, height] = orientation === "landscape" ? [297, 210] : [210, 297];
    const printedWidth = (width - PAGE_MARGINS.left - PAGE_MARGINS.right) * POINTS_PER_MM;
    const printedHeight = (height - PAGE_MARGINS.top - PAGE_MARGINS.bottom) * POINTS_PER_MM;
    // An Excel width of w characters is about 7w + 5 pixels, three quarters of a point each.
    const columns = this.widths
      .slice(0, printedColumns)
      .reduce((sum, width) => sum + (width * 7 + 5) * 0.75, 0);
    return printedHeight / Math.min(1, printedWidth / columns);
  }

  /**
   * The sheet these rows make, printed as Nghị định 30 asks: A4 fitted to the page width, its margins,
   * page numbers from page 2, the header row `repeatRow` on every page, and only columns A to
   * `printedColumns` down to `lastRow` (by default the last row written): the columns beside them are
   * for the formulas to count by.
   */
  sheet(
    name: string,
    print: {
      orientation: "landscape" | "portrait";
      /** Left out where the table fits on its first page. */
      repeatRow?: number;
      printedColumns: number;
      lastRow?: number;
      breakBefore?: number;
    },
    charts: ChartDescription[] = []
  ): SheetDescription {
    return {
      name,
      columns: this.widths.map((width) => ({ width })),
      rows: this.rows,
      merges: this.merges,
      validations: [],
      print: {
        orientation: print.orientation,
        paper: "A4",
        fitToWidth: true,
        repeatRows:
          print.repeatRow === undefined ? undefined : `${print.repeatRow}:${print.repeatRow}`,
        margins: PAGE_MARGINS,
        pageNumbers: PAGE_NUMBERS,
        area: `A1:${cellAddress(print.printedColumns, print.lastRow ?? this.rows.length)}`,
        breaksBefore: print.breakBefore === undefined ? undefined : [print.breakBefore],
      },
      charts,
    };
  }
}

/**
 * The header block of Nghị định 30 over a report: the issuing body on the left; the nation and its
 * motto on the right; the document's number; the place and date in italics.
 */
export function headerBlock(
  rows: SheetRows,
  issuer: string | null,
  place: string | null,
  date: string,
  split: { left: number; right: number; last: number }
): void {
  const bold: CellStyle = { ...TEXT, bold: true, horizontal: "center", size: 13 };
  const [year, month, day] = date.split("-").map(Number);
  const row = (left: CellDescription | undefined, right: CellDescription) => {
    const cells: (CellDescription | undefined)[] = [];
    cells[0] = left;
    cells[split.right - 1] = right;
    const at = rows.add(cells, 20);
    rows.merges.push(`A${at}:${columnLetter(split.left)}${at}`);
    rows.merges.push(`${cellAddress(split.right, at)}:${cellAddress(split.last, at)}`);
  };
  row(
    { value: (issuer ?? reportText.issuerPlaceholder).toLocaleUpperCase("vi-VN"), style: bold },
    { value: reportText.nation, style: { ...bold, size: 12 } }
  );
  row(undefined, { value: reportText.motto, style: bold });
  row(
    { value: reportText.documentNumber, style: { ...TEXT, horizontal: "center", size: 13 } },
    {
      value: reportText.placeAndDate(place, day, month, year),
      style: { ...TEXT, italic: true, horizontal: "center", size: 13 },
    }
  );
  rows.blank();
}

/**
 * The top of a sheet that goes with the period's report: its title, "(Kèm theo Báo cáo …)", a blank
 * row, then its table's header. The header's row.
 */
export function attachedSheetHeading(
  rows: SheetRows,
  title: string,
  period: PeriodOfYear,
  columns: readonly string[],
  width: number
): number {
  rows.line(title, { ...TEXT, bold: true, horizontal: "center", size: 14 }, 1, width);
  rows.line(
    reportText.partTitle(period),
    { ...TEXT, italic: true, horizontal: "center", size: 13 },
    1,
    width
  );
  rows.blank();
  return rows.add(columns.map((value) => ({ value, style: HEADER_CELL })));
}
