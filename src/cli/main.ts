import { parseArgs, ParseArgsConfig } from "node:util";
import path from "path";
import { withPlanYear } from "../domain/appendix";
import { checkAppendix } from "../domain/checkAppendix";
import { byPosition } from "../domain/finding";
import { checkReport, errorJson, reportJson, reportText } from "./checkReport";
import { cliText, UsageError } from "./cliText";
import { InputError } from "./inputError";
import { readInput } from "./readInput";
import type { NewOptions } from "./newCommand";
import { isoDate } from "../domain/calendar";
import { PERIOD_IDS, PeriodId } from "../domain/report/periods";
import type { ReportOptions } from "./reportCommand";
import type { ImportOptions } from "./importCommand";
import type { ConsolidateOptions } from "./consolidateCommand";
import { OutputError, writeParts } from "./output";

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

/** One option of a command, declared once: node:util's parseArgs reads it, the usage text shows it. */
interface Option {
  /** The long name, without "--". */
  name: string;
  /** The one-letter form, without "-". */
  short?: string;
  /** Whether a value follows it (--sheet TÊN); otherwise it is a switch (--force). */
  takesValue: boolean;
  /** Its lines in the usage text. */
  usage: readonly string[];
}

/** What parseArgs read of a call: each option's value, or true for a switch given. */
type Values = Record<string, string | boolean | undefined>;

/** A command as the table declares it: how it reads a call, and what it does. */
interface CommandSpec<T> {
  name: string;
  help: { synopsis: readonly string[]; summary: string; footer: readonly string[] };
  /** The operand it takes, for the usage text; read() says what to do with too many. */
  operand?: { label: string; usage: readonly string[] };
  options: readonly Option[];
  /** The call's options from what parseArgs read; throws UsageError for a call it cannot take. */
  read(values: Values, operands: readonly string[]): T;
  run(options: T): Promise<number>;
  /** What it prints on stdout besides the usage when it cannot take a call (check --format json). */
  refused?(args: readonly string[], message: string): Promise<void>;
}

/** A row of the command table. */
interface Command {
  name: string;
  help: CommandSpec<unknown>["help"];
  operand?: CommandSpec<unknown>["operand"];
  options: readonly Option[];
  /** Reads the call, then runs it. */
  call(values: Values, operands: readonly string[]): Promise<number>;
  refused?(args: readonly string[], message: string): Promise<void>;
}

function command<T>(spec: CommandSpec<T>): Command {
  return { ...spec, call: (values, operands) => spec.run(spec.read(values, operands)) };
}

const text = (value: string | boolean | undefined) =>
  typeof value === "string" ? value : undefined;

// ---- check ---------------------------------------------------------------------------------------

interface CheckOptions {
  file: string;
  sheet?: string;
  /** --year: the plan's year, over the one the title names. */
  year?: number;
  format: "text" | "json";
  /** --output: the findings written to an .xlsx or .csv as well. */
  output?: { file: string; format: "xlsx" | "csv"; force: boolean };
}

const CHECK_OPTIONS: readonly Option[] = [
  { name: "sheet", takesValue: true, usage: cliText.check.sheet },
  { name: "year", takesValue: true, usage: cliText.check.year },
  { name: "format", takesValue: true, usage: cliText.check.format },
  { name: "output", short: "o", takesValue: true, usage: cliText.check.output },
  { name: "force", takesValue: false, usage: cliText.check.force },
];

/** --year, four digits, as given; undefined when not given. */
function yearOption(values: Values): string | undefined {
  const year = text(values.year);
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(cliText.badYear(year));
  return year;
}

function formatOption(values: Values): "text" | "json" {
  const format = text(values.format) ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(cliText.badFormat(format));
  return format;
}

/** -o of a command that writes a new workbook, with --force; undefined when not given. */
function workbookOutput(values: Values): { file: string; force: boolean } | undefined {
  const output = text(values.output);
  if (output === undefined && values.force) throw new UsageError(cliText.forceWithoutOutput);
  if (output !== undefined && path.extname(output).toLowerCase() !== ".xlsx") {
    throw new UsageError(cliText.notXlsx(output));
  }
  return output === undefined ? undefined : { file: output, force: values.force === true };
}

