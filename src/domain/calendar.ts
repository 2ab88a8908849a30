/**
 * Days of the calendar as ISO 8601 text, "2024-03-14": what the JSON report prints, ordered as text is,
 * and free of time zones (a plan's deadline is a day, not an instant).
 */
export type IsoDate = string;

/** A run of days, both ends included. */
export interface DaySpan {
  from: IsoDate;
  to: IsoDate;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The day, or null when there is no such day (31/4, 29/2 of a common year). */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The last day of a month: 2024-02-29. */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month)) as IsoDate;
}

export function yearSpan(year: number): DaySpan {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Whether two spans share a day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** "14/03/2024", as Vietnamese documents write a day. */
export function shownDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** A day read from what a cell holds: "14/3/2024", "14-03-2024", "14.03.2024" or "2024-03-14". */
export function readDay(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+Z?)?$/.exec(trimmed);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(trimmed);
  if (written) return isoDate(Number(written[3]), Number(written[2]), Number(written[1]));
  return null;
}

/** Today where the officer is, as a day. */
export function today(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as IsoDate;
}
