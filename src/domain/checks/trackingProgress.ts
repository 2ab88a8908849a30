import { listAnd, quoted } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { PROGRESS, PROGRESS_LABELS } from "../tracking/tracking";
import { defineRule } from "./support/rule";

/** tracking.progress: a Tiến độ cell that says none of the three states. */
export const trackingProgress = defineRule({
  id: "tracking.progress",
  stage: "table",
  severity: "warning",
  field: "cell",
  description:
    "Cột Tiến độ ghi một trong ba giá trị: chưa thực hiện, đang thực hiện, đã hoàn thành.",
  messages: {
    unreadable: (number: string, text: string) =>
      `Tiến độ của nhiệm vụ ${number} không đọc được: ${quoted(text)}.`,
    unreadableHint: `Chọn một trong ba giá trị: ${listAnd(PROGRESS.map((p) => quoted(PROGRESS_LABELS[p])))}.`,
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "progress");
    if (column === undefined) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) =>
      tracking.progress === null && tracking.progressText !== ""
        ? [
            at(row, {
              column,
              message: messages.unreadable(nameOf(row), tracking.progressText),
              hint: messages.unreadableHint,
            }),
          ]
        : []
    );
  },
});
