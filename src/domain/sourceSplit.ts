import { amountColumnView } from "./amountColumnView";
import { Appendix, AppendixRow, TotalRow } from "./appendix";
import { AmountReading, EMPTY_AMOUNT } from "./money";
import { Outline, OutlineNode } from "./outline";

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
  /**
   * Sheet rows above that add this one in and disagree only because of it (their sums took the same
   * typo in): named with it, not reported again.
   */
  consequences: number[];
}

/** How many faults are tried cell by cell; past that a fault is placed at the total. */
const MAX_TRIED_ROWS = 20;

interface Split {
  row: AppendixRow | TotalRow;
  stated: number | null;
  sum: number;
}

/** What the nearest disagreeing rows below a point add up to, and the faults they come from. */
interface Nearest {
  difference: number;
  causes: SourceFault[];
}

/**
 * Rows where sources and total disagree, each fault reported once, where it starts: a row above that
 * disagrees by exactly what the disagreeing rows below it do is their consequence (its sums took the
 * same typo in). For each fault every cell of its row is tried at the value that makes the row add up,
 * its consequences moved with it; the cell whose column then has fewer wrong subtotals is the one
 * reported. When no column tells, the total is.
 */
export function analyseSources(
  appendix: Appendix,
  outline: Outline,
  mismatches: (view: Appendix) => number
): SourceFault[] {
  const totalIndex = appendix.amountColumns.findIndex((column) => column.isTotal);
  if (totalIndex < 0) return [];
  const splits = new Map<AppendixRow | TotalRow, Split>();
  for (const row of appendix.total ? [...appendix.rows, appendix.total] : appendix.rows) {
    const split = splitOf(row.amounts, totalIndex);
    if (split) splits.set(row, { row, ...split });
  }
  if (splits.size === 0) return [];

  const faults: SourceFault[] = [];
  const judge = (split: Split, below: Nearest): SourceFault[] => {
    if (
      split.stated !== null &&
      below.difference !== 0 &&
      differenceOf(split) === below.difference
    ) {
      for (const cause of new Set(below.causes)) cause.consequences.push(split.row.row);
      return below.causes;
    }
    const fault: SourceFault = {
      row: split.row.row,
      column: totalIndex,
      actual: split.stated,
      expected: split.sum,
      stated: split.stated,
      sum: split.sum,
      consequences: [],
    };
    faults.push(fault);
    return [fault];
  };
  // Depth first, so that a row is judged after the rows below it; as deep as the numbering.
  const walk = (children: OutlineNode[]): Nearest => {
    const nearest: Nearest = { difference: 0, causes: [] };
    for (const child of children) {
      const below = walk(child.children);
      const split = splits.get(child.row);
      if (!split) {
        nearest.difference += below.difference;
        nearest.causes.push(...below.causes);
        continue;
      }
      nearest.difference += differenceOf(split);
      nearest.causes.push(...judge(split, below));
    }
    return nearest;
  };
  const top = walk(outline.roots);
  const totalSplit = appendix.total && splits.get(appendix.total);
  if (totalSplit) judge(totalSplit, top);

  placeFaults(appendix, faults, totalIndex, mismatches);
  return faults.sort((a, b) => a.row - b.row);
}

/** Each fault at the cell whose column agrees best once it, and its consequences, are corrected. */
function placeFaults(
  appendix: Appendix,
  faults: SourceFault[],
  totalIndex: number,
  mismatches: (view: Appendix) => number
): void {
  const rows = new Map<number, AppendixRow | TotalRow>(
    (appendix.total ? [...appendix.rows, appendix.total] : appendix.rows).map((row) => [
      row.row,
      row,
    ])
  );
  let views: Appendix[] | null = null;
  let base: number[] = [];
  faults.slice(0, MAX_TRIED_ROWS).forEach((fault) => {
    if (fault.stated === null) return;
    const row = rows.get(fault.row) as AppendixRow | TotalRow;
    views ??= appendix.amountColumns.map((_, index) => amountColumnView(appendix, index));
    if (base.length === 0) base = views.map(mismatches);
    let bestGain = 0;
    const tried = { ...fault };
    for (let index = 0; index < views.length; index++) {
      const actual = valueOf(row.amounts[index]);
      const difference = (fault.stated as number) - fault.sum;
      const expected = index === totalIndex ? fault.sum : (actual ?? 0) + difference;
      if (expected < 0) continue;
      Object.assign(tried, { column: index, actual, expected });
      const gain = base[index] - mismatches(withFaultsCorrected(views[index], [tried]));
      if (gain > bestGain) {
        bestGain = gain;
        Object.assign(fault, { column: index, actual, expected });
      }
    }
  });
}

/**
 * The view of one amount column with the faults placed in it read at their expected values, and
 * their consequences moved by as much.
 */
export function withFaultsCorrected(view: Appendix, faults: SourceFault[]): Appendix {
  if (faults.length === 0) return view;
  const written = new Map<number, AmountReading>(view.rows.map((row) => [row.row, row.amount]));
  if (view.total) written.set(view.total.row, view.total.amount);
  const values = new Map<number, number>();
  for (const fault of faults) {
    const shift = fault.expected - (fault.actual ?? 0);
    values.set(fault.row, fault.expected);
    for (const row of fault.consequences) {
      const value = values.get(row) ?? valueOf(written.get(row) ?? EMPTY_AMOUNT);
      if (value !== null) values.set(row, value + shift);
    }
  }
  const corrected = <T extends { row: number; amount: AmountReading }>(row: T): T => {
    const value = values.get(row.row);
    return value === undefined ? row : { ...row, amount: { kind: "amount", value } };
  };
  return { ...view, rows: view.rows.map(corrected), total: view.total && corrected(view.total) };
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

function differenceOf(split: Split): number {
  return (split.stated ?? 0) - split.sum;
}

function valueOf(reading: AmountReading): number | null {
  return reading.kind === "amount" ? reading.value : null;
}
