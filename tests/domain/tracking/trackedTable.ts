import { headerWith, Row, TableOptions, task } from "../../support/table";

/**
 * Tables with the four tracking columns, for the tracking rules' tests (tests/support/table.ts's
 * layout): A TT … G Kinh phí (đồng) | H Tiến độ | I Ngày hoàn thành | J Kinh phí đã sử dụng | K Kết quả.
 * The header is on sheet row 3 under a title naming the plan's year 2025 (row 1) and a blank row, so
 * `rows[i]` is sheet row i + 4.
 */
export const TRACKED_HEADER: Row = headerWith(
  "Kinh phí (đồng)",
  "Tiến độ",
  "Ngày hoàn thành",
  "Kinh phí đã sử dụng",
  "Kết quả"
);

export const TRACKED: TableOptions = {
  header: TRACKED_HEADER,
  above: [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], [""]],
};

/** The same table without a title: the plan's year is not known. */
export const TRACKED_NO_YEAR: TableOptions = { header: TRACKED_HEADER };

export interface TrackingCells {
  progress?: string;
  completed?: string;
  spent?: string;
  result?: string;
}

/** A task row of the standard table with its tracking cells. */
export function trackedTask(number: string, amount: string, cells: TrackingCells = {}): Row {
  return [
    ...task(number, `Nhiệm vụ ${number}`, amount),
    cells.progress ?? "",
    cells.completed ?? "",
    cells.spent ?? "",
    cells.result ?? "",
  ];
}
