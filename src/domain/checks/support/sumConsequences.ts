import { Mismatch } from "../../budgetAudit";
import { cellAddress } from "../../grid";
import { causeText, names } from "../../messages";
import { nameOf } from "../../rowNames";
import { CheckContext } from "./context";

/**
 * The sums above a wrong subtotal that add the wrong figure in, with what they become once it is
 * corrected to `expected`: said once, at the subtotal to correct, whichever rule reports it.
 */
export function consequenceText(
  context: CheckContext,
  mismatch: Mismatch,
  expected: number
): string {
  const { columns, total } = context.appendix;
  const column = columns.budget;
  if (mismatch.consequences.length === 0 || column === undefined) return "";
  const sums = mismatch.consequences.map(({ node, corrected }) => ({
    name: node ? names.item(nameOf(node.row)) : names.total,
    cell: cellAddress(column, node ? node.row.row : (total?.row as number)),
    corrected,
  }));
  return causeText.consequences(expected, sums);
}
