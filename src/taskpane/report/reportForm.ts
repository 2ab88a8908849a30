import { IsoDate, readDay, shownDate, today } from "../../domain/calendar";
import { DEFAULT_PERIODS, PeriodId, periodOfYear } from "../../domain/report/periods";
import type { ReportRequest } from "../../usecases/makeReport";
import { reportPaneText } from "./reportPaneText";

/** What the officer has typed and picked in the "Báo cáo" form, as typed. */
export interface ReportFormValues {
  period: PeriodId;
  /** The plan's year; "" for the appendix title's. */
  year: string;
  /** The as-of day as Vietnamese documents write it, "14/03/2025". */
  asOf: string;
  /** "" for the settings sheet's, else the appendix's. */
  issuer: string;
  place: string;
}

export type ReportField = "year" | "asOf";

export type ReportFormResult =
  | { ok: true; request: ReportRequest }
  | { ok: false; errors: Partial<Record<ReportField, string>> };

const YEAR = /^\d{4}$/;

/**
 * The report an officer is most likely making on `day`: the first period (Quý I, 6 tháng, Quý III,
 * 9 tháng, Năm) whose window, counted on to its due day, holds the day (a report is written in the
 * days after its window closes); else the one that was due last. The default windows are used: the
 * workbook's settings are only read when the report is made.
 */
export function defaultPeriod(day: IsoDate): PeriodId {
  const year = Number(day.slice(0, 4));
  const periods = DEFAULT_PERIODS.map((rule) => periodOfYear(rule, year));
  const current = periods.find(({ window, due }) => window.from <= day && day <= due);
  if (current) return current.rule.id;
  const past = periods.filter(({ due }) => due < day);
  // Before every due day of the year (never with the default windows): the year's first report.
  if (past.length === 0) return DEFAULT_PERIODS[0].id;
  return past.reduce((last, period) => (period.due > last.due ? period : last)).rule.id;
}

/** The form as it opens on `day`: its likely period, the plan's year from the title, as of that day. */
export function emptyReportForm(day: IsoDate = today()): ReportFormValues {
  return { period: defaultPeriod(day), year: "", asOf: shownDate(day), issuer: "", place: "" };
}

/**
 * The request the form makes, dated `date` (the day the report is made); or what is wrong, said under
 * the fields: a year not of four digits, an as-of day that is not a day of the calendar.
 */
export function validateReportForm(
  values: ReportFormValues,
  date: IsoDate = today()
): ReportFormResult {
  const errors: Partial<Record<ReportField, string>> = {};
  const year = values.year.trim();
  if (year !== "" && !YEAR.test(year)) errors.year = reportPaneText.yearInvalid;
  const asOf = readDay(values.asOf);
  if (asOf === null) errors.asOf = reportPaneText.asOfInvalid;
  if (errors.year || errors.asOf) return { ok: false, errors };
  const issuer = values.issuer.trim();
  const place = values.place.trim();
  return {
    ok: true,
    request: {
      period: values.period,
      ...(year === "" ? {} : { year: Number(year) }),
      asOf: asOf as IsoDate,
      date,
      ...(issuer === "" ? {} : { issuer }),
      ...(place === "" ? {} : { place }),
    },
  };
}
