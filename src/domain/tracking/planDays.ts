import { DaySpan, IsoDate, yearSpan } from "../calendar";
import { DEFAULT_PERIODS, PeriodRule, periodOfYear } from "../report/periods";

/**
 * The days a plan year's work may be done on, as its reports count them: from the earliest report
 * window's first day (15/12 of the year before, by DEFAULT_PERIODS: the Quý I and year reports start
 * there) to the end of the plan's year, or of a window that ends later.
 */
export function planDays(year: number, periods: readonly PeriodRule[] = DEFAULT_PERIODS): DaySpan {
  let { from, to } = yearSpan(year);
  for (const rule of periods) {
    const { window } = periodOfYear(rule, year);
    if (window.from < from) from = window.from;
    if (window.to > to) to = window.to;
  }
  return { from, to };
}

export function inSpan(day: IsoDate, span: DaySpan): boolean {
  return day >= span.from && day <= span.to;
}
