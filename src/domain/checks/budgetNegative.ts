import { budgetText } from "../messages";
import { Check, findingAt } from "./context";

/** budget.negative: a Kinh phí below zero. */
export const budgetNegative: Check = (context) =>
  context.appendix.rows.flatMap((row) =>
    row.amount.kind === "amount" && row.amount.value < 0
      ? [
          findingAt(context, "budget.negative", "error", "budget", row, {
            message: budgetText.negative(row.amount.value),
            hint: budgetText.negativeHint,
            actual: row.amount.value,
          }),
        ]
      : []
  );
