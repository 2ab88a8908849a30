import { fieldText } from "../messages";
import { isGroup, OutlineNode } from "../outline";
import { Check, findingAt, nameOf } from "./context";

/**
 * field.required: a task with no lead unit; a row with no task. An unnumbered row is a sub-item of the
 * numbered row above it and is led by whoever leads that row (or a row above it). A row whose number
 * cannot be read gets only tt.format's finding: one finding for the row.
 */
export const fieldRequired: Check = (context) =>
  context.outline.nodes.flatMap((node) => {
    const { row } = node;
    if (row.number.kind === "unreadable") return [];
    const number = row.number.kind === "none" ? fieldText.unnamed : nameOf(row);
    if (row.task === "") {
      return [
        findingAt(context, "field.required", "warning", "task", row, {
          message: fieldText.noTask(row.number.kind === "none" ? `${row.row}` : number),
          hint: fieldText.noTaskHint,
        }),
      ];
    }
    if (
      !isGroup(node) &&
      row.lead === "" &&
      context.appendix.columns.lead !== undefined &&
      !(row.number.kind === "none" && ancestorLed(node))
    ) {
      return [
        findingAt(context, "field.required", "warning", "lead", row, {
          message: fieldText.noLead(row.number.kind === "none" ? `“${row.task}”` : number),
          hint: fieldText.noLeadHint,
        }),
      ];
    }
    return [];
  });

/** Whether a row above this one in the tree names a lead: a few levels at most. */
function ancestorLed(node: OutlineNode): boolean {
  for (let above = node.parent; above; above = above.parent) if (above.row.lead !== "") return true;
  return false;
}
