import { cellAddress, columnLetter } from "../../domain/grid";
import { APPENDIX_FONT, PAGE_MARGINS, PAGE_NUMBERS } from "../appendixSheet";
import { wrappedRowHeight } from "../rowHeights";
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
/** Columns beside the printed table that the formulas count by: small and grey-free, but plain. */
export const HELPER: CellStyle = { ...TEXT, size: 9, horizontal: "center", numberFormat: "0" };

/**
 * Rows of a sheet as they are written, top to bottom, with the merged areas and the heights the text
 * needs: the report sheets lay themselves out with it.
 */
export class SheetRows {
  readonly rows: RowDescription[] = [];
  readonly merges: string[] = [];

  constructor(private readonly widths: readonly number[]) {}

  /** The sheet row the next row will be. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** Adds a row; returns its sheet row. Its height follows the wrapped text of its cells. */
  add(cells: (CellDescription | undefined)[], height?: number): number {
    const fit = wrappedRowHeight(
      cells.map((cell, i) => ({
        text: typeof cell?.value === "string" ? cell.value : "",
        width: this.widths[i] ?? 10,
        size: cell?.style?.size,
        bold: cell?.style?.bold,
      }))
    );
    this.rows.push(height === undefined ? { cells, fitHeight: fit } : { cells, height });
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
   * The sheet these rows make, printed as Nghị định 30 asks: A4 fitted to the page width, its margins,
   * page numbers from page 2, the header row `repeatRow` on every page, and only columns A to
   * `printedColumns` down to `lastRow` (by default the last row written): the columns beside them are
   * for the formulas to count by.
   */
  sheet(
    name: string,
    print: {
      orientation: "landscape" | "portrait";
      repeatRow: number;
      printedColumns: number;
      lastRow?: number;
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
        repeatRows: `${print.repeatRow}:${print.repeatRow}`,
        margins: PAGE_MARGINS,
        pageNumbers: PAGE_NUMBERS,
        area: `A1:${cellAddress(print.printedColumns, print.lastRow ?? this.rows.length)}`,
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
