import { formatAmount, readAmount } from "../../domain/money";
import type { ImportedRow } from "../../domain/planText/planImport";

/**
 * The rows read from a plan as the officer corrects them in the pane: the text of each field as typed
 * (Kinh phí too, read back into đồng when the appendix is made), and a key that stays with the row
 * while rows before it are removed.
 */
export interface EditableRow {
  key: number;
  number: string;
  task: string;
  lead: string;
  partners: string;
  product: string;
  schedule: string;
  /** Kinh phí as shown and typed: "2.000.000", "" for none. */
  amount: string;
  section: boolean;
  /** The lines of the text the row was read from: the same row in another reading of that text. */
  lines: readonly number[];
}

/** The fields the officer can type in. */
export type EditableField =
  "number" | "task" | "lead" | "partners" | "product" | "schedule" | "amount";

export function editableRows(rows: readonly ImportedRow[], firstKey = 0): EditableRow[] {
  return rows.map((row, index) => ({
    key: firstKey + index,
    number: row.number,
    task: row.task,
    lead: row.lead,
    partners: row.partners,
    product: row.product,
    schedule: row.schedule,
    amount: row.amount === null ? (row.amountText ?? "") : formatAmount(row.amount),
    section: row.section,
    lines: row.lines,
  }));
}

/**
 * Kinh phí as typed, in đồng: null when empty, or when words say there is no money of the row's own
 * ("Lồng ghép"); undefined when it cannot be read.
 */
export function typedAmount(text: string): number | null | undefined {
  const reading = readAmount(text);
  if (reading.kind === "amount") return reading.value;
  return reading.kind === "empty" ? null : undefined;
}

/**
 * A row back as the importer's, its amount read; words that name no amount ("Lồng ghép") are kept as
 * written; an amount that cannot be read is left out (null).
 */
export function importedRow(row: EditableRow): ImportedRow {
  const amount = typedAmount(row.amount) ?? null;
  const words = row.amount.trim();
  return {
    number: row.number.trim(),
    task: row.task.trim(),
    lead: row.lead.trim(),
    partners: row.partners.trim(),
    product: row.product.trim(),
    schedule: row.schedule.trim(),
    amount,
    ...(amount === null && typedAmount(words) === null && words !== ""
      ? { amountText: words }
      : {}),
    section: row.section,
    lines: [...row.lines],
  };
}

/** The rows whose Kinh phí cannot be read: the appendix is not made while there is one. */
export function unreadableAmounts(rows: readonly EditableRow[]): EditableRow[] {
  return rows.filter((row) => typedAmount(row.amount) === undefined);
}

/** How many sections and tasks the rows hold. */
export function rowCounts(rows: readonly { section: boolean }[]): {
  sections: number;
  tasks: number;
} {
  const sections = rows.filter((row) => row.section).length;
  return { sections, tasks: rows.length - sections };
}

const linesKey = (lines: readonly number[]) => lines.join(",");

/**
 * The officer's rows after the same text is read again with other options (the TT kept as letters or
 * numbered): each row takes its new TT from the row read from the same lines, and keeps what the
 * officer typed in its other fields; a row the officer removed stays removed. A row only the new
 * reading has comes in as read.
 */
export function withNumbersOf(
  edited: readonly EditableRow[],
  before: readonly ImportedRow[],
  after: readonly ImportedRow[],
  firstKey: number
): EditableRow[] {
  const kept = new Map(edited.map((row) => [linesKey(row.lines), row]));
  const readBefore = new Set(before.map((row) => linesKey(row.lines)));
  const fresh = editableRows(after, firstKey);
  return fresh.flatMap((row) => {
    const key = linesKey(row.lines);
    const own = kept.get(key);
    if (own) return [{ ...own, number: row.number }];
    return readBefore.has(key) ? [] : [row];
  });
}
