import { TotalRow } from "./appendix";
import { AmountReading } from "./money";
import { amountsBelow, Outline, OutlineNode } from "./outline";

/**
 * A subtotal (or the grand total) that agrees neither with the amounts written just below it nor with
 * the detail amounts further down.
 */
export interface Mismatch {
  /** null for the grand total. */
  node: OutlineNode | null;
  actual: number;
  /** Sum of the children as written (a child group counts with its own subtotal). */
  direct: number | null;
  /** Sum of the detail amounts below, each child group counted by what its own children add up to. */
  deep: number | null;
}

/** A lump sum one level too low: a group's amount that is really its parent's subtotal. */
export interface Misplaced {
  node: OutlineNode;
  parent: OutlineNode;
  amount: number;
}

export interface BudgetAudit {
  mismatches: Mismatch[];
  misplaced: Misplaced[];
  /** Groups left blank whose children carry amounts, with what they add up to. */
  blankSubtotals: { node: OutlineNode; sum: number }[];
  /** What the top-level rows add up to, as written; null when an amount cannot be read. */
  topLevelSum: number | null;
}

type Written = number | null | "unreadable";
interface Sums {
  deep: number | null;
  hasAmount: boolean;
}

/** A negative amount is reported where it is; like an unreadable one, it leaves the sums above it unjudged. */
function written(amount: AmountReading): Written {
  if (amount.kind === "empty") return null;
  return amount.kind === "amount" && amount.value >= 0 ? amount.value : "unreadable";
}

/** How many alternative readings of misplaced amounts are tried; each is one pass over the tree. */
const MAX_HYPOTHESES = 20;

/**
 * Checks every subtotal and the grand total. A subtotal is right when it equals either the sum of the
 * amounts written below it or the sum of the details: so a wrong figure deep down is reported where it
 * is, not again at every level above it. An amount that cannot be read makes the sums above it unknown
 * and they are not judged.
 */
export function auditBudget(outline: Outline, total: TotalRow | null): BudgetAudit {
  // Read each candidate as its parent's subtotal while that brings the sums closer to agreeing;
  // keep the reading only if, in the end, fewer sums are wrong than as written.
  const asWritten = evaluate(outline, total, new Map());
  const overrides = new Map<OutlineNode, Written>();
  let best = asWritten;
  const misplaced: Misplaced[] = [];
  for (const candidate of misplacedCandidates(outline).slice(0, MAX_HYPOTHESES)) {
    const trialOverrides = new Map(overrides)
      .set(candidate.node, null)
      .set(candidate.parent, candidate.amount);
    const trial = evaluate(outline, total, trialOverrides);
    if (isCloser(trial.mismatches, best.mismatches)) {
      best = trial;
      trialOverrides.forEach((value, node) => overrides.set(node, value));
      misplaced.push(candidate);
    }
  }
  if (best.mismatches.length >= asWritten.mismatches.length) return { ...asWritten, misplaced: [] };
  return { ...best, misplaced };
}

/** Fewer wrong sums, or as many but by less. */
function isCloser(trial: Mismatch[], best: Mismatch[]): boolean {
  const gap = (mismatches: Mismatch[]) =>
    mismatches.reduce((sum, m) => sum + Math.abs(m.actual - ((m.deep ?? m.direct) as number)), 0);
  return trial.length < best.length || (trial.length === best.length && gap(trial) < gap(best));
}

/**
 * Groups that carry an amount while nothing below them does, under a parent left blank, where the
 * amount equals what the parent's other children add up to: it may be the parent's subtotal.
 */
function misplacedCandidates(outline: Outline): Misplaced[] {
  const candidates: Misplaced[] = [];
  for (const node of outline.nodes) {
    const amount = written(node.row.amount);
    const parent = node.parent;
    if (typeof amount !== "number" || amount === 0 || !parent || node.children.length === 0)
      continue;
    if (parent.row.amount.kind !== "empty" || amountsBelow(node)) continue;
    const siblings = parent.children.filter((child) => child !== node);
    const siblingSum = siblings.reduce((sum, child) => sum + detailSum(child), 0);
    if (siblingSum === amount) candidates.push({ node, parent, amount });
  }
  return candidates;
}

function detailSum(node: OutlineNode): number {
  const amount = written(node.row.amount);
  if (typeof amount === "number") return amount;
  return node.children.reduce((sum, child) => sum + detailSum(child), 0);
}

function evaluate(
  outline: Outline,
  total: TotalRow | null,
  overrides: Map<OutlineNode, Written>
): Omit<BudgetAudit, "misplaced"> {
  const mismatches: Mismatch[] = [];
  const blankSubtotals: BudgetAudit["blankSubtotals"] = [];
  const amountOf = (node: OutlineNode): Written =>
    overrides.has(node) ? (overrides.get(node) as Written) : written(node.row.amount);

  const sumChildren = (children: OutlineNode[], sums: Sums[]) => {
    let direct: number | null = 0;
    let deep: number | null = 0;
    children.forEach((child, i) => {
      const own = amountOf(child);
      const childDeep = sums[i].deep;
      if (own === "unreadable") direct = null;
      else if (direct !== null)
        direct = own !== null ? direct + own : childDeep === null ? null : direct + childDeep;
      deep = deep === null || childDeep === null ? null : deep + childDeep;
    });
    return { direct, deep, hasAmount: sums.some((sum) => sum.hasAmount) };
  };

  // Recursion is as deep as the numbering, a handful of levels.
  const visit = (node: OutlineNode): Sums => {
    const own = amountOf(node);
    if (node.children.length === 0) {
      if (own === "unreadable") return { deep: null, hasAmount: true };
      return { deep: own ?? 0, hasAmount: own !== null };
    }
    const children = sumChildren(node.children, node.children.map(visit));
    if (own === "unreadable") return { deep: null, hasAmount: true };
    if (own === null) {
      if (children.hasAmount && children.deep !== null && children.deep !== 0) {
        blankSubtotals.push({ node, sum: children.deep });
      }
      return { deep: children.deep, hasAmount: children.hasAmount };
    }
    // A group with an amount and nothing below it is a lump sum for the whole group.
    if (!children.hasAmount) return { deep: own, hasAmount: true };
    if (children.direct === null && children.deep === null) return { deep: own, hasAmount: true };
    if (own !== children.direct && own !== children.deep) {
      mismatches.push({ node, actual: own, direct: children.direct, deep: children.deep });
    }
    return { deep: children.deep ?? own, hasAmount: true };
  };
  const top = sumChildren(outline.roots, outline.roots.map(visit));
  if (total && total.amount.kind === "amount") {
    const actual = total.amount.value;
    if (
      (top.direct !== null || top.deep !== null) &&
      actual !== top.direct &&
      actual !== top.deep
    ) {
      mismatches.push({ node: null, actual, direct: top.direct, deep: top.deep });
    }
  }
  return { mismatches, blankSubtotals, topLevelSum: top.direct };
}
