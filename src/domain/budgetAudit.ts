import { TotalRow } from "./appendix";
import { AmountReading } from "./money";
import { nodesWithAmountsBelow, Outline, OutlineNode } from "./outline";

/**
 * A subtotal (or the grand total) that agrees neither with the amounts written just below it nor with
 * the detail amounts further down.
 */
export interface Mismatch {
  /** null for the grand total. */
  node: OutlineNode | null;
  actual: number;
  /**
   * Sum of the nearest amounts written below: each child's own, and for a child group left blank, the
   * nearest amounts written below it in turn.
   */
  direct: number | null;
  /** Sum of the detail amounts below, each child group counted by what its own children add up to. */
  deep: number | null;
  /**
   * The written sums above (subtotals, then the grand total) that add this wrong figure in and agree
   * with it: each is right as it stands and becomes wrong once this one is corrected.
   */
  consequences: Consequence[];
}

/** A sum above a wrong subtotal that agrees with it, and what it says once that one is corrected. */
export interface Consequence {
  /** null for the grand total. */
  node: OutlineNode | null;
  actual: number;
  corrected: number;
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
  /** The nearest amounts written: the node's own, or for a blank group what is written below it. */
  near: number | null;
  deep: number | null;
  hasAmount: boolean;
}
/** A group with its own amount, judged against the sums below it. */
interface Judged {
  direct: number | null;
  deep: number | null;
}
interface Evaluation extends Omit<BudgetAudit, "misplaced"> {
  judged: Map<OutlineNode, Judged>;
  top: Judged;
}

/**
 * What a wrong sum should say: the details when they add up, else the amounts written just below. A
 * mismatch always has one of the two: a sum with neither is not judged.
 */
export function expectedOf(mismatch: Pick<Mismatch, "direct" | "deep">): number {
  return (mismatch.deep ?? mismatch.direct) as number;
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
 * nearest amounts written below it or the sum of the details: so a wrong figure deep down is reported
 * where it is, not again at every level above it, and the sums above that add it in are named with it.
 * An amount that cannot be read makes the sums above it unknown and they are not judged.
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
  const kept = best.mismatches.length < asWritten.mismatches.length;
  const chosen = kept ? best : asWritten;
  const amountOf = amountReader(kept ? overrides : new Map());
  const mismatches = chosen.mismatches.map((mismatch) => ({
    ...mismatch,
    consequences: consequencesOf(mismatch, chosen, amountOf, total),
  }));
  return {
    mismatches,
    blankSubtotals: chosen.blankSubtotals,
    topLevelSum: chosen.topLevelSum,
    misplaced: kept ? misplaced : [],
  };
}

/** Fewer wrong sums, or as many but by less. */
function isCloser(trial: Mismatch[], best: Mismatch[]): boolean {
  const gap = (mismatches: Mismatch[]) =>
    mismatches.reduce((sum, m) => sum + Math.abs(m.actual - expectedOf(m)), 0);
  return trial.length < best.length || (trial.length === best.length && gap(trial) < gap(best));
}

/**
 * The written sums above a wrong subtotal that agree with it: going up, blank groups are passed
 * through, and each subtotal that equals what is written below it (and not the details) is named;
 * the first one that does not stops the walk. The grand total is named when every level up to it was.
 */
function consequencesOf(
  mismatch: Mismatch,
  evaluation: Evaluation,
  amountOf: (node: OutlineNode) => Written,
  total: TotalRow | null
): Consequence[] {
  if (!mismatch.node) return [];
  const delta = expectedOf(mismatch) - mismatch.actual;
  const consequences: Consequence[] = [];
  for (let node = mismatch.node.parent; node; node = node.parent) {
    const own = amountOf(node);
    if (own === null) continue;
    const sums = evaluation.judged.get(node);
    if (typeof own !== "number" || !sums || own !== sums.direct || own === sums.deep)
      return consequences;
    consequences.push({ node, actual: own, corrected: own + delta });
  }
  const { top } = evaluation;
  if (total?.amount.kind === "amount") {
    const actual = total.amount.value;
    if (actual === top.direct && actual !== top.deep)
      consequences.push({ node: null, actual, corrected: actual + delta });
  }
  return consequences;
}

