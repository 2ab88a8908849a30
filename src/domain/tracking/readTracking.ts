import { IsoDate, readDay } from "../calendar";
import { dateFromSerial } from "../excelDates";
import { GridCell } from "../grid";
import { EMPTY_AMOUNT, readCleanAmountCell } from "../money";
import { textOf } from "../reading/cleanGrid";
import { folded } from "../text";
import { Progress, Tracking, TrackingField } from "./tracking";

/**
 * How officers write Tiến độ, folded (no accents, lower case), trailing punctuation dropped. "Chưa hoàn
 * thành" is work begun and not finished, as CCHC reports use it beside "chưa thực hiện"; a percentage
 * says it in numbers (100% done, 0% not started).
 */
const PROGRESS_WORDINGS: [RegExp, Progress][] = [
  [/^(?:da )?(?:hoan thanh|hoan tat|xong|ht)\b|^da thuc hien\b|^100 ?%$/, "done"],
  [/^dang\b|^chua hoan thanh\b|^(?:[1-9]\d?(?:[.,]\d+)?) ?%$/, "in-progress"],
  [/^chua\b|^0 ?%$/, "not-started"],
];

/** A Tiến độ text read: "Đã hoàn thành", "HT", "xong", "đang triển khai", "Chưa"…; null when it says none. */
export function readProgress(text: string): Progress | null {
  const known = readProgresses.get(text);
  if (known !== undefined) return known;
  const key = folded(text).replace(/[.;:!]+$/, "");
  const progress =
    key === "" ? null : (PROGRESS_WORDINGS.find(([wording]) => wording.test(key))?.[1] ?? null);
  if (readProgresses.size < MOST_REMEMBERED) readProgresses.set(text, progress);
  return progress;
}

/**
 * A column of Tiến độ repeats a handful of words down thousands of rows: each is folded once. Only
 * so many are kept, so that a column of odd texts cannot grow the memory.
 */
const readProgresses = new Map<string, Progress | null>();
const MOST_REMEMBERED = 256;

/**
 * Date serials a bare number in Ngày hoàn thành is taken for (a date typed in a cell formatted General
 * or as a number): 01/01/1990 to 31/12/2099. Other numbers (a year, an amount) are no day.
 */
const FIRST_SERIAL = 32_874;
const LAST_SERIAL = 73_050;

/**
 * A Ngày hoàn thành cell read as a day. Both readers give a cell formatted as a date as "dd/mm/yyyy"
 * (the .xlsx reader from its style, the Office.js one from the cell's numberFormat); text is read as
 * written ("15/3/2024", "15-03-2024"); a bare number in the range of plausible days is a date serial.
 */
export function readCompleted(cell: GridCell | undefined): IsoDate | null {
  const value = cell?.value;
  if (typeof value === "number") {
    if (!(value >= FIRST_SERIAL && value <= LAST_SERIAL)) return null;
    const shown = dateFromSerial(value);
    return typeof shown === "string" ? readDay(shown) : null;
  }
  return typeof value === "string" ? readDay(value) : null;
}

/** The sheet columns of the tracking columns found, and the unit of Kinh phí đã sử dụng. */
export interface TrackingLayout {
  columns: Partial<Record<TrackingField, number>>;
  /** What one unit of Kinh phí đã sử dụng is worth in đồng. */
  spentScale: number;
}

/** A row's tracking cells read, from a clean grid row whose first cell is in sheet column `firstColumn`. */
export function readTracking(
  cells: readonly GridCell[],
  layout: TrackingLayout,
  firstColumn: number
): Tracking {
  const cellOf = (field: TrackingField) => {
    const column = layout.columns[field];
    return column === undefined ? undefined : cells[column - firstColumn];
  };
  const progressText = textOf(cellOf("progress"));
  const completedCell = cellOf("completed");
  const spentCell = cellOf("spent");
  return {
    progress: readProgress(progressText),
    progressText,
    completed: readCompleted(completedCell),
    completedText: textOf(completedCell),
    spent: spentCell ? readCleanAmountCell(spentCell, layout.spentScale) : EMPTY_AMOUNT,
    result: textOf(cellOf("result")),
  };
}
