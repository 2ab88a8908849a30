import { money } from "../messages";
import { defineRule } from "./support/rule";

/** budget.negative: a Kinh phí below zero. */
export const budgetNegative = defineRule({
  id: "budget.negative",
  stage: "column",
  severity: "error",
  field: "budget",
  description: "Kinh phí không âm.",
  messages: {
    negative: (value: number) => `Kinh phí âm: ${money(value)}.`,
    negativeHint: "Kinh phí thực hiện không thể âm; kiểm tra lại dấu trừ.",
  },
  check: (context, { at, messages }) =>
    context.appendix.rows.flatMap((row) =>
      row.amount.kind === "amount" && row.amount.value < 0
        ? [
            at(row, {
              message: messages.negative(row.amount.value),
              hint: messages.negativeHint,
              actual: row.amount.value,
            }),
          ]
        : []
    ),
});
