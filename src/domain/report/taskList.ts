import { DaySpan, IsoDate, overlaps } from "../calendar";
import { ScheduleReading } from "../schedule/schedule";
import { TaskList } from "./report";

/**
 * Which list of a period's report a schedule puts its task in: a dated schedule is in the period when
 * one of its spans meets the window, else outside it; one that names no time, or that could not be read
 * (the check says so), is on demand, so that no task is dropped silently.
 */
export function listOf(schedule: ScheduleReading, window: DaySpan): TaskList {
  if (schedule.kind !== "dated") return "on-demand";
  return schedule.parts.some((part) => overlaps(part.span, window)) ? "period" : "outside";
}

/** The earliest day due among the schedule's parts that meet the window; null when none is due. */
export function deadlineOf(schedule: ScheduleReading, window: DaySpan): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const part of schedule.parts) {
    if (part.due === null || !overlaps(part.span, window)) continue;
    if (earliest === null || part.due < earliest) earliest = part.due;
  }
  return earliest;
}
