import { quoted } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { defineRule } from "./support/rule";

/** tracking.spent: a Kinh phí đã sử dụng that cannot be read as an amount. */
export const trackingSpent = defineRule({
  id: "tracking.spent",
  stage: "table",
  severity: "warning",
  field: "cell",
  description: "Kinh phí đã sử dụng là một số tiền.",
  messages: {
    unreadable: (number: string, text: string) =>
      `Kinh phí đã sử dụng của nhiệm vụ ${number} không đọc được: ${quoted(text)}.`,
    unreadableHint: "Ghi số tiền bằng số, ví dụ 1.500.000; để trống nếu chưa chi.",
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "spent");
    if (column === undefined) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) =>
      tracking.spent.kind === "unreadable"
        ? [
            at(row, {
              column,
              message: messages.unreadable(nameOf(row), tracking.spent.text),
              hint: messages.unreadableHint,
            }),
          ]
        : []
    );
  },
});