function readCheck(values: Values, operands: readonly string[]): CheckOptions {
  const [file, extra] = operands;
  if (extra !== undefined) throw new UsageError(cliText.extraFile(extra));
  if (file === undefined) throw new UsageError(cliText.missingFile);
  const sheet = text(values.sheet);
  const yearText = yearOption(values);
  const year = yearText === undefined ? undefined : Number(yearText);
  const format = formatOption(values);
  const output = text(values.output);
  if (output === undefined) {
    if (values.force) throw new UsageError(cliText.forceWithoutOutput);
    return { file, sheet, year, format };
  }
  const extension = path.extname(output).toLowerCase();
  const type = extension === ".xlsx" ? "xlsx" : extension === ".csv" ? "csv" : null;
  if (type === null) throw new UsageError(cliText.notResultType(output));
  return {
    file,
    sheet,
    year,
    format,
    output: { file: output, format: type, force: values.force === true },
  };
}

async function check(options: CheckOptions): Promise<number> {
  const json = options.format === "json";
  const loaded = await readInput(options.file, options.sheet, json);
  if (loaded === null) return EXIT_UNREADABLE;
  const findings = checkAppendix(withPlanYear(loaded.appendix, options.year));
  if (loaded.notices.length > 0) {
    findings.unshift(...loaded.notices);
    findings.sort(byPosition);
  }
  const report = checkReport(options.file, loaded.sheet, findings);
  await writeParts(process.stdout, json ? reportJson(report) : reportText(report));
  if (options.output !== undefined) {
    // The file writers are loaded only for --output: `check` alone starts without them.
    const { writeResult } = await import(/* webpackChunkName: "check-output" */ "./findingsOutput");
    const checked = { file: options.file, sheet: loaded.sheet, findings, date: new Date() };
    if (!(await writeResult(options.output, checked))) return EXIT_UNREADABLE;
  }
  return report.summary.errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}

/** A call `check` cannot take still answers in JSON when JSON was asked for, naming the file it could read. */
async function checkRefused(args: readonly string[], message: string): Promise<void> {
  const { values, positionals } = parseLeniently(args, CHECK_OPTIONS);
  if (values.format !== "json") return;
  const file = positionals[0] ?? "";
  await writeParts(process.stdout, [errorJson(file, new InputError("unsupported", message))]);
}

// ---- new -----------------------------------------------------------------------------------------

const NEW_OPTIONS: readonly Option[] = [
  { name: "from", takesValue: true, usage: cliText.new.from },
  { name: "sheet", takesValue: true, usage: cliText.new.sheet },
  { name: "output", short: "o", takesValue: true, usage: cliText.new.output },
  { name: "title", takesValue: true, usage: cliText.new.title },
  { name: "year", takesValue: true, usage: cliText.new.year },
  { name: "plan-number", takesValue: true, usage: cliText.new.planNumber },
  { name: "issuer", takesValue: true, usage: cliText.new.issuer },
  { name: "force", takesValue: false, usage: cliText.new.force },
];

function readNew(values: Values, operands: readonly string[]): NewOptions {
  if (operands.length > 0) throw new UsageError(cliText.unexpected(operands[0]));
  const from = text(values.from);
  const sheet = text(values.sheet);
  const output = text(values.output);
  // Without --year: the year --from's title names, else this year (the use case knows which).
  const year = text(values.year);
  if (!output) throw new UsageError(cliText.missingOutput);
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new UsageError(cliText.notXlsx(output));
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(cliText.badYear(year));
  if (sheet !== undefined && from === undefined) throw new UsageError(cliText.sheetWithoutFrom);
  return {
    from,
    sheet,
    output,
    title: text(values.title),
    year,
    planNumber: text(values["plan-number"]),
    issuer: text(values.issuer),
    force: values.force === true,
  };
}

async function runNew(options: NewOptions): Promise<number> {
  // The workbook writer is loaded only for `new`: `check` starts without it.
  const { newCommand } = await import(/* webpackChunkName: "phuluc-new" */ "./newCommand");
  return await newCommand(options);
}

// ---- report --------------------------------------------------------------------------------------

const REPORT_OPTIONS: readonly Option[] = [
  { name: "period", takesValue: true, usage: cliText.report.period },
  { name: "year", takesValue: true, usage: cliText.report.year },
  { name: "as-of", takesValue: true, usage: cliText.report.asOf },
  { name: "sheet", takesValue: true, usage: cliText.report.sheet },
  { name: "format", takesValue: true, usage: cliText.report.format },
  { name: "output", short: "o", takesValue: true, usage: cliText.report.output },
  { name: "force", takesValue: false, usage: cliText.report.force },
  { name: "issuer", takesValue: true, usage: cliText.report.issuer },
  { name: "place", takesValue: true, usage: cliText.report.place },
];

