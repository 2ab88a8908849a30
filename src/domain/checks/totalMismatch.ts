import { expectedOf } from "../budgetAudit";
import { wrongByFormula } from "../formulaCoverage";
import { likelyCauses } from "../likelyCauses";
import { money } from "../messages";
import { defineRule } from "./support/rule";

/**
 * total.mismatch: the grand total is not the sum of the top-level rows. A total formula that adds up
 * the wrong rows is the cause, and subtotal.formula reports it at the same cell: not again here.
 */
export const totalMismatch = defineRule({
  id: "total.mismatch",
  stage: "column",
  severity: "error",
  field: "budget",
  description: "Tổng cộng bằng tổng kinh phí các mục lớn.",
  messages: {
    total: (actual: number, expected: number) =>
      `Tổng cộng ghi ${money(actual)} nhưng các mục lớn cộng lại ${money(expected)} (chênh ${money(Math.abs(actual - expected))}).`,
  },
  check: (context, { at, messages }) => {
    const total = context.appendix.total;
    if (!total || wrongByFormula(context.formulas, null)) return [];
    return context.budget.mismatches.flatMap((mismatch) => {
      if (mismatch.node) return [];
      const expected = expectedOf(mismatch);
      return [
        at(total, {
          message: messages.total(mismatch.actual, expected),
          hint: likelyCauses(mismatch, context.outline.roots),
          expected,
          actual: mismatch.actual,
        }),
      ];
    });
  },
});
