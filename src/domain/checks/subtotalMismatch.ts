import { Mismatch } from "../budgetAudit";
import { cellAddress } from "../grid";
import { likelyCauses } from "../likelyCauses";
import { causeText, sumText } from "../messages";
import { Check, CheckContext, findingAt, nameOf } from "./context";

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

/** The sums above that add the wrong figure in, with what they become once it is corrected. */
function consequenceText(context: CheckContext, mismatch: Mismatch, expected: number): string {
  const { columns, total } = context.appendix;
  const column = columns.budget;
  if (mismatch.consequences.length === 0 || column === undefined) return "";
  const sums = mismatch.consequences.map(({ node, corrected }) => ({
    name: node ? causeText.itemName(nameOf(node.row)) : causeText.totalName,
    cell: cellAddress(column, node ? node.row.row : (total?.row as number)),
    corrected,
  }));
  return causeText.consequences(expected, sums);
}
