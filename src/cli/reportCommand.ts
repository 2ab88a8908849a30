import path from "path";
import { IsoDate, today } from "../domain/calendar";
import { PeriodId } from "../domain/report/periods";
import { DEFAULT_SETTINGS, readReportSettings } from "../domain/report/reportSettings";
import { settingsText } from "../domain/report/settingsText";
import { reportOfTable, ReportOutcome } from "../usecases/makeReport";
import { reportUseText } from "../usecases/reportUseText";
import { errorJson } from "./checkReport";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { LoadedSheet } from "./loadSheet";
import { readInput } from "./readInput";
import { writeParts } from "./output";
import { periodReportJson, streamedJson } from "./periodReportJson";
import { outputRefusal, ReportOutput, writeReportSheets } from "./reportOutput";
import { reportSummaryText } from "./reportSummaryText";

/** The options of `phuluc report`, as main.ts reads them. */
export interface ReportOptions {
  file: string;
  period: PeriodId;
  /** The plan's year; without it the appendix title's. */
  year?: number;
  /** The day overdue work is judged by; without it the end of the period's window. */
  asOf?: IsoDate;
  sheet?: string;
  format: "text" | "json";
  /** -o: the three report sheets written to a new .xlsx. */
  output?: ReportOutput;
  issuer?: string;
  place?: string;
}

const EXIT_DONE = 0;
const EXIT_FAILED = 2;

/**
 * `phuluc report`: a period's report of the appendix, printed (a summary, or the whole report as
 * JSON) and, with -o, written as the report sheets to a new workbook. The appendix's file is only
 * read. Loaded only for this command: it brings the schedule reader and the report sheets.
 */
export async function reportCommand(options: ReportOptions): Promise<number> {
  const json = options.format === "json";
  if (options.output !== undefined) {
    // Said before any work: there is no report to make for a file that cannot be written.
    const refused = await outputRefusal(options.output, options.file, cliText.report.outputIsInput);
    if (refused !== null) {
      process.stderr.write(`${refused}\n`);
      return EXIT_FAILED;
    }
  }
  const loaded = await readInput(options.file, options.sheet, json);
  if (loaded === null) return EXIT_FAILED;
  let made: Extract<ReportOutcome, { kind: "report" }>;
  try {
    made = report(loaded, options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.report.cannotMake(options.file, error.message)}\n`);
    if (json) await writeParts(process.stdout, [errorJson(options.file, error)]);
    return EXIT_FAILED;
  }
  for (const problem of made.problems) {
    const { sheetName } = settingsText;
    process.stderr.write(
      `${cliText.report.settingsProblem(sheetName, problem.cell, problem.message)}\n`
    );
  }
  let printed: Iterable<string> = json
    ? streamedJson(periodReportJson(options.file, loaded.sheet, made.report))
    : reportSummaryText(options.file, loaded.sheet, made.report);
  // The file first: a report that could not be written prints nothing on stdout, as a refused -o.
  if (options.output !== undefined) {
    const [failed, lines] = await Promise.all([
      writeReportSheets(options.output, made.sheets),
      // The summary's lines are made while the file is compressed and flushed to the disk; the JSON,
      // which can be long, is still made as it is printed.
      json
        ? printed
        : new Promise<string[]>((resolve) => setImmediate(() => resolve([...printed]))),
    ]);
    if (failed !== null) {
      process.stderr.write(`${failed}\n`);
      return EXIT_FAILED;
    }
    printed = lines;
  }
  await writeParts(process.stdout, printed);
  if (options.output === undefined) return EXIT_DONE;
  const written = cliText.written(
    path.resolve(options.output.file),
    made.sheets.map((sheet) => sheet.name)
  );
  // With JSON, stdout holds the JSON alone.
  await writeParts(json ? process.stderr : process.stdout, [`${written}\n`]);
  return EXIT_DONE;
}

/**
 * The report of the loaded appendix, with the workbook's settings sheet when it has one. Throws
 * InputError when none can be made: no year for the plan, or a period the settings leave out.
 */
function report(loaded: LoadedSheet, options: ReportOptions) {
  const settingsGrid = loaded.otherSheet(settingsText.sheetName);
  const settings =
    settingsGrid === null
      ? { settings: DEFAULT_SETTINGS, problems: [] }
      : readReportSettings(settingsGrid);
  const outcome = reportOfTable(
    loaded.grid,
    loaded.appendix,
    {
      period: options.period,
      year: options.year,
      asOf: options.asOf,
      date: today(),
      issuer: options.issuer,
      place: options.place,
    },
    settings,
    // The report goes to a workbook of its own: no names to keep clear of.
    []
  );
  if (outcome.kind === "report") return outcome;
  // On the command line the year is given with --year, which the message says.
  const message =
    outcome.reason === "no-year"
      ? `${reportUseText.unknownYear} ${cliText.report.noYear}`
      : outcome.message;
  throw new InputError(outcome.reason, message);
}
