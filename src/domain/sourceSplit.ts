import { amountColumnView } from "./amountColumnView";
import { Appendix, AppendixRow, TotalRow } from "./appendix";
import { AmountReading } from "./money";

/**
 * A row whose "Tổng số" is not the sum of its sources, with the one cell to change: the total, or the
 * source whose column's subtotals agree once it is corrected.
 */
export interface SourceFault {
  /** Sheet row. */
  row: number;
  /** Index into Appendix.amountColumns of the cell to change. */
  column: number;
  /** The cell as written; null when blank. */
  actual: number | null;
  /** What makes the row add up. */
  expected: number;
  /** The row's Tổng số as written (null when blank) and what its sources add up to. */
  stated: number | null;
  sum: number;
}

/** How many rows are tried cell by cell; past that a fault is placed at the total. */
const MAX_TRIED_ROWS = 20;

/**
 * Rows where sources and total disagree. For each, every cell of the row is tried at the value that
 * would make the row add up; the cell whose column then has fewer wrong subtotals is the one reported,
 * so that a typo is named once, where it is, and not again by the subtotals above it. When no column
 * tells, the total is.
 */
export function analyseSources(
  appendix: Appendix,
  mismatches: (view: Appendix) => number
): SourceFault[] {
  const totalIndex = appendix.amountColumns.findIndex((column) => column.isTotal);
  if (totalIndex < 0) return [];
  const rows: (AppendixRow | TotalRow)[] = appendix.total
    ? [...appendix.rows, appendix.total]
    : appendix.rows;
  const faults: SourceFault[] = [];
  let views: Appendix[] | null = null;
  let base: number[] = [];
  for (const row of rows) {
    const split = splitOf(row.amounts, totalIndex);
    if (!split) continue;
    const fault: SourceFault = {
      row: row.row,
      column: totalIndex,
      actual: split.stated,
      expected: split.sum,
      ...split,
    };
    faults.push(fault);
    if (faults.length > MAX_TRIED_ROWS || split.stated === null) continue;
    views ??= appendix.amountColumns.map((_, index) => amountColumnView(appendix, index));
    if (base.length === 0) base = views.map(mismatches);
    let bestGain = 0;
    for (let index = 0; index < views.length; index++) {
      const actual = valueOf(row.amounts[index]);
      const expected =
        index === totalIndex ? split.sum : split.stated - (split.sum - (actual ?? 0));
      if (expected < 0) continue;
      const gain = base[index] - mismatches(withAmount(views[index], row.row, expected));
      if (gain > bestGain) {
        bestGain = gain;
        Object.assign(fault, { column: index, actual, expected });
      }
    }
  }
  return faults;
}

/** The view of one amount column with the faults placed in it read at their expected values. */
export function withFaultsCorrected(view: Appendix, faults: SourceFault[]): Appendix {
  return faults.reduce(
    (corrected, fault) => withAmount(corrected, fault.row, fault.expected),
    view
  );
}

/**
 * The row's stated total and what its sources add up to, when they disagree. A row with no source
 * filled is not split; an unreadable amount is reported by budget.format and leaves the row unjudged.
 */
function splitOf(
  amounts: AmountReading[],
  totalIndex: number
): { stated: number | null; sum: number } | null {
  let sum = 0;
  let any = false;
  for (let i = 0; i < amounts.length; i++) {
    if (i === totalIndex || amounts[i].kind === "empty") continue;
    const value = valueOf(amounts[i]);
    if (value === null) return null;
    sum += value;
    any = true;
  }
  const stated = amounts[totalIndex];
  if (!any || (stated.kind !== "amount" && stated.kind !== "empty")) return null;
  const value = valueOf(stated);
  return value === sum ? null : { stated: value, sum };
}

function valueOf(reading: AmountReading): number | null {
  return reading.kind === "amount" ? reading.value : null;
}

function withAmount(view: Appendix, row: number, value: number): Appendix {
  const amount: AmountReading = { kind: "amount", value };
  if (view.total?.row === row) return { ...view, total: { ...view.total, amount } };
  return { ...view, rows: view.rows.map((r) => (r.row === row ? { ...r, amount } : r)) };
}
