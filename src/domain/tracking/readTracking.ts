import { IsoDate, readDay } from "../calendar";
import { dateFromSerial } from "../excelDates";
import { GridCell } from "../grid";
import { EMPTY_AMOUNT, readCleanAmountCell } from "../money";
import { textOf } from "../reading/cleanGrid";
import { readProgressCell } from "./readProgress";
import { Tracking, TrackingField } from "./tracking";

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
  const progressCell = cellOf("progress");
  const progressText = textOf(progressCell);
  const completedCell = cellOf("completed");
  const spentCell = cellOf("spent");
  return {
    progress: readProgressCell(progressCell),
    progressText,
    completed: readCompleted(completedCell),
    completedText: textOf(completedCell),
    spent: spentCell ? readCleanAmountCell(spentCell, layout.spentScale) : EMPTY_AMOUNT,
    result: textOf(cellOf("result")),
  };
}
