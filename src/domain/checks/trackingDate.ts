import { shownDate } from "../calendar";
import { quoted } from "../messages";
import { nameOf } from "../rowNames";
import { inSpan, planDays } from "../tracking/planDays";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { defineRule } from "./support/rule";

/**
 * tracking.date: a Ngày hoàn thành that is no day, or a day outside the plan's year as its reports count
 * it (planDays: from 15/12 of the year before, where the Quý I and year reports' windows start): a year
 * typed wrong, or a row copied from last year's tracking. Skipped for the year when it is not known.
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
    outsideYear: (number: string, date: string, year: number, from: string, to: string) =>
      `Ngày hoàn thành của nhiệm vụ ${number} (${date}) không thuộc năm ${year} của kế hoạch (từ ${from} đến ${to}).`,
    outsideYearHint: "Kiểm tra lại năm của ngày hoàn thành.",
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "completed");
    if (column === undefined) return [];
    const year = appendix.planYear;
    const days = year === null ? null : planDays(year);
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
      if (completed !== null && year !== null && days !== null && !inSpan(completed, days))
        return [
          at(row, {
            column,
            message: messages.outsideYear(
              nameOf(row),
              shownDate(completed),
              year,
              shownDate(days.from),
              shownDate(days.to)
            ),
            hint: messages.outsideYearHint,
          }),
        ];
      return [];
    });
  },
});
