import { wrongByFormula } from "../formulaCoverage";
import { likelyCauses } from "../likelyCauses";
import { sumText } from "../messages";
import { Check, findingAt } from "./context";

/**
 * total.mismatch: the grand total is not the sum of the top-level rows. A total formula that adds up
 * the wrong rows is the cause, and subtotal.formula reports it at the same cell: not again here.
 */
export const totalMismatch: Check = (context) => {
  const total = context.appendix.total;
  if (!total || wrongByFormula(context.formulas, null)) return [];
  return context.budget.mismatches.flatMap((mismatch) => {
    if (mismatch.node) return [];
    const expected = (mismatch.deep ?? mismatch.direct) as number;
    return [
      findingAt(context, "total.mismatch", "error", "budget", total, {
        message: sumText.total(mismatch.actual, expected),
        hint: likelyCauses(mismatch, context.outline.roots),
        expected,
        actual: mismatch.actual,
      }),
    ];
  });
};
