import { wrongByFormula } from "../formulaCoverage";
import { likelyCauses } from "../likelyCauses";
import { causeText, sumText } from "../messages";
import { Check, findingAt, nameOf } from "./context";
import { consequenceText } from "./sumConsequences";

/**
 * subtotal.mismatch: a group's Kinh phí is not the sum of its children's. A formula that adds up the
 * wrong rows is the cause, and subtotal.formula reports it at the same cell with the figures: not again here.
 */
export const subtotalMismatch: Check = (context) => {
  const { budget, outline, formulas } = context;
  const misplaced = budget.misplaced.flatMap(({ node, parent, amount }) =>
    wrongByFormula(formulas, node)
      ? []
      : [
          findingAt(context, "subtotal.mismatch", "error", "budget", node.row, {
            message: causeText.misplaced(nameOf(node.row), nameOf(parent.row), amount),
            hint: causeText.misplacedHint(nameOf(node.row), nameOf(parent.row)),
            expected: 0,
            actual: amount,
          }),
        ]
  );
  const mismatches = budget.mismatches.flatMap((mismatch) => {
    if (!mismatch.node || wrongByFormula(formulas, mismatch.node)) return [];
    const expected = (mismatch.deep ?? mismatch.direct) as number;
    const consequences = consequenceText(context, mismatch, expected);
    return [
      findingAt(context, "subtotal.mismatch", "error", "budget", mismatch.node.row, {
        message: sumText.subtotal(nameOf(mismatch.node.row), mismatch.actual, expected),
        hint: [likelyCauses(mismatch, outline.roots), consequences].filter(Boolean).join(" "),
        expected,
        actual: mismatch.actual,
      }),
    ];
  });
  return [...misplaced, ...mismatches];
};
