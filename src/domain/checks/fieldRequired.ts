import { names } from "../messages";
import { isGroup, OutlineNode } from "../outline";
import { nameOf } from "../rowNames";
import { defineRule } from "./support/rule";

/**
 * field.required: a task with no lead unit; a row with no task. An unnumbered row is a sub-item of the
 * numbered row above it and is led by whoever leads that row (or a row above it). A row whose number
 * cannot be read gets only tt.format's finding: one finding for the row.
 */
export const fieldRequired = defineRule({
  id: "field.required",
  stage: "table",
  severity: "warning",
  field: ["task", "lead"],
  description:
    "Mỗi dòng ghi nội dung nhiệm vụ, và mỗi nhiệm vụ có bộ phận chủ trì (dòng không số theo bộ phận của dòng trên nó).",
  messages: {
    noLead: (number: string) => `Nhiệm vụ ${number} chưa có bộ phận chủ trì.`,
    noLeadHint: "Ghi bộ phận (cơ quan) chủ trì thực hiện vào cột chủ trì.",
    noTask: (number: string) => `Dòng ${number} chưa ghi nội dung nhiệm vụ.`,
    noTaskHint: "Ghi nội dung nhiệm vụ, hoặc xóa dòng nếu thừa.",
  },
  check: (context, { at, messages }) =>
    context.outline.nodes.flatMap((node) => {
      const { row } = node;
      if (row.number.kind === "unreadable") return [];
      const number = row.number.kind === "none" ? names.unnumbered : nameOf(row);
      if (row.task === "") {
        return [
          at(row, {
            field: "task",
            message: messages.noTask(row.number.kind === "none" ? `${row.row}` : number),
            hint: messages.noTaskHint,
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
          at(row, {
            field: "lead",
            message: messages.noLead(row.number.kind === "none" ? `“${row.task}”` : number),
            hint: messages.noLeadHint,
          }),
        ];
      }
      return [];
    }),
});

/** Whether a row above this one in the tree names a lead: a few levels at most. */
function ancestorLed(node: OutlineNode): boolean {
  for (let above = node.parent; above; above = above.parent) if (above.row.lead !== "") return true;
  return false;
}