function readReport(values: Values, operands: readonly string[]): ReportOptions {
  const [file, extra] = operands;
  if (extra !== undefined) throw new UsageError(cliText.report.extraFile(extra));
  if (file === undefined) throw new UsageError(cliText.report.missingFile);
  const period = text(values.period);
  if (period === undefined) throw new UsageError(cliText.report.missingPeriod);
  if (!(PERIOD_IDS as readonly string[]).includes(period)) {
    throw new UsageError(cliText.report.badPeriod(period));
  }
  const year = yearOption(values);
  const asOf = text(values["as-of"]);
  if (asOf !== undefined && dayOf(asOf) === null) {
    throw new UsageError(cliText.report.badAsOf(asOf));
  }
  return {
    file,
    period: period as PeriodId,
    year: year === undefined ? undefined : Number(year),
    asOf: asOf === undefined ? undefined : (dayOf(asOf) ?? undefined),
    sheet: text(values.sheet),
    format: formatOption(values),
    output: workbookOutput(values),
    issuer: text(values.issuer),
    place: text(values.place),
  };
}

/** A day written YYYY-MM-DD that the calendar has (not 2025-02-30), else null. */
function dayOf(written: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  return parts ? isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

async function runReport(options: ReportOptions): Promise<number> {
  // The report and its sheets are loaded only for `report`: `check` starts without them.
  const { reportCommand } = await import(/* webpackChunkName: "phuluc-report" */ "./reportCommand");
  return await reportCommand(options);
}

/** A call `report` cannot take still answers in JSON when JSON was asked for, as `check` does. */
async function reportRefused(args: readonly string[], message: string): Promise<void> {
  const { values, positionals } = parseLeniently(args, REPORT_OPTIONS);
  if (values.format !== "json") return;
  const file = positionals[0] ?? "";
  await writeParts(process.stdout, [errorJson(file, new InputError("unsupported", message))]);
}

// ---- import --------------------------------------------------------------------------------------

const IMPORT_OPTIONS: readonly Option[] = [
  { name: "year", takesValue: true, usage: cliText.import.year },
  { name: "letters", takesValue: false, usage: cliText.import.letters },
  { name: "format", takesValue: true, usage: cliText.import.format },
  { name: "output", short: "o", takesValue: true, usage: cliText.import.output },
  { name: "force", takesValue: false, usage: cliText.import.force },
];

function readImport(values: Values, operands: readonly string[]): ImportOptions {
  const [file, extra] = operands;
  if (extra !== undefined) throw new UsageError(cliText.import.extraFile(extra));
  if (file === undefined) throw new UsageError(cliText.import.missingFile);
  return {
    file,
    year: yearOption(values),
    letters: values.letters === true,
    format: formatOption(values),
    output: workbookOutput(values),
  };
}

async function runImport(options: ImportOptions): Promise<number> {
  // The importer and the workbook writer are loaded only for `import`.
  const { importCommand } = await import(/* webpackChunkName: "phuluc-import" */ "./importCommand");
  return await importCommand(options);
}

// ---- consolidate ---------------------------------------------------------------------------------

const CONSOLIDATE_OPTIONS: readonly Option[] = [
  { name: "period", takesValue: true, usage: cliText.consolidate.period },
  { name: "year", takesValue: true, usage: cliText.consolidate.year },
  { name: "format", takesValue: true, usage: cliText.consolidate.format },
  { name: "output", short: "o", takesValue: true, usage: cliText.consolidate.output },
  { name: "force", takesValue: false, usage: cliText.consolidate.force },
  { name: "compare", takesValue: false, usage: cliText.compare.usage },
];

function readConsolidate(values: Values, operands: readonly string[]): ConsolidateOptions {
  if (operands.length === 0) throw new UsageError(cliText.consolidate.missingFiles);
  const period = text(values.period);
  if (period !== undefined && !(PERIOD_IDS as readonly string[]).includes(period))
    throw new UsageError(cliText.report.badPeriod(period));
  const year = yearOption(values);
  const compare = values.compare === true;
  if (compare && operands.length !== 2) throw new UsageError(cliText.compare.twoFiles);
  return {
    compare,
    files: [...operands],
    format: formatOption(values),
    output: workbookOutput(values),
    period: period as PeriodId | undefined,
    year: year === undefined ? undefined : Number(year),
  };
}

async function runConsolidate(options: ConsolidateOptions): Promise<number> {
  const { consolidateCommand } = await import(
    /* webpackChunkName: "phuluc-consolidate" */ "./consolidateCommand"
  );
  return await consolidateCommand(options);
}

// ---- the table -----------------------------------------------------------------------------------

/** The commands, in the order the usage text lists them. A new command is a new row. */
const COMMANDS: readonly Command[] = [
  command({
    name: "check",
    help: cliText.check,
    operand: { label: "TỆP", usage: cliText.check.file },
    options: CHECK_OPTIONS,
    read: readCheck,
    run: check,
    refused: checkRefused,
  }),
  command({
    name: "new",
    help: cliText.new,
    options: NEW_OPTIONS,
    read: readNew,
    run: runNew,
  }),
  command({
    name: "import",
    help: cliText.import,
    operand: { label: "TỆP", usage: cliText.import.file },
    options: IMPORT_OPTIONS,
    read: readImport,
    run: runImport,
  }),
  command({
    name: "consolidate",
    help: cliText.consolidate,
    operand: { label: "TỆP…", usage: cliText.consolidate.files },
    options: CONSOLIDATE_OPTIONS,
    read: readConsolidate,
    run: runConsolidate,
  }),
  command({
    name: "report",
    help: cliText.report,
    operand: { label: "TỆP", usage: cliText.report.file },
    options: REPORT_OPTIONS,
    read: readReport,
    run: runReport,
    refused: reportRefused,
  }),
];

const HELP = ["--help", "-h", "help"];

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const chosen = COMMANDS.find((row) => row.name === name);
  try {
    if (name === undefined || HELP.includes(name)) {
      await writeParts(process.stdout, [`${usage()}\n`]);
      return name === undefined ? EXIT_UNREADABLE : EXIT_CLEAN;
    }
    if (chosen === undefined) {
      throw new UsageError(
        cliText.unknownCommand(
          name,
          COMMANDS.map((row) => row.name)
        )
      );
    }
    const { values, positionals } = parseStrictly(rest, chosen.options);
    return await chosen.call(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${cliText.badArguments(error.message)}\n\n${usage()}\n`);
      await chosen?.refused?.(rest, error.message);
      return EXIT_UNREADABLE;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`${cliText.outputFailed(outputProblem(error.code))}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
}

// ---- reading a call ------------------------------------------------------------------------------

function parseOptions(options: readonly Option[]): NonNullable<ParseArgsConfig["options"]> {
  return Object.fromEntries(
    options.map((option) => [
      option.name,
      {
        type: option.takesValue ? "string" : "boolean",
        ...(option.short === undefined ? {} : { short: option.short }),
      },
    ])
  );
}

/** The call as the command's options read it; an argument they cannot take is a UsageError in Vietnamese. */
function parseStrictly(args: readonly string[], options: readonly Option[]) {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: parseOptions(options),
      strict: true,
      allowPositionals: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    const why = refusal(args, options);
    if (why === null) throw error;
    throw new UsageError(why);
  }
}

/** The call read as far as it can be, unknown options taken as switches: for what a refusal says. */
function parseLeniently(args: readonly string[], options: readonly Option[]) {
  const parsed = parseArgs({
    args: [...args],
    options: parseOptions(options),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return {
    values: parsed.values as Values,
    positionals: parsed.positionals,
    tokens: parsed.tokens,
  };
}

/**
 * Why strict parsing refused a call: its first option that is unknown, that is a switch given a value,
 * or that lacks its value (nothing follows it, or another option does: "--sheet --force").
 */
function refusal(args: readonly string[], options: readonly Option[]): string | null {
  for (const token of parseLeniently(args, options).tokens) {
    if (token.kind !== "option") continue;
    const option = options.find((declared) => declared.name === token.name);
    if (option === undefined || (!option.takesValue && token.value !== undefined))
      return cliText.unknownOption(args[token.index]);
    if (!option.takesValue) continue;
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.length > 1 && value.startsWith("-")))
      return cliText.missingValue(token.rawName);
  }
  return null;
}

// ---- the usage text ------------------------------------------------------------------------------

function usage(): string {
  const lines = [cliText.usageTitle];
  for (const row of COMMANDS) lines.push(...row.help.synopsis.map((line) => `  ${line}`));
  for (const row of COMMANDS) {
    const entries: [string, readonly string[]][] = row.options.map((option) => [
      option.short ? `-${option.short}, --${option.name}` : `--${option.name}`,
      option.usage,
    ]);
    if (row.operand) entries.unshift([row.operand.label, row.operand.usage]);
    const width = Math.max(...entries.map(([flags]) => flags.length)) + 2;
    lines.push("", row.help.summary);
    for (const [flags, said] of entries)
      said.forEach((line, i) => lines.push(`  ${(i === 0 ? flags : "").padEnd(width)}${line}`));
    lines.push(...row.help.footer.map((line) => `  ${line}`));
  }
  lines.push("", cliText.debugNote);
  return lines.join("\n");
}

function outputProblem(code: string | undefined): string {
  if (code === "ENOSPC" || code === "EDQUOT") return cliText.outputFull;
  return cliText.outputBroken(code);
}