/**
 * Groups that carry an amount while nothing below them does, under a parent left blank, where the
 * amount equals what the parent's other children add up to: it may be the parent's subtotal.
 */
function misplacedCandidates(outline: Outline): Misplaced[] {
  const withAmounts = nodesWithAmountsBelow(outline);
  // What each node's details add up to, and each group's children together: one pass from the end.
  const detail = new Map<OutlineNode, number>();
  const childrenDetail = new Map<OutlineNode, number>();
  for (let i = outline.nodes.length - 1; i >= 0; i--) {
    const node = outline.nodes[i];
    const own = written(node.row.amount);
    const value = typeof own === "number" ? own : (childrenDetail.get(node) ?? 0);
    detail.set(node, value);
    if (node.parent)
      childrenDetail.set(node.parent, (childrenDetail.get(node.parent) ?? 0) + value);
  }
  const candidates: Misplaced[] = [];
  for (const node of outline.nodes) {
    const amount = written(node.row.amount);
    const parent = node.parent;
    if (typeof amount !== "number" || amount === 0 || !parent || node.children.length === 0)
      continue;
    if (parent.row.amount.kind !== "empty" || withAmounts.has(node)) continue;
    const siblingSum = (childrenDetail.get(parent) ?? 0) - (detail.get(node) ?? 0);
    if (siblingSum === amount) candidates.push({ node, parent, amount });
  }
  return candidates;
}

function amountReader(overrides: Map<OutlineNode, Written>) {
  return (node: OutlineNode): Written =>
    overrides.has(node) ? (overrides.get(node) as Written) : written(node.row.amount);
}

function evaluate(
  outline: Outline,
  total: TotalRow | null,
  overrides: Map<OutlineNode, Written>
): Evaluation {
  const mismatches: Mismatch[] = [];
  const blankSubtotals: BudgetAudit["blankSubtotals"] = [];
  const judged = new Map<OutlineNode, Judged>();
  const amountOf = amountReader(overrides);

  const sumChildren = (sums: Sums[]) => {
    let direct: number | null = 0;
    let deep: number | null = 0;
    let hasAmount = false;
    for (const sum of sums) {
      direct = direct === null || sum.near === null ? null : direct + sum.near;
      deep = deep === null || sum.deep === null ? null : deep + sum.deep;
      hasAmount ||= sum.hasAmount;
    }
    return { direct, deep, hasAmount };
  };

  // Recursion is as deep as the numbering, a handful of levels.
  const visit = (node: OutlineNode): Sums => {
    const own = amountOf(node);
    if (node.children.length === 0) {
      if (own === "unreadable") return { near: null, deep: null, hasAmount: true };
      return { near: own ?? 0, deep: own ?? 0, hasAmount: own !== null };
    }
    const children = sumChildren(node.children.map(visit));
    if (own === "unreadable") return { near: null, deep: null, hasAmount: true };
    if (own === null) {
      if (children.hasAmount && children.deep !== null && children.deep !== 0) {
        blankSubtotals.push({ node, sum: children.deep });
      }
      // A blank group passes on what is written below it.
      return { near: children.direct, deep: children.deep, hasAmount: children.hasAmount };
    }
    // A group with an amount and nothing below it is a lump sum for the whole group.
    if (!children.hasAmount) return { near: own, deep: own, hasAmount: true };
    if (children.direct === null && children.deep === null)
      return { near: own, deep: own, hasAmount: true };
    judged.set(node, { direct: children.direct, deep: children.deep });
    if (own !== children.direct && own !== children.deep) {
      mismatches.push({
        node,
        actual: own,
        direct: children.direct,
        deep: children.deep,
        consequences: [],
      });
    }
    return { near: own, deep: children.deep ?? own, hasAmount: true };
  };
  const top = sumChildren(outline.roots.map(visit));
  if (total && total.amount.kind === "amount") {
    const actual = total.amount.value;
    if (
      (top.direct !== null || top.deep !== null) &&
      actual !== top.direct &&
      actual !== top.deep
    ) {
      mismatches.push({
        node: null,
        actual,
        direct: top.direct,
        deep: top.deep,
        consequences: [],
      });
    }
  }
  return {
    mismatches,
    blankSubtotals,
    topLevelSum: top.direct,
    judged,
    top: { direct: top.direct, deep: top.deep },
  };
}
