import { expectedOf } from "../budgetAudit";
import { wrongByFormula } from "../formulaCoverage";
import { likelyCauses } from "../likelyCauses";
import { money } from "../messages";
import { nameOf } from "../rowNames";
import { consequenceText } from "./support/sumConsequences";
import { defineRule } from "./support/rule";

/**
 * subtotal.mismatch: a group's Kinh phí is not the sum of its children's. A formula that adds up the
 * wrong rows is the cause, and subtotal.formula reports it at the same cell with the figures: not again here.
 */
export const subtotalMismatch = defineRule({
  id: "subtotal.mismatch",
  stage: "column",
  severity: "error",
  field: "budget",
  description:
    "Cộng kinh phí của mỗi mục bằng tổng kinh phí các mục con; số sai được báo ở đúng ô ghi sai.",
  messages: {
    subtotal: (number: string, actual: number, expected: number) =>
      `Kinh phí mục ${number} ghi ${money(actual)} nhưng các mục con cộng lại ${money(expected)} (chênh ${money(Math.abs(actual - expected))}).`,
    misplaced: (number: string, parent: string, amount: number) =>
      `Kinh phí ${money(amount)} ghi ở mục ${number} nhưng các mục con của ${number} không có kinh phí, còn mục ${parent} để trống; ${money(amount)} bằng đúng tổng các mục khác của ${parent}.`,
    misplacedHint: (number: string, parent: string) =>
      `Có lẽ đây là cộng mục của mục ${parent} ghi lệch xuống dòng ${number}: chuyển số này lên dòng ${parent} thì Tổng cộng khớp.`,
  },
  check: (context, { at, messages }) => {
    const { budget, outline, formulas } = context;
    const misplaced = budget.misplaced.flatMap(({ node, parent, amount }) =>
      wrongByFormula(formulas, node)
        ? []
        : [
            at(node.row, {
              message: messages.misplaced(nameOf(node.row), nameOf(parent.row), amount),
              hint: messages.misplacedHint(nameOf(node.row), nameOf(parent.row)),
              expected: 0,
              actual: amount,
            }),
          ]
    );
    const mismatches = budget.mismatches.flatMap((mismatch) => {
      if (!mismatch.node || wrongByFormula(formulas, mismatch.node)) return [];
      const expected = expectedOf(mismatch);
      const consequences = consequenceText(context, mismatch, expected);
      return [
        at(mismatch.node.row, {
          message: messages.subtotal(nameOf(mismatch.node.row), mismatch.actual, expected),
          hint: [likelyCauses(mismatch, outline.roots), consequences].filter(Boolean).join(" "),
          expected,
          actual: mismatch.actual,
        }),
      ];
    });
    return [...misplaced, ...mismatches];
  },
});
