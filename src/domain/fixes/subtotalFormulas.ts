import { Appendix } from "../appendix";
import { cellAddress } from "../grid";
import { fixText } from "../messages";
import { amountsBelow, Outline, OutlineNode } from "../outline";
import { amountBefore } from "./cellText";
import { Fix } from "./fix";
import { sameFormula, sumFormula } from "./sumFormula";

/**
 * Every group whose children carry amounts gets a formula adding up exactly its children, in place of
 * a typed figure, a blank, or a formula over the wrong rows. A lump sum over tasks without amounts stays,
 * but one the checker found to be its parent's subtotal written a level too low (`movedAway`) is
 * cleared, since the parent's formula now gives that figure.
 */
export function subtotalFormulas(
  appendix: Appendix,
  outline: Outline,
  movedAway: ReadonlySet<OutlineNode> = new Set()
): Fix | null {
  const column = appendix.columns.budget;
  if (column === undefined) return null;
  const edits: Fix["edits"] = [];
  for (const node of outline.nodes) {
    if (movedAway.has(node)) {
      const at = { row: node.row.row, column, address: cellAddress(column, node.row.row) };
      edits.push({ ...at, before: amountBefore(node.row), after: { value: "" } });
      continue;
    }
    if (node.children.length === 0 || !amountsBelow(node, movedAway)) continue;
    const formula = sumFormula(
      column,
      node.children.map((child) => child.row.row)
    );
    const before = amountBefore(node.row);
    if (sameFormula(before, formula)) continue;
    edits.push({
      row: node.row.row,
      column,
      address: cellAddress(column, node.row.row),
      before,
      after: { formula },
    });
  }
  return edits.length > 0
    ? { kind: "subtotal-formulas", title: fixText.subtotals(edits.length), edits }
    : null;
}
