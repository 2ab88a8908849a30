import { DaySpan, isoDate, IsoDate } from "../calendar";

/** The reports a plan's year asks for (Bộ Nội vụ guidance): Quý I, 6 tháng, Quý III, 9 tháng, Năm. */
export const PERIOD_IDS = ["q1", "h1", "q3", "9m", "year"] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

/** A day of the plan's year, or of the year before it (the windows start on 15/12 of the year before). */
export interface YearDay {
  month: number;
  day: number;
  /** In the year before the plan's. */
  previousYear?: boolean;
}

/** A report period: its name, the window of data it covers and the day it is due. */
export interface PeriodRule {
  id: PeriodId;
  /** As a title writes it after "Kế hoạch cải cách hành chính": "quý I", "6 tháng đầu", "năm". */
  name: string;
  from: YearDay;
  to: YearDay;
  due: YearDay;
}

/**
 * The windows DESIGN.md gives as defaults. Provinces may set other dates: the officer changes them on
 * the settings sheet, so the rest of the code takes the rules as data and never these constants.
 */
export const DEFAULT_PERIODS: readonly PeriodRule[] = [
  {
    id: "q1",
    name: "quý I",
    from: { month: 12, day: 15, previousYear: true },
    to: { month: 3, day: 14 },
    due: { month: 3, day: 20 },
  },
  {
    id: "h1",
    name: "6 tháng đầu năm",
    from: { month: 12, day: 15, previousYear: true },
    to: { month: 6, day: 14 },
    due: { month: 6, day: 20 },
  },
  {
    id: "q3",
    name: "quý III",
    from: { month: 6, day: 15 },
    to: { month: 9, day: 14 },
    due: { month: 9, day: 20 },
  },
  {
    id: "9m",
    name: "9 tháng đầu năm",
    from: { month: 12, day: 15, previousYear: true },
    to: { month: 9, day: 14 },
    due: { month: 9, day: 20 },
  },
  {
    id: "year",
    name: "năm",
    from: { month: 12, day: 15, previousYear: true },
    to: { month: 12, day: 14 },
    due: { month: 12, day: 20 },
  },
];

/** A period of one plan year: its window of data and the day the report is due. */
export interface PeriodOfYear {
  rule: PeriodRule;
  year: number;
  window: DaySpan;
  due: IsoDate;
}

/** The day a rule names in the plan's year; 29/02 in a common year is its 28/02. */
export function dayOf(day: YearDay, year: number): IsoDate {
  const inYear = day.previousYear ? year - 1 : year;
  return (
    isoDate(inYear, day.month, day.day) ?? (isoDate(inYear, day.month, day.day - 1) as IsoDate)
  );
}

export function periodOfYear(rule: PeriodRule, year: number): PeriodOfYear {
  return {
    rule,
    year,
    window: { from: dayOf(rule.from, year), to: dayOf(rule.to, year) },
    due: dayOf(rule.due, year),
  };
}

/**
 * The period of a year as a title names it: "quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024" (a
 * name ending in "năm" takes the year alone).
 */
export function periodWithYear(period: PeriodOfYear): string {
  const name = period.rule.name;
  return /(?:^|\s)năm$/u.test(name) ? `${name} ${period.year}` : `${name} năm ${period.year}`;
}
