import { cellAddress } from "../grid";
import { formulaText } from "../messages";
import { amountRows, Check, findingAt } from "./context";
import { wherePassedOn } from "./spreadThroughSums";

/**
 * formula.uncalculated: a Kinh phí formula saved without its result by a tool that does not calculate,
 * and that is not a plain sum the checker could work out itself (see evaluateSums). A warning: its
 * amount, and every subtotal and total that adds it in, go unchecked until the file is saved by Excel,
 * and a table with such a cell must not pass as checked and clean. Sums left without a result only
 * because they add up such a cell are named at it, not reported again.
 */
export const formulaUncalculated: Check = (context) => {
  const { appendix } = context;
  const column = appendix.columns.budget;
  const rows = amountRows(appendix).filter((row) => row.amount.kind === "uncalculated");
  if (rows.length === 0) return [];
  return wherePassedOn(rows, column).map(({ row, passedTo }) => {
    const cells = passedTo.map((r) => cellAddress(column as number, r));
    return findingAt(context, "formula.uncalculated", "warning", "budget", row, {
      message: formulaText.uncalculated(row.amountFormula ?? ""),
      hint:
        cells.length > 0
          ? `${formulaText.uncalculatedHint} ${formulaText.uncalculatedSpreads(cells)}`
          : formulaText.uncalculatedHint,
    });
  });
};
