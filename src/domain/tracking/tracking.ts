import { IsoDate } from "../calendar";
import { AmountReading } from "../money";

/**
 * The four tracking columns the officer fills beside the appendix during the year (Tiến độ, Ngày hoàn
 * thành, Kinh phí đã sử dụng, Kết quả), as the domain reads them: what reports judge a task's status by.
 */

/** Where a task stands, in the order of the Tiến độ list. */
export const PROGRESS = ["not-started", "in-progress", "done"] as const;
export type Progress = (typeof PROGRESS)[number];

/** The Tiến độ list's three values, as written to the sheet and accepted back. */
export const PROGRESS_LABELS: Record<Progress, string> = {
  "not-started": "Chưa thực hiện",
  "in-progress": "Đang thực hiện",
  done: "Đã hoàn thành",
};

/** The tracking columns, in the order they are written beside the table. */
export const TRACKING_FIELDS = ["progress", "completed", "spent", "result"] as const;
export type TrackingField = (typeof TRACKING_FIELDS)[number];

/** One row's tracking cells, read. */
export interface Tracking {
  /** null: blank or unreadable (see progressText). */
  progress: Progress | null;
  /** The Tiến độ cell as written. */
  progressText: string;
  /** null: blank or unreadable (see completedText). */
  completed: IsoDate | null;
  /** The Ngày hoàn thành cell as written (a date cell as dd/mm/yyyy, a bare number as its digits). */
  completedText: string;
  /** In đồng: the column's header names its unit ("(triệu đồng)"), else the table's. */
  spent: AmountReading;
  result: string;
}

/** The headers the tracking columns are written with ("Thêm cột theo dõi"); the reader knows them. */
export const TRACKING_HEADERS: Record<TrackingField, string> = {
  progress: "Tiến độ",
  completed: "Ngày hoàn thành",
  spent: "Kinh phí đã sử dụng (đồng)",
  result: "Kết quả",
};
