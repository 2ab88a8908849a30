import { money } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { defineRule } from "./support/rule";

/**
 * tracking.overspent: a task that spent more than its own Kinh phí thực hiện (the main Kinh phí
 * column, in đồng like the spent amount). A task with no planned amount (blank, "Lồng ghép") is not
 * judged: its money comes from elsewhere.
 */
export const trackingOverspent = defineRule({
  id: "tracking.overspent",
  stage: "table",
  severity: "warning",
  field: "cell",
  description: "Kinh phí đã sử dụng của nhiệm vụ không vượt kinh phí thực hiện của nó.",
  messages: {
    overspent: (number: string, spent: number, planned: number) =>
      `Kinh phí đã sử dụng của nhiệm vụ ${number} (${money(spent)}) vượt kinh phí thực hiện (${money(planned)}).`,
    overspentHint:
      "Kiểm tra lại số đã chi, hoặc điều chỉnh kinh phí thực hiện theo quyết định bổ sung dự toán.",
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "spent");
    if (column === undefined) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) => {
      const { spent } = tracking;
      const planned = row.amount;
      if (spent.kind !== "amount" || planned.kind !== "amount" || spent.value <= planned.value)
        return [];
      return [
        at(row, {
          column,
          message: messages.overspent(nameOf(row), spent.value, planned.value),
          hint: messages.overspentHint,
          expected: planned.value,
          actual: spent.value,
        }),
      ];
    });
  },
});
