import { Appendix } from "../appendix";
import { cellAddress } from "../grid";
import { fixText } from "../messages";
import { nodesWithAmountsBelow, Outline, OutlineNode } from "../outline";
import { amountBefore } from "./cellText";
import { Fix } from "./fix";
import { sumFormula, sumsExactly } from "../sumFormula";

/**
 * Every group whose children carry amounts gets a formula adding up exactly its children, in place of
 * a typed figure, a blank, or a formula over the wrong rows (one that leaves out a child still without
 * an amount included: the child may get one later). A formula that already adds up exactly the children
 * stays as written. A lump sum over tasks without amounts stays, but one the checker found to be its
 * parent's subtotal written a level too low (`movedAway`) is cleared, since the parent's formula now
 * gives that figure.
 */
export function subtotalFormulas(
  appendix: Appendix,
  outline: Outline,
  movedAway: ReadonlySet<OutlineNode> = new Set()
): Fix | null {
  const column = appendix.columns.budget;
  if (column === undefined) return null;
  const withAmounts = nodesWithAmountsBelow(outline, movedAway);
  const edits: Fix["edits"] = [];
  for (const node of outline.nodes) {
    if (movedAway.has(node)) {
      const at = { row: node.row.row, column, address: cellAddress(column, node.row.row) };
      edits.push({ ...at, before: amountBefore(node.row), after: { value: "" } });
      continue;
    }
    if (!withAmounts.has(node)) continue;
    const rows = node.children.map((child) => child.row.row);
    if (sumsExactly(node.row.amountFormula, column, rows)) continue;
    edits.push({
      row: node.row.row,
      column,
      address: cellAddress(column, node.row.row),
      before: amountBefore(node.row),
      after: { formula: sumFormula(column, rows) },
    });
  }
  return edits.length > 0
    ? { kind: "subtotal-formulas", title: fixText.subtotals(edits.length), edits }
    : null;
}
