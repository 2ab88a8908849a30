import { Grid, GridCell } from "../grid";
import { folded } from "../text";
import { textOf } from "./cleanGrid";

/**
 * How the reader knows the grand total and its "Bằng chữ" line (the table writes them as messages.ts's
 * `names.total` and `names.wordsLine` say): folded labels, in the forms documents use.
 */

/** "Tổng cộng kinh phí thực hiện": longer labels are tasks, and are not folded to find out. */
const MAX_TOTAL_LABEL = 40;
const TOTAL_LABEL =
  /^(?:tong cong|tong so|tong kinh phi|tong|cong)(?: kinh phi| toan bo| ca nam| chung)*\s*(?:\(.*\))?\s*:?$/;
/** "Bằng chữ: …", "bang chu …". */
const WORDS_LABEL = /^bang chu\b/;
const WORDS_PREFIX = /^bang chu\s*:?\s*/;
/** How far below the total the "Bằng chữ: …" line is looked for. */
const WORDS_SEARCH_ROWS = 3;

/** Whether a row's label ("Tổng cộng", "TỔNG CỘNG:", "Cộng", "Tổng số (đồng)") names the grand total. */
export function isTotalLabel(label: string): boolean {
  return label.length <= MAX_TOTAL_LABEL && TOTAL_LABEL.test(folded(label));
}

/** The words of a "Bằng chữ" line without its label, folded: "ba muoi tu trieu … dong". */
export function wordsOfLine(text: string): string {
  return folded(text).replace(WORDS_PREFIX, "");
}

/** The total in words, on one of the rows just below the total (from the row index `from`). */
export function findWords(
  grid: Grid,
  from: number
): { row: number; column: number; text: string } | null {
  for (let index = from; index < Math.min(grid.rows.length, from + WORDS_SEARCH_ROWS); index++) {
    const cells = grid.rows[index];
    for (let offset = 0; offset < cells.length; offset++) {
      const text = textOf(cells[offset]);
      if (text.length < 200 && WORDS_LABEL.test(folded(text))) {
        return { row: grid.firstRow + index, column: grid.firstColumn + offset, text };
      }
    }
  }
  return null;
}

/** An amount-only row with nothing after it is the grand total whose label was lost. */
export function isLastFilledRow(
  grid: Grid,
  index: number,
  numberOffset: number,
  amountOffsets: readonly number[]
): boolean {
  for (let next = index + 1; next < grid.rows.length; next++) {
    const cells: GridCell[] = grid.rows[next];
    if (textOf(cells[numberOffset]) !== "") return false;
    if (amountOffsets.some((offset) => textOf(cells[offset]) !== "")) return false;
  }
  return true;
}
