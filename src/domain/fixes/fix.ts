import { formatAmount } from "../money";

/** One cell a fix changes, with what it shows now and what it will hold, for the preview. */
export interface CellEdit {
  row: number;
  column: number;
  /** A1 address. */
  address: string;
  /** What the cell holds now, as the preview shows it ("" for empty, "=SUM(…)" for a formula). */
  before: string;
  /** What it will hold: a value, or a formula with its "=". */
  after: { value: string | number } | { formula: string };
  /** Written as text, so that a TT such as "1.10" is not turned into a number. */
  asText?: boolean;
}

export type FixKind = "renumber" | "subtotal-values" | "subtotal-formulas" | "total";

/** A change to the officer's table, shown as a preview and applied only on an explicit click. */
export interface Fix {
  kind: FixKind;
  title: string;
  edits: CellEdit[];
  /** Blank rows to insert (moving what is below down) before the edits, for a total the table lacks. */
  insertRows?: { before: number; count: number };
}

/** What a cell will hold, as the preview shows it: amounts the way the table prints them (12.900.000; 12,9). */
export function afterText(edit: CellEdit): string {
  if ("formula" in edit.after) return edit.after.formula;
  const { value } = edit.after;
  if (typeof value === "string") return value;
  return Number.isInteger(value) ? formatAmount(value) : String(value).replace(".", ",");
}
