import { listAnd } from "../messages";
import { defineRule } from "./support/rule";

/**
 * schedule.stale: a "Thời gian thực hiện" cell naming a year before the plan's, as when a plan is copied
 * from last year and its dates forgotten. A time that goes on into the plan's year ("Quý I/2023 và
 * những năm tiếp theo") is not stale. Judged only when the plan's year is known (from the title, or
 * given by the officer).
 */
export const scheduleStale = defineRule({
  id: "schedule.stale",
  stage: "table",
  severity: "warning",
  field: "schedule",
  description: "Thời gian thực hiện không ghi năm trước năm của kế hoạch.",
  messages: {
    stale: (years: number[], planYear: number) =>
      `Thời gian thực hiện ghi năm ${listAnd(years.map(String))}, trước năm của kế hoạch (${planYear}).`,
    hint: (planYear: number) =>
      `Kế hoạch chép từ năm trước? Sửa năm thành ${planYear} (hoặc ghi đúng năm thực hiện).`,
  },
  check: (context, { at, messages }) => {
    const planYear = context.appendix.planYear;
    if (planYear === null) return [];
    return context.outline.nodes.flatMap((node) => {
      const stale = context.schedules.get(node.row.row)?.staleYears ?? [];
      return stale.length > 0
        ? [
            at(node.row, {
              message: messages.stale(stale, planYear),
              hint: messages.hint(planYear),
            }),
          ]
        : [];
    });
  },
});
