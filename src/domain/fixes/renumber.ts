import { Appendix } from "../appendix";
import { cellAddress } from "../grid";
import { fixText } from "../messages";
import { letterAt, toRoman } from "../numbering";
import { Outline, OutlineNode } from "../outline";
import { Fix } from "./fix";

/**
 * Numbers every numbered row from where it stands in the tree: 1, 1.1, 1.1.1 …; Roman sections stay
 * Roman with Arabic numbers counting from 1 below each; lettered points stay letters. Rows without a
 * number stay without one, and so do the parts A, B … of a table lettered in parts (`parts`, sheet
 * rows), whose sections count from I (or 1) again below each.
 */
export function renumber(
  appendix: Appendix,
  outline: Outline,
  parts: ReadonlySet<number> = new Set()
): Fix | null {
  const column = appendix.columns.number;
  if (column === undefined) return null;
  const edits: Fix["edits"] = [];
  const visit = (nodes: OutlineNode[], parentNumber: string | null, parentKind: string | null) => {
    let arabic = 0;
    let letter = 0;
    let roman = 0;
    for (const node of nodes) {
      const reading = node.row.number;
      if (parts.has(node.row.row)) {
        visit(node.children, null, null);
        continue;
      }
      if (reading.kind !== "number") {
        visit(node.children, parentNumber, parentKind);
        continue;
      }
      const kind = reading.number.kind;
      let number: string;
      if (kind === "roman") number = toRoman(++roman);
      else if (kind === "letter") number = `${letterAt(++letter)})`;
      else
        number =
          parentNumber && parentKind === "arabic"
            ? `${parentNumber}.${++arabic}`
            : String(++arabic);
      if (number !== node.row.numberText) {
        edits.push({
          row: node.row.row,
          column,
          address: cellAddress(column, node.row.row),
          before: node.row.numberText,
          after: { value: number },
          asText: true,
        });
      }
      visit(
        node.children,
        kind === "letter" ? parentNumber : number,
        kind === "letter" ? parentKind : kind
      );
    }
  };
  visit(outline.roots, null, null);
  return edits.length > 0
    ? { kind: "renumber", title: fixText.renumber(edits.length), edits }
    : null;
}
