import { budgetText as text } from "../messages";
import { Check, findingAt } from "./context";

/**
 * budget.text: a task's Kinh phí written as words that are no amount ("Lồng ghép", "Kinh phí thường
 * xuyên", "Không"): the task has no money of its own. A note, saying it is not counted in the sums;
 * words that look like an amount ("Ba triệu đồng") are budget.format's.
 */
export const budgetText: Check = (context) =>
  context.appendix.rows.flatMap((row) =>
    row.amount.kind === "empty" && row.amount.text !== undefined
      ? [
          findingAt(context, "budget.text", "info", "budget", row, {
            message: text.noAmount(row.amount.text),
            hint: text.noAmountHint,
          }),
        ]
      : []
  );
