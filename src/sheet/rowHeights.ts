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

/** The width of a word in small letters of the font: capitals count for more. */
function wordWidth(word: string): number {
  let width = 0;
  for (const character of word) width += CAPITAL.test(character) ? CAPITAL_WIDTH : 1;
  return width;
}

/** Lines the text takes in the cell, words wrapped whole; at least one, one more per line break. */
export function wrappedLines(cell: WrappedText): number {
  const size = cell.size ?? BASE_SIZE;
  const perLine = Math.max(
    1,
    (cell.width * CHARACTERS_PER_WIDTH * BASE_SIZE) / size / (cell.bold ? BOLD_WIDTH : 1)
  );
  let lines = 0;
  for (const paragraph of cell.text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      let width = wordWidth(word);
      if (used > 0 && used + 1 + width <= perLine) {
        used += 1 + width;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line goes on over as many lines as it needs.
      while (width > perLine) {
        lines++;
        width -= perLine;
      }
      used = width;
    }
  }
  return Math.max(1, lines);
}

/** Points for a row holding the cells: the tallest cell's lines, at the size of its font. */
export function wrappedRowHeight(cells: readonly WrappedText[]): number {
  const points = Math.max(
    LINE_POINTS,
    ...cells.map(
      (cell) => (wrappedLines(cell) * LINE_POINTS * (cell.size ?? BASE_SIZE)) / BASE_SIZE
    )
  );
  return Math.round((points + ROW_PADDING) * 4) / 4;
}
