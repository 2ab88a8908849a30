import { Appendix } from "./appendix";

/**
 * The appendix as seen through one of its Kinh phí columns: every row's amount is that column's, so the
 * rules about amounts, subtotals and the total judge each column the same way.
 */
export function amountColumnView(appendix: Appendix, index: number): Appendix {
  const column = appendix.amountColumns[index];
  const total = appendix.total;
  return {
    ...appendix,
    columns: { ...appendix.columns, budget: column.column },
    scale: column.scale,
    rows: appendix.rows.map((row) => ({
      ...row,
      amount: row.amounts[index],
      amountFormula: row.amountFormulas[index],
    })),
    total: total && {
      ...total,
      amount: total.amounts[index],
      amountFormula: total.amountFormulas[index],
    },
    // The words line states the main column's total only.
    words: null,
    findings: [],
  };
}
