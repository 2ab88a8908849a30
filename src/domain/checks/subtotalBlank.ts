import { money } from "../messages";
import { nameOf } from "../rowNames";
import { defineRule } from "./support/rule";

/** subtotal.blank: a group left without its subtotal although its children carry amounts. */
export const subtotalBlank = defineRule({
  id: "subtotal.blank",
  stage: "column",
  severity: "info",
  field: "budget",
  description: "Mục có các mục con ghi kinh phí thì ghi cả cộng kinh phí của mục.",
  messages: {
    blankSubtotal: (number: string, sum: number) =>
      `Mục ${number} chưa ghi cộng kinh phí; các mục con cộng lại ${money(sum)}.`,
    blankSubtotalHint: (sum: number) =>
      `Ghi ${money(sum)} (hoặc công thức cộng các mục con) vào ô kinh phí.`,
  },
  check: (context, { at, messages }) =>
    context.budget.blankSubtotals.map(({ node, sum }) =>
      at(node.row, {
        message: messages.blankSubtotal(nameOf(node.row), sum),
        hint: messages.blankSubtotalHint(sum),
        expected: sum,
      })
    ),
});
