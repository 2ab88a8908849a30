import { sumText } from "../messages";
import { Check, findingAt, nameOf } from "./context";

/** subtotal.blank: a group left without its subtotal although its children carry amounts. */
export const subtotalBlank: Check = (context) =>
  context.budget.blankSubtotals.map(({ node, sum }) =>
    findingAt(context, "subtotal.blank", "info", "budget", node.row, {
      message: sumText.blankSubtotal(nameOf(node.row), sum),
      hint: sumText.blankSubtotalHint(sum),
      expected: sum,
    })
  );
