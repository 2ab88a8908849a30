import { Appendix } from "../appendix";
import { cellAddress } from "../grid";
import { fixText } from "../messages";
import { Outline, OutlineNode } from "../outline";
import { amountBefore } from "./cellText";
import { Fix } from "./fix";
import { sumFormula } from "./sumFormula";

/**
 * Every group whose children carry amounts gets a formula adding up exactly its children, in place of
 * a typed figure, a blank, or a formula over the wrong rows. A lump sum over tasks without amounts stays.
 */
export function subtotalFormulas(appendix: Appendix, outline: Outline): Fix | null {
  const column = appendix.columns.budget;
  if (column === undefined) return null;
  const edits: Fix["edits"] = [];
  for (const node of outline.nodes) {
    if (node.children.length === 0 || !amountsBelow(node)) continue;
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

export function amountsBelow(node: OutlineNode): boolean {
  return node.children.some((child) => child.row.amount.kind !== "empty" || amountsBelow(child));
}

export function sameFormula(before: string, formula: string): boolean {
  return before.replace(/\s+/g, "").toUpperCase() === formula.toUpperCase();
}
