import { Appendix } from "../appendix";
import { parseSchedule, ParsedSchedule, resolveSchedule } from "./readSchedule";
import { ScheduleReading } from "./schedule";

/** The year a table's schedule cells are read in, and whether the plan says it or it was guessed. */
export interface ScheduleYear {
  year: number;
  /** The title (or the officer) gives it: only then can a year be stale. */
  known: boolean;
}

/** When no cell names a year, cells are read in this one: whether a cell can be read does not depend on it. */
const ANY_YEAR = 2000;

/**
 * The year the plan's schedule cells are read in: the plan's own, else the year most cells name (the
 * later one on a tie), else any year.
 */
export function scheduleYear(
  appendix: Appendix,
  parsed?: ReadonlyMap<string, ParsedSchedule>
): ScheduleYear {
  if (appendix.planYear !== null) return { year: appendix.planYear, known: true };
  const cells = parsed ?? parsedCells(appendix);
  const yearsOf = new Map(
    [...cells].map(([text, cell]) => [text, resolveSchedule(cell, ANY_YEAR).years] as const)
  );
  const named = likelyPlanYear(appendix.rows.map((row) => yearsOf.get(row.schedule) ?? []));
  return { year: named ?? ANY_YEAR, known: false };
}

/** The year most cells name, each cell counted once per year; on a tie the later; null when none names one. */
export function likelyPlanYear(yearsOfCells: readonly (readonly number[])[]): number | null {
  const counts = new Map<number, number>();
  for (const years of yearsOfCells)
    for (const year of new Set(years)) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) as number);
    if (count > bestCount || (count === bestCount && best !== null && year > best)) best = year;
  }
  return best;
}

/**
 * Every row's schedule cell read, by sheet row, in the year scheduleYear gives. Plans repeat a few
 * wordings ("Thường xuyên trong năm") down the table: each is read once, and rows with the same words
 * share the reading (treat it as read-only).
 */
export function readSchedules(appendix: Appendix): ReadonlyMap<number, ScheduleReading> {
  const parsed = parsedCells(appendix);
  const { year } = scheduleYear(appendix, parsed);
  const readings = new Map([...parsed].map(([text, cell]) => [text, resolveSchedule(cell, year)]));
  return new Map(
    appendix.rows.map((row) => [row.row, readings.get(row.schedule) as ScheduleReading])
  );
}

/** Each distinct schedule text of the table, parsed. */
function parsedCells(appendix: Appendix): Map<string, ParsedSchedule> {
  const parsed = new Map<string, ParsedSchedule>();
  for (const { schedule } of appendix.rows)
    if (!parsed.has(schedule)) parsed.set(schedule, parseSchedule(schedule));
  return parsed;
}
