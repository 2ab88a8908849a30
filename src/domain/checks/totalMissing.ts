import { money } from "../messages";
import { defineRule } from "./support/rule";

/** total.missing: a table with amounts but no grand total, or a total row left blank. */
export const totalMissing = defineRule({
  id: "total.missing",
  stage: "column",
  severity: "warning",
  field: "budget",
  description: "Bảng có kinh phí thì có dòng Tổng cộng, và dòng đó ghi kinh phí.",
  messages: {
    totalMissing: "Bảng có kinh phí nhưng chưa có dòng Tổng cộng.",
    totalMissingHint: (sum: number) => `Thêm dòng “Tổng cộng” cuối bảng: ${money(sum)}.`,
    totalEmpty: "Dòng Tổng cộng chưa ghi kinh phí.",
  },
  check: (context, { at, messages }) => {
    const { appendix, budget } = context;
    const sum = budget.topLevelSum;
    if (appendix.total) {
      if (appendix.total.amount.kind !== "empty") return [];
      return [
        at(appendix.total, {
          message: messages.totalEmpty,
          hint: sum === null ? null : messages.totalMissingHint(sum),
          expected: sum,
        }),
      ];
    }
    const hasAmounts = appendix.rows.some((row) => row.amount.kind !== "empty");
    if (!hasAmounts || sum === null) return [];
    const lastRow = appendix.rows[appendix.rows.length - 1];
    const after = Math.max(lastRow.row, ...lastRow.continuationRows) + 1;
    return [
      at(
        { row: after },
        {
          message: messages.totalMissing,
          hint: messages.totalMissingHint(sum),
          expected: sum,
        }
      ),
    ];
  },
});
