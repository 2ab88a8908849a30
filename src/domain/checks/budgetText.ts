import { quoted } from "../messages";
import { defineRule } from "./support/rule";

/**
 * budget.text: a task's Kinh phí written as words that are no amount ("Lồng ghép", "Kinh phí thường
 * xuyên", "Không"): the task has no money of its own. A note, saying it is not counted in the sums;
 * words that look like an amount ("Ba triệu đồng") are budget.format's.
 */
export const budgetText = defineRule({
  id: "budget.text",
  stage: "column",
  severity: "info",
  field: "budget",
  description:
    "Kinh phí ghi bằng chữ không phải số tiền (như “Lồng ghép”) được ghi chú là không tính vào các cộng mục và Tổng cộng.",
  messages: {
    /** Words that are no amount, such as “Lồng ghép”: no separate money. */
    noAmount: (text: string) =>
      `Kinh phí ghi ${quoted(text)}, không phải số tiền: coi như không có kinh phí riêng, không tính vào các cộng mục và Tổng cộng.`,
    noAmountHint: "Nếu nhiệm vụ có kinh phí riêng, nhập số tiền bằng số (ví dụ 12.900.000).",
  },
  check: (context, { at, messages }) =>
    context.appendix.rows.flatMap((row) =>
      row.amount.kind === "empty" && row.amount.text !== undefined
        ? [at(row, { message: messages.noAmount(row.amount.text), hint: messages.noAmountHint })]
        : []
    ),
});
