import { amountInWords } from "../amountInWords";
import { Appendix } from "../appendix";
import { cellAddress } from "../grid";
import { fixText } from "../messages";
import { nodesWithAmountsBelow, Outline, OutlineNode } from "../outline";
import { amountBefore } from "./cellText";
import { CellEdit, Fix } from "./fix";
import { sumFormula, sumsExactly } from "../sumFormula";

/** What a row gives once every subtotal is a formula: SUM passes over text it cannot read. */
function formulaValue(
  node: OutlineNode,
  movedAway: ReadonlySet<OutlineNode>,
  withAmounts: ReadonlySet<OutlineNode>
): number {
  if (withAmounts.has(node)) {
    return node.children.reduce(
      (sum, child) => sum + formulaValue(child, movedAway, withAmounts),
      0
    );
  }
  return node.row.amount.kind === "amount" && !movedAway.has(node) ? node.row.amount.value : 0;
}

/**
 * The grand total as a formula over the top-level rows, and "Bằng chữ: …" under it saying that total:
 * filled in where the table has none (two rows inserted under the table), corrected where it has them.
 * The total adds the top-level rows' cells, so the subtotals it needs as formulas come with it.
 */
export function totalFix(
  appendix: Appendix,
  outline: Outline,
  subtotals: Fix | null,
  movedAway: ReadonlySet<OutlineNode>
): Fix | null {
  const budget = appendix.columns.budget;
  if (budget === undefined || appendix.rows.length === 0) return null;
  const labelColumn = appendix.columns.task ?? budget - 1;
  const wordsColumn = appendix.columns.number ?? labelColumn;
  const rootRows = outline.roots.map((root) => root.row.row);
  const formula = sumFormula(budget, rootRows);
  const withAmounts = nodesWithAmountsBelow(outline, movedAway);
  const total = outline.roots.reduce(
    (sum, root) => sum + formulaValue(root, movedAway, withAmounts),
    0
  );
  const words = total >= 0 ? fixText.words(amountInWords(total)) : null;
  const edits: CellEdit[] = [...(subtotals?.edits ?? [])];
  const edit = (column: number, row: number, before: string, after: CellEdit["after"]) =>
    edits.push({ row, column, address: cellAddress(column, row), before, after });

  const existing = appendix.total;
  if (!existing) {
    const last = appendix.rows[appendix.rows.length - 1];
    const totalRow = Math.max(last.row, ...last.continuationRows) + 1;
    edit(labelColumn, totalRow, "", { value: fixText.totalLabel });
    edit(budget, totalRow, "", { formula });
    if (words) edit(wordsColumn, totalRow + 1, "", { value: words });
    return {
      kind: "total",
      title: fixText.addTotal + (subtotals ? fixText.withSubtotals : ""),
      edits,
      insertRows: { before: totalRow, count: words ? 2 : 1 },
    };
  }
  const before = amountBefore(existing);
  if (!sumsExactly(existing.amountFormula, budget, rootRows))
    edit(budget, existing.row, before, { formula });
  let insertRows: Fix["insertRows"];
  if (words && appendix.words && appendix.words.text !== words) {
    edit(appendix.words.column, appendix.words.row, appendix.words.text, { value: words });
  } else if (words && !appendix.words) {
    edit(wordsColumn, existing.row + 1, "", { value: words });
    insertRows = { before: existing.row + 1, count: 1 };
  }
  if (edits.length === (subtotals?.edits.length ?? 0)) return null;
  return {
    kind: "total",
    title: fixText.fixTotal + (subtotals ? fixText.withSubtotals : ""),
    edits,
    insertRows,
  };
}
