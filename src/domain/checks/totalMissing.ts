import { sumText } from "../messages";
import { Check, findingAt } from "./context";

/** total.missing: a table with amounts but no grand total, or a total row left blank. */
export const totalMissing: Check = (context) => {
  const { appendix, budget } = context;
  const sum = budget.topLevelSum;
  if (appendix.total) {
    if (appendix.total.amount.kind !== "empty") return [];
    return [
      findingAt(context, "total.missing", "warning", "budget", appendix.total, {
        message: sumText.totalEmpty,
        hint: sum === null ? null : sumText.totalMissingHint(sum),
        expected: sum,
      }),
    ];
  }
  const hasAmounts = appendix.rows.some((row) => row.amount.kind !== "empty");
  if (!hasAmounts || sum === null) return [];
  const lastRow = appendix.rows[appendix.rows.length - 1];
  const after = Math.max(lastRow.row, ...lastRow.continuationRows) + 1;
  return [
    findingAt(
      context,
      "total.missing",
      "warning",
      "budget",
      { row: after },
      {
        message: sumText.totalMissing,
        hint: sumText.totalMissingHint(sum),
        expected: sum,
      }
    ),
  ];
};
