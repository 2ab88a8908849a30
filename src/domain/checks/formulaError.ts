import { cellAddress } from "../grid";
import { formulaText } from "../messages";
import { amountRows, Check, findingAt } from "./context";
import { wherePassedOn } from "./spreadThroughSums";

/**
 * formula.error: a Kinh phí whose formula came to an error value such as #REF!. Reported once, at the
 * cell where the error starts: a sum that shows the error only because it adds up such a cell is named
 * there, not reported again. Like an unreadable amount, an error leaves the sums above it unjudged.
 */
export const formulaError: Check = (context) => {
  const { appendix } = context;
  const column = appendix.columns.budget;
  const rows = amountRows(appendix).filter((row) => row.amount.kind === "error");
  if (rows.length === 0) return [];
  return wherePassedOn(rows, column).flatMap(({ row, passedTo }) => {
    if (row.amount.kind !== "error") return [];
    const { error } = row.amount;
    const hint = formulaText.errorHint(error);
    const cells = passedTo.map((r) => cellAddress(column as number, r));
    return [
      findingAt(context, "formula.error", "error", "budget", row, {
        message: formulaText.errorValue(error, row.amountFormula),
        hint: cells.length > 0 ? `${hint} ${formulaText.errorSpreads(cells)}` : hint,
      }),
    ];
  });
};
