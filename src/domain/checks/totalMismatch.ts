import { likelyCauses } from "../likelyCauses";
import { sumText } from "../messages";
import { Check, findingAt } from "./context";

/** total.mismatch: the grand total is not the sum of the top-level rows. */
export const totalMismatch: Check = (context) => {
  const total = context.appendix.total;
  if (!total) return [];
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
