import { shownDate, yearOf } from "../calendar";
import { quoted } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { defineRule } from "./support/rule";

/**
 * tracking.date: a Ngày hoàn thành that is no day, or a day outside the plan's year (a year typed wrong,
 * or a row copied from last year's tracking). Skipped for the year when the plan's year is not known.
 */
export const trackingDate = defineRule({
  id: "tracking.date",
  stage: "table",
  severity: "warning",
  field: "cell",
  description: "Ngày hoàn thành là một ngày trong năm của kế hoạch.",
  messages: {
    unreadable: (number: string, text: string) =>
      `Ngày hoàn thành của nhiệm vụ ${number} không đọc được: ${quoted(text)}.`,
    unreadableHint: "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2025.",
    outsideYear: (number: string, date: string, year: number) =>
      `Ngày hoàn thành của nhiệm vụ ${number} (${date}) không thuộc năm ${year} của kế hoạch.`,
    outsideYearHint: "Kiểm tra lại năm của ngày hoàn thành.",
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "completed");
    if (column === undefined) return [];
    const year = appendix.planYear;
    return trackedTasks(outline).flatMap(({ row, tracking }) => {
      const { completed, completedText } = tracking;
      if (completed === null && completedText !== "")
        return [
          at(row, {
            column,
            message: messages.unreadable(nameOf(row), completedText),
            hint: messages.unreadableHint,
          }),
        ];
      if (completed !== null && year !== null && yearOf(completed) !== year)
        return [
          at(row, {
            column,
            message: messages.outsideYear(nameOf(row), shownDate(completed), year),
            hint: messages.outsideYearHint,
          }),
        ];
      return [];
    });
  },
});
