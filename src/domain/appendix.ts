import { Field } from "./columns";
import { Finding } from "./finding";
import { AmountReading } from "./money";
import { NumberReading } from "./numbering";

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
  amount: AmountReading;
  /** The Kinh phí formula without "=", when the cell has one. */
  amountFormula?: string;
  bold: boolean;
  italic: boolean;
  /** Sheet rows of page-break halves merged into this row. */
  continuationRows: number[];
}

export interface TotalRow {
  row: number;
  label: string;
  amount: AmountReading;
  amountFormula?: string;
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
  /** Sheet column number of each column found. */
  columns: Partial<Record<Field, number>>;
  /** What one unit of Kinh phí is worth in đồng (1, 1,000 or 1,000,000). */
  scale: number;
  rows: AppendixRow[];
  total: TotalRow | null;
  words: WordsLine | null;
  /** Rows that are in the table but hold no task: blank ones, repeated headers. */
  skippedRows: number[];
  /** What reading the grid noticed: blank and split rows, merged cells. */
  findings: Finding[];
}
