import { expectedOf, Mismatch } from "../budgetAudit";
import { FormulaFault } from "../formulaCoverage";
import { list, money, names } from "../messages";
import { OutlineNode } from "../outline";
import { nameOf, rowName } from "../rowNames";
import { consequenceText } from "./support/sumConsequences";
import { defineRule, FindingDraft } from "./support/rule";

/** What a formula adds in that is no direct child, and what it leaves out. */
const coverage = (extra: string[], missing: string[]) => {
  const parts: string[] = [];
  if (extra.length > 0) parts.push(`cộng cả ${list(extra)} (không phải mục con trực tiếp)`);
  if (missing.length > 0) parts.push(`bỏ sót ${list(missing)}`);
  return parts.join(" và ");
};

/**
 * subtotal.formula: a subtotal (or total) formula that does not add up exactly the rows below it (see
 * formulaCoverage). An error when a row it leaves out or adds in carries an amount: the figure is wrong
 * now, and this finding, which gives the cause, the figures and this sum's own correct formula, is the
 * only one at the cell. A note when those rows are all still without an amount (the figure is right
 * now, and goes wrong once they get one).
 */
export const subtotalFormula = defineRule({
  id: "subtotal.formula",
  stage: "column",
  severity: ["error", "info"],
  field: "budget",
  description:
    "Công thức cộng mục và Tổng cộng cộng đúng các mục con trực tiếp của nó, không thừa, không sót.",
  messages: {
    covers: (number: string, extra: string[], missing: string[]) =>
      `Công thức kinh phí của ${number} ${coverage(extra, missing)}.`,
    /** What the wrong formula comes to, beside what it should add up to. */
    coversFigures: (actual: number, expected: number, total: boolean) =>
      `Công thức cho ${money(actual)} nhưng ${total ? "các mục lớn" : "các mục con"} cộng lại ${money(expected)} (chênh ${money(Math.abs(actual - expected))}).`,
    /** The formula over exactly this sum's own children; blank child groups need their own sum first. */
    coversHint: (formula: string, total: boolean, blankChildren: string[]) =>
      `Sửa công thức thành ${formula} để cộng đúng ${total ? "các mục lớn" : "các mục con trực tiếp"}.` +
      (blankChildren.length > 0
        ? ` Ghi cả cộng mục cho ${list(blankChildren)} (đang để trống) để công thức này cộng đủ.`
        : ""),
    /** A formula that leaves out (or adds) only rows without an amount: right today, wrong later. */
    coversLater: (number: string, extra: string[], missing: string[], total: boolean) => {
      const rows = [...extra, ...missing];
      const these = rows.length > 1 ? "các dòng này" : "dòng này";
      const effects: string[] = [];
      if (missing.length > 0) effects.push("thiếu");
      if (extra.length > 0) effects.push("thừa");
      return `Công thức kinh phí của ${number} ${coverage(extra, missing)}; ${these} chưa ghi kinh phí nên số cộng hiện vẫn đúng, nhưng nếu sau này ghi kinh phí cho ${list(rows)} thì ${total ? "Tổng cộng" : "cộng mục"} sẽ ${effects.join(" hoặc ")}.`;
    },
  },
  check: (context, { at, messages }) => {
    const { budget, formulas } = context;
    if (formulas.faults.length === 0) return [];
    const mismatchAt = new Map<OutlineNode | null, Mismatch>(
      budget.mismatches.map((mismatch) => [mismatch.node, mismatch])
    );
    const blank = new Set(budget.blankSubtotals.map(({ node }) => node));
    const rowNames = (nodes: OutlineNode[]) => nodes.map((node) => rowName(node.row));

    const draft = (fault: FormulaFault): FindingDraft<"error" | "info"> => {
      const isTotal = fault.node === null;
      const severity = fault.counts ? "error" : "info";
      const name = fault.node ? nameOf(fault.node.row) : names.total;
      const extra = rowNames(fault.extra);
      const missing = rowNames(fault.missing);
      const children = fault.node ? fault.node.children : context.outline.roots;
      const hint = messages.coversHint(
        fault.correct,
        isTotal,
        children.filter((child) => blank.has(child)).map((child) => nameOf(child.row))
      );
      if (!fault.counts)
        return { severity, message: messages.coversLater(name, extra, missing, isTotal), hint };
      const message = messages.covers(name, extra, missing);
      const mismatch = mismatchAt.get(fault.node);
      if (!mismatch) return { severity, message, hint };
      const expected = expectedOf(mismatch);
      const consequences = consequenceText(context, mismatch, expected);
      return {
        severity,
        message: `${message} ${messages.coversFigures(mismatch.actual, expected, isTotal)}`,
        hint: consequences ? `${hint} ${consequences}` : hint,
        expected,
        actual: mismatch.actual,
      };
    };

    return formulas.faults.map((fault) => at(fault.row, draft(fault)));
  },
});
