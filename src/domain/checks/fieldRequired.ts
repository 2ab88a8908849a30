import { fieldText } from "../messages";
import { isGroup } from "../outline";
import { Check, findingAt, nameOf } from "./context";

/** field.required: a task with no lead unit; a row with no task. */
export const fieldRequired: Check = (context) =>
  context.outline.nodes.flatMap((node) => {
    const { row } = node;
    const number = row.number.kind === "none" ? fieldText.unnamed : nameOf(row);
    if (row.task === "") {
      return [
        findingAt(context, "field.required", "warning", "task", row, {
          message: fieldText.noTask(row.number.kind === "none" ? `${row.row}` : number),
          hint: fieldText.noTaskHint,
        }),
      ];
    }
    if (!isGroup(node) && row.lead === "" && context.appendix.columns.lead !== undefined) {
      return [
        findingAt(context, "field.required", "warning", "lead", row, {
          message: fieldText.noLead(row.number.kind === "none" ? `“${row.task}”` : number),
          hint: fieldText.noLeadHint,
        }),
      ];
    }
    return [];
  });
