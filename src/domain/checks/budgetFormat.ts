import { money, quoted } from "../messages";
import { amountRows } from "../appendix";
import { AmountProblem } from "../money";
import { defineRule } from "./support/rule";

const AMOUNT_PROBLEMS: Record<AmountProblem, string> = {
  "not-a-number": "không phải là một số tiền",
  "bad-grouping":
    "các nhóm chữ số sai: sau mỗi dấu chấm phải đủ 3 chữ số, nhóm đầu không quá 3 chữ số",
  fraction: "có phần lẻ nhỏ hơn một đồng",
};

/** budget.format: a Kinh phí that cannot be read as whole đồng, such as "500.00" or "4000.000". */
export const budgetFormat = defineRule({
  id: "budget.format",
  stage: "column",
  severity: "error",
  field: "budget",
  description:
    "Kinh phí đọc được thành số đồng: nhóm chữ số đúng (12.900.000), không lẻ dưới một đồng, không viết bằng chữ.",
  messages: {
    unreadable: (text: string, problem: AmountProblem) =>
      `Kinh phí ${quoted(text)} không đọc được: ${AMOUNT_PROBLEMS[problem]}.`,
    unreadableHint: (guess: number | null) =>
      guess === null
        ? "Nhập kinh phí bằng số (ví dụ 12.900.000), ô định dạng số #,##0."
        : `Có thể là ${money(guess)}; nhập lại bằng số (ô định dạng số #,##0).`,
  },
  check: (context, { at, messages }) =>
    amountRows(context.appendix).flatMap((row) => {
      if (row.amount.kind !== "unreadable") return [];
      const { text, problem } = row.amount;
      return [
        at(row, {
          message: messages.unreadable(text, problem),
          hint: messages.unreadableHint(problem === "bad-grouping" ? regrouped(text) : null),
        }),
      ];
    }),
});

/** "4000.000" → 4000000: the digits as typed, for a suggestion. */
function regrouped(text: string): number | null {
  const digits = text.replace(/\D/g, "");
  return digits.length > 0 && digits.length <= 15 ? Number(digits) : null;
}
