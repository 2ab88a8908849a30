import { shownDate, yearOf } from "../calendar";
import { quoted } from "../messages";
import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { defineRule } from "./support/rule";

/**
 * tracking.early: a Ngày hoàn thành before the task's time begins (done 10/03 for a task of Quý II):
 * most often a day or month typed wrong. The time is the schedule cell as the checks share it
 * (context.schedules, read in the plan's year), its earliest part's first day; a cell naming no time,
 * or a plan whose year is not known, is not judged. Only days of the plan's calendar year are: one in
 * the year before is tracking.date's, or, from 15/12, work the year's first reports count (planDays).
 */
export const trackingEarly = defineRule({
  id: "tracking.early",
  stage: "table",
  severity: "warning",
  field: "cell",
  description: "Ngày hoàn thành không trước thời gian thực hiện của nhiệm vụ.",
  messages: {
    early: (number: string, date: string, start: string, schedule: string) =>
      `Nhiệm vụ ${number} ghi hoàn thành ngày ${date}, trước khi thời gian thực hiện (${quoted(schedule)}) bắt đầu (${start}).`,
    earlyHint: "Kiểm tra lại ngày hoàn thành, hoặc thời gian thực hiện của nhiệm vụ.",
  },
  check: ({ appendix, outline, schedules }, { at, messages }) => {
    const column = trackingColumn(appendix, "completed");
    const year = appendix.planYear;
    if (column === undefined || year === null) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) => {
      const { completed } = tracking;
      if (completed === null || yearOf(completed) !== year || row.schedule === "") return [];
      const schedule = schedules.get(row.row);
      if (schedule?.kind !== "dated" || schedule.parts.length === 0) return [];
      const start = schedule.parts.reduce(
        (first, part) => (part.span.from < first ? part.span.from : first),
        schedule.parts[0].span.from
      );
      if (completed >= start) return [];
      return [
        at(row, {
          column,
          message: messages.early(
            nameOf(row),
            shownDate(completed),
            shownDate(start),
            row.schedule
          ),
          hint: messages.earlyHint,
        }),
      ];
    });
  },
});
