/**
 * What the import of a plan's text gives: the appendix's rows as the text lists them, and every line it
 * did not use, so that nothing is dropped without the officer seeing it.
 */

/** A row of the appendix read from the text: a section (a group row) or a task. */
export interface ImportedRow {
  /** The TT: "1" for a section, "1.1" for a task ("a" when the officer keeps the text's letters). */
  number: string;
  task: string;
  /** Bộ phận chủ trì; empty on a section. */
  lead: string;
  partners: string;
  product: string;
  schedule: string;
  /** Kinh phí in đồng, when the text gives one. */
  amount: number | null;
  /** Kinh phí written in words that name no amount ("Lồng ghép", "Ngân sách xã"), as written. */
  amountText?: string;
  /** A section: a group row of tasks. */
  section: boolean;
  /** The lines (from 1) of the text the row was read from; a part's title counts with its first row. */
  lines: number[];
}

/** A line of the text the import did not use: context, purpose, a line it could not place. */
export interface UnusedLine {
  /** From 1. */
  line: number;
  text: string;
}

/** What the text's heading says about the plan, where it says it. */
export interface PlanHeading {
  /** The plan's name under "KẾ HOẠCH", as written. */
  title?: string;
  /** The year the plan is for. */
  year?: number;
  /** "136" of "Số: 136/KH-UBND", as the appendix's reference line takes it. */
  planNumber?: string;
  /** "UBND xã Long Điền A". */
  issuer?: string;
  /** The place and date line's date. */
  signed?: { day: string; month: string; year: string };
}

export interface PlanImport {
  rows: ImportedRow[];
  unused: UnusedLine[];
  heading: PlanHeading;
  /** The old encoding the text was converted from, when it was in one. */
  convertedFrom: "tcvn3" | "vni" | null;
}

export interface ImportOptions {
  /** Keep the text's own letters (a, b, …) as the tasks' TT instead of numbering them 1.1, 1.2 … */
  keepLetters?: boolean;
}
