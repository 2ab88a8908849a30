import { Appendix, withPlanYear } from "../domain/appendix";
import { IsoDate } from "../domain/calendar";
import { Grid } from "../domain/grid";
import { buildReport } from "../domain/report/buildReport";
import { PeriodId } from "../domain/report/periods";
import { placeOfIssuer } from "../domain/report/reportPlace";
import { PeriodReport } from "../domain/report/report";
import { ReportSettings, SettingsProblem } from "../domain/report/reportSettings";
import { findAppendix } from "../domain/readAppendix";
import { readTitleBlock } from "../domain/titleBlock";
import { PeriodReportLayout } from "../sheet/report/periodReportSheet";
import { reportSheets } from "../sheet/report/reportSheets";
import { SheetDescription } from "../sheet/sheetDescription";
import { reportUseText } from "./reportUseText";

export interface ReportRequest {
  period: PeriodId;
  /** The plan's year when the officer gives it; else the appendix title's. */
  year?: number;
  /** The day overdue work is judged by; the end of the period's window when omitted. */
  asOf?: IsoDate;
  /** The date line's day: the day the report is made. */
  date: IsoDate;
  /** What the officer typed for the header block; else the settings sheet's, else the appendix's. */
  issuer?: string;
  place?: string;
}

export type ReportOutcome =
  | {
      kind: "report";
      appendix: Appendix;
      report: PeriodReport;
      /** The period's report, by lead unit, by section: new sheets under free names. */
      sheets: SheetDescription[];
      layout: PeriodReportLayout;
      /** What the settings sheet said that could not be used (defaults were). */
      problems: SettingsProblem[];
    }
  | { kind: "refused"; message: string };

/**
 * A period's report of the appendix on a grid, and the sheets that write it, named apart from
 * `existing` sheets. Nothing of the grid is changed; a grid without an appendix or a plan without a
 * year is refused with the Vietnamese to show.
 */
export function reportFromGrid(
  grid: Grid,
  request: ReportRequest,
  settings: { settings: ReportSettings; problems: SettingsProblem[] },
  existing: readonly string[]
): ReportOutcome {
  const found = findAppendix(grid);
  if (!found.found) return { kind: "refused", message: found.message };
  return reportOfTable(grid, found.appendix, request, settings, existing);
}

/** The same, for an appendix already found on the grid (the command line has read it). */
export function reportOfTable(
  grid: Grid,
  found: Appendix,
  request: ReportRequest,
  settings: { settings: ReportSettings; problems: SettingsProblem[] },
  existing: readonly string[]
): ReportOutcome {
  const appendix = withPlanYear(found, request.year);
  if (appendix.planYear === null) return { kind: "refused", message: reportUseText.noYear };
  const rule = settings.settings.periods.find((period) => period.id === request.period);
  if (!rule) return { kind: "refused", message: reportUseText.noPeriod(request.period) };
  const report = buildReport(appendix, {
    period: rule,
    year: appendix.planYear,
    asOf: request.asOf,
    aliases: settings.settings.aliases,
  });
  const titleIssuer = readTitleBlock(grid, appendix.headerRow - grid.firstRow).reference.issuer;
  const issuer = request.issuer || settings.settings.issuer || titleIssuer || null;
  const place =
    request.place || settings.settings.place || (issuer ? placeOfIssuer(issuer) : null) || null;
  const written = reportSheets(report, existing, { issuer, place }, request.date);
  return {
    kind: "report",
    appendix,
    report,
    sheets: written.sheets,
    layout: written.layout,
    problems: settings.problems,
  };
}
