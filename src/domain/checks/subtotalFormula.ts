import { Mismatch } from "../budgetAudit";
import { FormulaFault } from "../formulaCoverage";
import { formulaText } from "../messages";
import { OutlineNode } from "../outline";
import { Check, findingAt, FindingDraft, nameOf, rowName } from "./context";
import { consequenceText } from "./sumConsequences";

/**
 * subtotal.formula: a subtotal (or total) formula that does not add up exactly the rows below it (see
 * formulaCoverage). An error when a row it leaves out or adds in carries an amount: the figure is wrong
 * now, and this finding, which gives the cause, the figures and this sum's own correct formula, is the
 * only one at the cell. A note when those rows are all still without an amount (the figure is right
 * now, and goes wrong once they get one).
 */
export const subtotalFormula: Check = (context) => {
  const { budget, formulas } = context;
  if (formulas.faults.length === 0) return [];
  const mismatchAt = new Map<OutlineNode | null, Mismatch>(
    budget.mismatches.map((mismatch) => [mismatch.node, mismatch])
  );
  const blank = new Set(budget.blankSubtotals.map(({ node }) => node));
  const names = (nodes: OutlineNode[]) => nodes.map((node) => rowName(node.row));

  const draft = (fault: FormulaFault): FindingDraft => {
    const isTotal = fault.node === null;
    const name = fault.node ? nameOf(fault.node.row) : formulaText.totalName;
    const extra = names(fault.extra);
    const missing = names(fault.missing);
    const children = fault.node ? fault.node.children : context.outline.roots;
    const hint = formulaText.coversHint(
      fault.correct,
      isTotal,
      children.filter((child) => blank.has(child)).map((child) => nameOf(child.row))
    );
    if (!fault.counts)
      return { message: formulaText.coversLater(name, extra, missing, isTotal), hint };
    const message = formulaText.covers(name, extra, missing);
    const mismatch = mismatchAt.get(fault.node);
    if (!mismatch) return { message, hint };
    const expected = (mismatch.deep ?? mismatch.direct) as number;
    const consequences = consequenceText(context, mismatch, expected);
    return {
      message: `${message} ${formulaText.coversFigures(mismatch.actual, expected, isTotal)}`,
      hint: consequences ? `${hint} ${consequences}` : hint,
      expected,
      actual: mismatch.actual,
    };
  };

  return formulas.faults.map((fault) =>
    findingAt(
      context,
      "subtotal.formula",
      fault.counts ? "error" : "info",
      "budget",
      fault.row,
      draft(fault)
    )
  );
};
