import { Appendix, AppendixRow, TotalRow } from "../appendix";
import { BudgetAudit } from "../budgetAudit";
import { Field } from "../columns";
import { Finding, Severity } from "../finding";
import { FormulaCoverage } from "../formulaCoverage";
import { cellAddress } from "../grid";
import { NumberSequence } from "../numberSequence";
import { Outline } from "../outline";
import { SourceFault } from "../sourceSplit";

/** What every rule may look at: the table, its tree, and the analyses the rules share. */
export interface CheckContext {
  appendix: Appendix;
  outline: Outline;
  sequence: NumberSequence;
  budget: BudgetAudit;
  /** Subtotal and total formulas that add up other rows than their children. */
  formulas: FormulaCoverage;
  /** Rows whose Tổng số and sources disagree, where the table splits Kinh phí into sources. */
  sourceFaults: SourceFault[];
}

export type Check = (context: CheckContext) => Finding[];

export interface FindingDraft {
  message: string;
  hint?: string | null;
  expected?: number | null;
  actual?: number | null;
}

/** The table's rows and its total row: every row with a Kinh phí cell. */
export function amountRows(
  appendix: Appendix
): (AppendixRow | (TotalRow & { numberText: string }))[] {
  const total = appendix.total;
  return total ? [...appendix.rows, { ...total, numberText: "" }] : appendix.rows;
}

/** A finding at one column of a row of the table. */
export function findingAt(
  context: CheckContext,
  rule: string,
  severity: Severity,
  field: Field,
  row: AppendixRow | { row: number; numberText?: string },
  draft: FindingDraft
): Finding {
  const column = context.appendix.columns[field] ?? context.appendix.columns.task ?? 1;
  return {
    rule,
    severity,
    row: row.row,
    cell: cellAddress(column, row.row),
    number: row.numberText ? row.numberText : null,
    message: draft.message,
    expected: draft.expected ?? null,
    actual: draft.actual ?? null,
    hint: draft.hint ?? null,
  };
}

/** The row's number as the person wrote it, or a description when it has none. */
export function nameOf(row: AppendixRow): string {
  return row.number.kind === "number"
    ? row.number.number.canonical
    : row.numberText || `ở dòng ${row.row}`;
}

/** A row as a person finds it in the sheet: "1.2 (dòng 9)", or "dòng 9" when it has no number. */
export function rowName(row: AppendixRow): string {
  const number = row.number.kind === "number" ? row.number.number.canonical : row.numberText;
  return number ? `${number} (dòng ${row.row})` : `dòng ${row.row}`;
}
