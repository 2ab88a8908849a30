import { Appendix, withPlanYear } from "../domain/appendix";
import { IsoDate } from "../domain/calendar";
import { Grid } from "../domain/grid";
import { buildReport } from "../domain/report/buildReport";
import { PeriodId } from "../domain/report/periods";
import { placeOfIssuer } from "../domain/report/reportPlace";
import { PeriodReport } from "../domain/report/report";
import {
  DEFAULT_SETTINGS,
  readReportSettings,
  ReportSettings,
  SettingsProblem,
} from "../domain/report/reportSettings";
import { settingsText } from "../domain/report/settingsText";
import { ExcelSheets } from "../excel/excelContract";
import { sameSheetName } from "../sheet/sheetNames";
import { settingsSheet } from "../sheet/settingsSheet";
import { findAppendix } from "../domain/readAppendix";
import { readTitleBlock } from "../domain/titleBlock";
import { PeriodReportLayout, ReportPlace } from "../sheet/report/periodReportSheet";
import { ReportSheets, reportSheets } from "../sheet/report/reportSheets";
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
      /**
       * The period's report, by lead unit, by section: new sheets under free names, laid out when first
       * asked for (the JSON and the text summary never need them).
       */
      readonly sheets: SheetDescription[];
      readonly layout: PeriodReportLayout;
      /** The issuing body and place its header block names. */
      place: ReportPlace;
      /** What the settings sheet said that could not be used (defaults were). */
      problems: SettingsProblem[];
    }
  | { kind: "refused"; reason: ReportRefusal; message: string };

/** Why no report can be made: no appendix on the grid, no year for the plan, a period the settings leave out. */
export type ReportRefusal = "no-appendix" | "no-year" | "no-period";

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
  if (!found.found) return { kind: "refused", reason: "no-appendix", message: found.message };
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
  if (appendix.planYear === null)
    return { kind: "refused", reason: "no-year", message: reportUseText.noYear };
  const rule = settings.settings.periods.find((period) => period.id === request.period);
  if (!rule)
    return {
      kind: "refused",
      reason: "no-period",
      message: reportUseText.noPeriod(request.period),
    };
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
  let written: ReportSheets | undefined;
  const laidOut = () =>
    (written ??= reportSheets(report, existing, { issuer, place }, request.date));
  return {
    kind: "report",
    appendix,
    report,
    get sheets() {
      return laidOut().sheets;
    },
    get layout() {
      return laidOut().layout;
    },
    place: { issuer, place },
    problems: settings.problems,
  };
}

/** What "Lập báo cáo" did in Excel. */
export type WrittenReport =
  | {
      kind: "written";
      /** The sheet the appendix was read from (the active one when none was named). */
      appendixSheet: string;
      /** The names of the report's three sheets, the first one active. */
      sheets: string[];
      /** The settings sheet, when this report wrote it (the workbook had none); else null. */
      settingsSheet: string | null;
      report: PeriodReport;
      problems: SettingsProblem[];
    }
  | { kind: "refused"; message: string };

/**
 * "Lập báo cáo": reads the appendix on the named sheet (the active one when omitted) and the workbook's
 * "Cài đặt báo cáo" sheet when it has one, then adds the report's sheets (and, the first time, the
 * settings sheet, filled with what this report used, for the officer to edit). Nothing of the workbook
 * is changed or replaced. Syncs: the names 1, the appendix 1, the settings 1 when there are any, the
 * write 1 (the names are not read again): four at most, whatever the rows.
 */
export async function writeReport(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "sheetNames" | "readSheet" | "writeSheets">,
  sheetName: string | undefined,
  request: ReportRequest
): Promise<WrittenReport> {
  const existing = await sheets.sheetNames(context);
  const read = await sheets.readSheet(context, sheetName);
  const settingsName = existing.find((name) => sameSheetName(name, settingsText.sheetName)) ?? null;
  const settings = settingsName
    ? readReportSettings((await sheets.readSheet(context, settingsName)).grid)
    : { settings: DEFAULT_SETTINGS, problems: [] };
  const outcome = reportFromGrid(read.grid, request, settings, existing);
  if (outcome.kind === "refused") return outcome;
  const firstSettings = settingsName
    ? []
    : [settingsSheet({ ...DEFAULT_SETTINGS, ...outcome.place })];
  const names = await sheets.writeSheets(
    context,
    [...outcome.sheets, ...firstSettings],
    0,
    existing
  );
  return {
    kind: "written",
    appendixSheet: read.sheetName,
    sheets: names.slice(0, outcome.sheets.length),
    settingsSheet: settingsName ? null : names[outcome.sheets.length],
    report: outcome.report,
    problems: outcome.problems,
  };
}
