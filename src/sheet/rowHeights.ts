/**
 * How tall a row must be for its wrapped text, estimated from the text and the width of its column.
 *
 * A spreadsheet fits the height of a row of wrapped text itself only when it is asked to: LibreOffice
 * keeps the height an .xlsx row was stored with (one line when none was), so a long task name printed
 * from a file written without heights runs over the rows below it. The sheets therefore carry the
 * height their text needs, estimated here for every writer and every sheet, and a clipped line is worse
 * than some white space: the estimate errs on the generous side.
 *
 * A line of Times New Roman 12 takes 15.75 points in Excel (13.9 in LibreOffice with DejaVu Serif, which
 * it takes in its place where Times New Roman is not installed). A column of Excel width W holds about
 * W small letters of it, in Excel (Times New Roman) as in LibreOffice (DejaVu Serif, in columns it makes
 * wider): 0.95 × W leaves a margin. Capitals take about a third more room, bold about a tenth more. Words
 * wrap whole; a word longer than a line is cut.
 */

import { CellDescription, CellStyle } from "./sheetDescription";

/** One cell of wrapped text in a row. */
export interface WrappedText {
  text: string;
  /** Excel character width of the column (of the merged columns, for a merged cell). */
  width: number;
  /** Points; 12 when omitted. */
  size?: number;
  bold?: boolean;
}

const BASE_SIZE = 12;
const LINE_POINTS = 15.75;
const ROW_PADDING = 3;
const CHARACTERS_PER_WIDTH = 1;
const CAPITAL_WIDTH = 1.35;
const BOLD_WIDTH = 1.08;
const CAPITAL = /\p{Lu}/u;
/** Per UTF-16 code unit: 0 not yet known, 1 not a capital, 2 a capital (filled as letters are met). */
const capitals = new Uint8Array(0x10000);

/** The width of a letter in small letters of the font: capitals count for more. */
function letterWidth(code: number): number {
  let known = capitals[code];
  if (known === 0) {
    known = CAPITAL.test(String.fromCharCode(code)) ? 2 : 1;
    capitals[code] = known;
  }
  return known === 2 ? CAPITAL_WIDTH : 1;
}

/** Whether the code unit separates words: what /\s/ matches. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Lines the text takes in the cell, words wrapped whole; at least one, one more per line break. One
 * pass over the text's code units (a report lays out tens of thousands of cells).
 */
export function wrappedLines(cell: WrappedText): number {
  return linesIn(cell.text, perLine(cell.width, cell.size ?? BASE_SIZE, cell.bold === true));
}

/** Small letters a line of the column holds. */
function perLine(width: number, size: number, bold: boolean): number {
  return Math.max(1, (width * CHARACTERS_PER_WIDTH * BASE_SIZE) / size / (bold ? BOLD_WIDTH : 1));
}

function linesIn(text: string, perLine: number): number {
  // Text that fits on one line even if it were all capitals needs no wrapping worked out.
  if (text.length * CAPITAL_WIDTH <= perLine && !text.includes("\n")) return 1;
  // Plain locals, no closure: the widths are fractions, which a closure's variables would box.
  let lines = 1;
  let used = 0;
  let word = 0;
  // One step past the end: the last word is placed as if a space followed it.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    // Most code units are letters below U+1680, the first space above U+00A0: told apart at once.
    const space =
      code <= 32
        ? code === 32 || (code >= 9 && code <= 13)
        : code === 0xa0 || (code >= 0x1680 && isSpace(code));
    if (space) {
      if (word > 0) {
        if (used > 0 && used + 1 + word <= perLine) {
          used += 1 + word;
        } else {
          if (used > 0) lines++;
          // A word longer than a line goes on over as many lines as it needs.
          while (word > perLine) {
            lines++;
            word -= perLine;
          }
          used = word;
        }
        word = 0;
      }
      if (code === 10) {
        lines++;
        used = 0;
      }
    }
    // The second half of a surrogate pair adds nothing: the pair is one character.
    else if (code < 0xdc00 || code > 0xdfff) {
      const known = capitals[code];
      word += known === 1 ? 1 : known === 2 ? CAPITAL_WIDTH : letterWidth(code);
    }
  }
  return lines;
}

/** Points for a row holding the cells: the tallest cell's lines, at the size of its font. */
export function wrappedRowHeight(cells: readonly WrappedText[]): number {
  let points = LINE_POINTS;
  // forEach passes over the holes of a sparse row, as cells left empty.
  cells.forEach(({ text, width, size = BASE_SIZE, bold = false }) => {
    points = Math.max(points, linePoints(linesIn(text, perLine(width, size, bold)), size));
  });
  return rowPoints(points);
}

/**
 * Heights of the rows of one sheet as it describes them, column `i` being `widths[i]` wide: what
 * wrappedRowHeight gives for their text. A report fits tens of thousands of rows: no WrappedText is
 * made for a cell, and a column's style is looked into only when it changes from the row above (its
 * many shapes of object make every look slow).
 */
export class RowFitter {
  private readonly styles: (CellStyle | undefined)[] = [];
  private readonly sizes: number[] = [];
  private readonly perLines: number[] = [];

  constructor(private readonly widths: readonly number[]) {}

  height(cells: readonly (CellDescription | undefined)[]): number {
    let points = LINE_POINTS;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      const { style, value } = cell;
      if (style !== this.styles[i] || this.sizes[i] === undefined) {
        this.styles[i] = style;
        this.sizes[i] = style?.size ?? BASE_SIZE;
        this.perLines[i] = perLine(this.widths[i] ?? 10, this.sizes[i], style?.bold === true);
      }
      // A cell of a number or of nothing is a line of its size.
      const lines = typeof value === "string" ? linesIn(value, this.perLines[i]) : 1;
      points = Math.max(points, linePoints(lines, this.sizes[i]));
    }
    return rowPoints(points);
  }
}

function linePoints(lines: number, size: number): number {
  return (lines * LINE_POINTS * size) / BASE_SIZE;
}

function rowPoints(points: number): number {
  return Math.round((points + ROW_PADDING) * 4) / 4;
}
