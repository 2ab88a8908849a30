import { likelyCauses } from "../likelyCauses";
import { causeText, sumText } from "../messages";
import { Check, findingAt, nameOf } from "./context";

/** subtotal.mismatch: a group's Kinh phí is not the sum of its children's. */
export const subtotalMismatch: Check = (context) => {
  const { budget, outline } = context;
  const misplaced = budget.misplaced.map(({ node, parent, amount }) =>
    findingAt(context, "subtotal.mismatch", "error", "budget", node.row, {
      message: causeText.misplaced(nameOf(node.row), nameOf(parent.row), amount),
      hint: causeText.misplacedHint(nameOf(node.row), nameOf(parent.row)),
      expected: 0,
      actual: amount,
    })
  );
  const mismatches = budget.mismatches.flatMap((mismatch) => {
    if (!mismatch.node) return [];
    const expected = (mismatch.deep ?? mismatch.direct) as number;
    return [
      findingAt(context, "subtotal.mismatch", "error", "budget", mismatch.node.row, {
        message: sumText.subtotal(nameOf(mismatch.node.row), mismatch.actual, expected),
        hint: likelyCauses(mismatch, outline.roots),
        expected,
        actual: mismatch.actual,
      }),
    ];
  });
  return [...misplaced, ...mismatches];
};
