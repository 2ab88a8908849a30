import { shownDate } from "../calendar";
import { quoted } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { PROGRESS_LABELS } from "../tracking/tracking";
import { defineRule } from "./support/rule";

/**
 * tracking.pending: a Ngày hoàn thành given while Tiến độ does not say done (or says nothing). A note,
 * not a warning: the date may be a planned one, or Tiến độ not updated yet. The hint says what the
 * report makes of it (report/taskStatus.ts): a written Tiến độ wins, so the task counts as not done
 * and the date is set aside; a blank Tiến độ with a date counts the task as done. An unreadable Tiến
 * độ is tracking.progress's.
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
    notDoneHint: `Báo cáo tính theo Tiến độ: nhiệm vụ chưa hoàn thành, ngày hoàn thành không được tính. Nếu nhiệm vụ đã xong, chọn Tiến độ ${quoted(PROGRESS_LABELS.done)}; nếu chưa, xóa ngày hoàn thành.`,
    blankHint: `Báo cáo tính nhiệm vụ này là đã hoàn thành vì có ngày hoàn thành. Chọn Tiến độ ${quoted(PROGRESS_LABELS.done)} cho rõ, hoặc xóa ngày nếu nhiệm vụ chưa xong.`,
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "completed");
    if (column === undefined) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) => {
      const { completed, progress, progressText } = tracking;
      if (completed === null || progress === "done") return [];
      if (progress === null && progressText !== "") return [];
      const date = shownDate(completed);
      return [
        progress === null
          ? at(row, {
              column,
              message: messages.blank(nameOf(row), date),
              hint: messages.blankHint,
            })
          : at(row, {
              column,
              message: messages.notDone(nameOf(row), date, progressText),
              hint: messages.notDoneHint,
            }),
      ];
    });
  },
});
