import { amountRows } from "../appendix";
import { cellAddress } from "../grid";
import { listAnd, shownFormula } from "../messages";
import { wherePassedOn } from "./support/spreadThroughSums";
import { defineRule } from "./support/rule";

/**
 * formula.uncalculated: a Kinh phí formula saved without its result by a tool that does not calculate,
 * and that is not a plain sum the checker could work out itself (see evaluateSums). A warning: its
 * amount, and every subtotal and total that adds it in, go unchecked until the file is saved by Excel,
 * and a table with such a cell must not pass as checked and clean. Sums left without a result only
 * because they add up such a cell are named at it, not reported again.
 */
export const formulaUncalculated = defineRule({
  id: "formula.uncalculated",
  stage: "column",
  severity: "warning",
  field: "budget",
  description:
    "Công thức kinh phí có kết quả đã tính (tệp lưu bằng phần mềm không tính công thức thì chưa kiểm tra được).",
  messages: {
    uncalculated: (formula: string) =>
      `Công thức ${shownFormula(formula)} chưa được tính (tệp được lưu bởi phần mềm không tính công thức): mở bằng Excel rồi lưu lại.`,
    uncalculatedHint:
      "Chưa biết kết quả của công thức nên chưa kiểm tra được các cộng mục và Tổng cộng có cộng ô này.",
    uncalculatedSpreads: (cells: string[]) =>
      `${cells.length > 1 ? "Các ô" : "Ô"} ${listAnd(cells)} cộng ô này nên cũng chưa có kết quả.`,
  },
  check: (context, { at, messages }) => {
    const { appendix } = context;
    const column = appendix.columns.budget;
    const rows = amountRows(appendix).filter((row) => row.amount.kind === "uncalculated");
    if (rows.length === 0) return [];
    return wherePassedOn(rows, column).map(({ row, passedTo }) => {
      const cells = passedTo.map((r) => cellAddress(column as number, r));
      return at(row, {
        message: messages.uncalculated(row.amountFormula ?? ""),
        hint:
          cells.length > 0
            ? `${messages.uncalculatedHint} ${messages.uncalculatedSpreads(cells)}`
            : messages.uncalculatedHint,
      });
    });
  },
});
