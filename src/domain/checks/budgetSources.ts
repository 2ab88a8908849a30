import { cellAddress } from "../grid";
import { sourcesText } from "../messages";
import { Check, findingAt } from "./context";

/**
 * budget.sources: where Kinh phí is split into sources beside a "Tổng số" column, each row's total
 * is the sum of its sources. Reported once per row, at the cell found to be wrong (see sourceSplit).
 */
export const budgetSources: Check = (context) => {
  const { appendix, sourceFaults } = context;
  if (sourceFaults.length === 0) return [];
  const columns = appendix.amountColumns;
  const totalIndex = columns.findIndex((column) => column.isTotal);
  const sources = columns.filter((_, i) => i !== totalIndex).map((column) => column.label);
  const rowsByNumber = new Map(appendix.rows.map((row) => [row.row, row]));
  const nameOf = (sheetRow: number) => {
    const row = rowsByNumber.get(sheetRow);
    if (!row) return sourcesText.totalRowName;
    return row.number.kind === "number"
      ? sourcesText.itemName(row.number.number.canonical)
      : sourcesText.rowName(row.row);
  };
  return sourceFaults.map((fault) => {
    const row = rowsByNumber.get(fault.row);
    const name = nameOf(fault.row);
    const atTotal = fault.column === totalIndex;
    const message = !atTotal
      ? sourcesText.source(name, columns[fault.column].label, fault.actual, fault.stated as number)
      : fault.stated === null
        ? sourcesText.blank(name, sources, fault.sum)
        : sourcesText.mismatch(name, fault.stated, sources, fault.sum);
    const finding = findingAt(
      context,
      "budget.sources",
      atTotal && fault.stated === null ? "warning" : "error",
      "budget",
      row ?? { row: fault.row },
      {
        message:
          fault.consequences.length === 0
            ? message
            : `${message} ${sourcesText.consequences(fault.consequences.map(nameOf))}`,
        hint: atTotal ? sourcesText.totalHint(fault.sum) : sourcesText.sourceHint(fault.expected),
        expected: fault.expected,
        actual: fault.actual,
      }
    );
    return { ...finding, cell: cellAddress(columns[fault.column].column, fault.row) };
  });
};
