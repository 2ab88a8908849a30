import { Field } from "./columns";
import { Finding } from "./finding";
import { AmountReading } from "./money";
import { NumberReading } from "./numbering";
import { Tracking, TrackingField } from "./tracking/tracking";

/** One row of the table after continuation rows were merged into it. */
export interface AppendixRow {
  /** Sheet row, 1-based. */
  row: number;
  /** The TT cell as written. */
  numberText: string;
  number: NumberReading;
  task: string;
  lead: string;
  partners: string;
  product: string;
  schedule: string;
  /** The Kinh phí of the main amount column (see Appendix.amountColumns). */
  amount: AmountReading;
  /** The Kinh phí formula without "=", when the cell has one. */
  amountFormula?: string;
  /** Every amount column's reading, in the order of Appendix.amountColumns. */
  amounts: AmountReading[];
  amountFormulas: (string | undefined)[];
  bold: boolean;
  italic: boolean;
  /** Sheet rows of page-break halves merged into this row. */
  continuationRows: number[];
  /** The row's tracking cells (Tiến độ, Ngày hoàn thành, …); null when the table has none. */
  tracking: Tracking | null;
}

export interface TotalRow {
  row: number;
  label: string;
  amount: AmountReading;
  amountFormula?: string;
  amounts: AmountReading[];
  amountFormulas: (string | undefined)[];
}

/** One Kinh phí column: the only one, or one of several under a two-row "Kinh phí" heading. */
export interface AmountColumn {
  column: number;
  /** The heading as written: "Kinh phí (đồng)", "Ngân sách xã", "Năm 2025". */
  label: string;
  /** What one unit of the column is worth in đồng. */
  scale: number;
  /** The "Tổng số" column, which adds up the source columns beside it. */
  isTotal: boolean;
}

/** "Bằng chữ: …" under the grand total. */
export interface WordsLine {
  row: number;
  column: number;
  text: string;
}

/** An appendix table read from a grid: where it is, and its rows. */
export interface Appendix {
  headerRow: number;
  /**
   * The plan's year, which the schedule cells are read in: from the title ("… NĂM 2024") when the
   * grid has one, else null until the officer gives it (the pane, `--year`: see withPlanYear).
   */
  planYear: number | null;
  /** Sheet column number of each column found; `budget` is the main amount column. */
  columns: Partial<Record<Field, number>>;
  /** What one unit of the main Kinh phí column is worth in đồng (1, 1,000 or 1,000,000). */
  scale: number;
  /**
   * The Kinh phí columns: one, or several under a two-row heading. The main one (`columns.budget`) is
   * the "Tổng số" column when there is one, else the first.
   */
  amountColumns: AmountColumn[];
  /**
   * The tracking columns found beside the table (Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng, Kết
   * quả), each field's sheet column; null when it has none.
   */
  tracking: Partial<Record<TrackingField, number>> | null;
  /** Sheet rows hidden from view, as the source told. */
  hiddenRows: ReadonlySet<number>;
  rows: AppendixRow[];
  total: TotalRow | null;
  words: WordsLine | null;
  /** Rows that are in the table but hold no task: blank ones, repeated headers. */
  skippedRows: number[];
  /** What reading the grid noticed: blank and split rows, merged cells. */
  findings: Finding[];
}

/** The table's rows and its total row: every row with a Kinh phí cell. */
export function amountRows(
  appendix: Appendix
): (AppendixRow | (TotalRow & { numberText: string }))[] {
  const total = appendix.total;
  return total ? [...appendix.rows, { ...total, numberText: "" }] : appendix.rows;
}

/** The appendix read in the year the officer gives, which wins over the title's. */
export function withPlanYear(appendix: Appendix, year: number | null | undefined): Appendix {
  return year === undefined || year === null || year === appendix.planYear
    ? appendix
    : { ...appendix, planYear: year };
}
