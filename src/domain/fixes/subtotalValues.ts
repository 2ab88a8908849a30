import { amountInWords } from "../amountInWords";
import { Appendix } from "../appendix";
import { BudgetAudit, expectedOf } from "../budgetAudit";
import { cellAddress } from "../grid";
import { fixText } from "../messages";
import { OutlineNode } from "../outline";
import { amountBefore } from "./cellText";
import { CellEdit, Fix } from "./fix";
import { sumFormula } from "../sumFormula";

/**
 * Each wrong subtotal corrected to what its children add up to, together with the typed sums above it
 * that added the wrong figure in (the subtotals and the grand total the finding names), and the
 * "Bằng chữ" line when the total changes: one preview of every cell the correction touches. A subtotal
 * that is a formula gets one over exactly its children; a sum above that is a formula follows by itself.
 */
export function subtotalValues(appendix: Appendix, audit: BudgetAudit): Fix | null {
  const column = appendix.columns.budget;
  const wrong = audit.mismatches.filter((mismatch) => mismatch.node !== null);
  if (column === undefined || wrong.length === 0) return null;
  const edits: CellEdit[] = [];
  const inColumn = (row: number) => ({ row, column, address: cellAddress(column, row) });
  const valueOf = (amount: number) => ({ value: amount / appendix.scale });
  // What each sum above becomes once every wrong figure below it is corrected.
  const above = new Map<OutlineNode | null, number>();
  for (const mismatch of wrong) {
    const node = mismatch.node as OutlineNode;
    const expected = expectedOf(mismatch);
    edits.push({
      ...inColumn(node.row.row),
      before: amountBefore(node.row),
      after: node.row.amountFormula
        ? {
            formula: sumFormula(
              column,
              node.children.map((child) => child.row.row)
            ),
          }
        : valueOf(expected),
    });
    for (const { node: sum, actual } of mismatch.consequences) {
      above.set(sum, (above.get(sum) ?? actual) + expected - mismatch.actual);
    }
  }
  const { total, words } = appendix;
  above.forEach((corrected, node) => {
    const row = node ? node.row : total;
    if (!row || row.amountFormula) return;
    edits.push({ ...inColumn(row.row), before: amountBefore(row), after: valueOf(corrected) });
  });
  const newTotal = above.get(null);
  if (newTotal !== undefined && newTotal >= 0 && words) {
    const text = fixText.words(amountInWords(newTotal));
    if (text !== words.text) {
      edits.push({
        row: words.row,
        column: words.column,
        address: cellAddress(words.column, words.row),
        before: words.text,
        after: { value: text },
      });
    }
  }
  edits.sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    kind: "subtotal-values",
    title: fixText.subtotalValues(wrong.length, edits.length),
    edits,
  };
}
