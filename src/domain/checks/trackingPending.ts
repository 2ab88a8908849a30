import { shownDate } from "../calendar";
import { quoted } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { PROGRESS_LABELS } from "../tracking/tracking";
import { defineRule } from "./support/rule";

/**
 * tracking.pending: a Ngày hoàn thành given while Tiến độ does not say done (or says nothing). A note,
 * not a warning: the date may be a planned one, or Tiến độ not updated yet; the report counts the task
 * as not done either way, since it goes by Tiến độ. An unreadable Tiến độ is tracking.progress's.
 */
export const trackingPending = defineRule({
  id: "tracking.pending",
  stage: "table",
  severity: "info",
  field: "cell",
  description: "Nhiệm vụ có ngày hoàn thành thì Tiến độ ghi đã hoàn thành.",
  messages: {
    notDone: (number: string, date: string, progress: string) =>
      `Nhiệm vụ ${number} có ngày hoàn thành ${date} nhưng Tiến độ ghi ${quoted(progress)}.`,
    blank: (number: string, date: string) =>
      `Nhiệm vụ ${number} có ngày hoàn thành ${date} nhưng chưa ghi Tiến độ.`,
    hint: `Nếu nhiệm vụ đã xong, chọn Tiến độ ${quoted(PROGRESS_LABELS.done)}; báo cáo tính theo cột Tiến độ.`,
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "completed");
    if (column === undefined) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) => {
      const { completed, progress, progressText } = tracking;
      if (completed === null || progress === "done") return [];
      if (progress === null && progressText !== "") return [];
      const date = shownDate(completed);
      const message =
        progress === null
          ? messages.blank(nameOf(row), date)
          : messages.notDone(nameOf(row), date, progressText);
      return [at(row, { column, message, hint: messages.hint })];
    });
  },
});
