import { budgetText } from "../messages";
import { amountRows, Check, findingAt } from "./context";

/** budget.format: a Kinh phí that cannot be read as whole đồng, such as "500.00" or "4000.000". */
export const budgetFormat: Check = (context) => {
  return amountRows(context.appendix).flatMap((row) => {
    if (row.amount.kind !== "unreadable") return [];
    const { text, problem } = row.amount;
    return [
      findingAt(context, "budget.format", "error", "budget", row, {
        message: budgetText.unreadable(text, problem),
        hint: budgetText.unreadableHint(problem === "bad-grouping" ? regrouped(text) : null),
      }),
    ];
  });
};

/** "4000.000" → 4000000: the digits as typed, for a suggestion. */
function regrouped(text: string): number | null {
  const digits = text.replace(/\D/g, "");
  return digits.length > 0 && digits.length <= 15 ? Number(digits) : null;
}
