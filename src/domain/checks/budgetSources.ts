import { capitalised, list, listAnd, money, names } from "../messages";
import { itemName } from "../rowNames";
import { defineRule } from "./support/rule";

/**
 * budget.sources: where Kinh phí is split into sources beside a "Tổng số" column, each row's total
 * is the sum of its sources. Reported once per row, at the cell found to be wrong (see sourceSplit).
 */
export const budgetSources = defineRule({
  id: "budget.sources",
  stage: "table",
  severity: ["error", "warning"],
  field: "budget",
  description:
    "Khi kinh phí chia theo nguồn bên cạnh cột Tổng số, tổng số của mỗi dòng bằng các nguồn cộng lại.",
  messages: {
    mismatch: (name: string, stated: number, labels: string[], sum: number) =>
      `Kinh phí ${name} ghi tổng số ${money(stated)} nhưng các nguồn (${list(labels)}) cộng lại ${money(sum)} (chênh ${money(Math.abs(stated - sum))}).`,
    blank: (name: string, labels: string[], sum: number) =>
      `Kinh phí ${name} chưa ghi tổng số; các nguồn (${list(labels)}) cộng lại ${money(sum)}.`,
    source: (name: string, source: string, actual: number | null, stated: number) =>
      `Kinh phí ${name}: nguồn “${source}” ghi ${actual === null ? "để trống" : money(actual)}, nên các nguồn không cộng lại đúng tổng số ${money(stated)}.`,
    totalHint: (sum: number) =>
      `Tổng số bằng tổng các nguồn: ${money(sum)}; nếu tổng số đúng thì kiểm tra số của từng nguồn.`,
    sourceHint: (expected: number) =>
      `Số đúng là ${money(expected)}: với số này, tổng số và các cộng mục của cột này đều khớp.`,
    consequences: (names: string[]) =>
      `${capitalised(listAnd(names))} cộng dòng này nên cũng lệch theo, sửa dòng này thì ${names.length > 1 ? "các dòng đó" : "dòng đó"} cũng khớp.`,
  },
  check: (context, { at, messages }) => {
    const { appendix, sourceFaults } = context;
    if (sourceFaults.length === 0) return [];
    const columns = appendix.amountColumns;
    const totalIndex = columns.findIndex((column) => column.isTotal);
    const sources = columns.filter((_, i) => i !== totalIndex).map((column) => column.label);
    const rowsByNumber = new Map(appendix.rows.map((row) => [row.row, row]));
    const nameOf = (sheetRow: number) => {
      const row = rowsByNumber.get(sheetRow);
      return row ? itemName(row) : names.totalRow;
    };
    return sourceFaults.map((fault) => {
      const row = rowsByNumber.get(fault.row);
      const name = nameOf(fault.row);
      const atTotal = fault.column === totalIndex;
      const message = !atTotal
        ? messages.source(name, columns[fault.column].label, fault.actual, fault.stated as number)
        : fault.stated === null
          ? messages.blank(name, sources, fault.sum)
          : messages.mismatch(name, fault.stated, sources, fault.sum);
      return at(row ?? { row: fault.row }, {
        severity: atTotal && fault.stated === null ? "warning" : "error",
        column: columns[fault.column].column,
        message:
          fault.consequences.length === 0
            ? message
            : `${message} ${messages.consequences(fault.consequences.map(nameOf))}`,
        hint: atTotal ? messages.totalHint(fault.sum) : messages.sourceHint(fault.expected),
        expected: fault.expected,
        actual: fault.actual,
      });
    });
  },
});
