import { DaySpan, IsoDate } from "../calendar";

/**
 * What a part of a "Thời gian thực hiện" cell names: a deadline ("Trước 10/01/2020"), a day, a run of
 * days or months ("từ tháng 3 đến tháng 6"), a month, a quarter, a half, the whole year, or recurring
 * work ("Hàng tháng", "02 lần/tháng").
 */
export type ScheduleForm =
  "deadline" | "date" | "range" | "month" | "quarter" | "half" | "year" | "recurring";

/** One time a cell names, as it falls in the plan's year. */
export interface SchedulePart {
  /** The words of the cell this part was read from. */
  text: string;
  form: ScheduleForm;
  /** The days it covers: a deadline from 1 January of its year to its date. */
  span: DaySpan;
  /** A deadline's or a day's date; the last day of a quarter, month, half or range; null for the year and recurring work. */
  due: IsoDate | null;
  /** The year its words name ("Quý I/2023"), when they name one. */
  namedYear?: number;
  /**
   * Whether it goes on past the year it names ("… và những năm tiếp theo", "năm 2021 - 2025"): read in
   * the plan's year when that year is among them, and then not a year copied from an old plan.
   */
  continues?: boolean;
}

export interface ScheduleReading {
  /** none: the cell names no time (an event, someone else's plan, nothing). */
  kind: "dated" | "none" | "unreadable";
  /** Empty unless dated. */
  parts: SchedulePart[];
  /** The years the cell names, in order, once each. */
  years: number[];
  /**
   * Words that look like a time but could not be read (a 13th month, a fifth quarter, 31/4), or the
   * whole cell when it is unreadable: what schedule.unparsed names.
   */
  unread?: string[];
  /** Years the cell names before the plan's that do not go on into it: what schedule.stale names. */
  staleYears?: number[];
}
