import path from "path";
import { checkAppendix } from "../domain/checkAppendix";
import { byPosition } from "../domain/finding";
import { checkReport, errorReport, reportJson, reportText } from "./checkReport";
import { cliText, UsageError } from "./cliText";
import { InputError } from "./inputError";
import { loadSheet } from "./loadSheet";
import { parseNewArguments } from "./newArguments";
import { OutputError, writeParts } from "./output";

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

interface CheckOptions {
  file: string;
  sheet?: string;
  format: "text" | "json";
  /** --output: the findings written to an .xlsx or .csv as well. */
  output?: { file: string; format: "xlsx" | "csv"; force: boolean };
}

function parseCheckArguments(args: string[]): CheckOptions {
  let file: string | undefined;
  let sheet: string | undefined;
  let format = "text";
  let output: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(cliText.missingValue(arg));
      return next;
    };
    if (arg === "--sheet") sheet = value();
    else if (arg === "--format") format = value();
    else if (arg === "--output" || arg === "-o") output = value();
    else if (arg === "--force") force = true;
    else if (arg.startsWith("--sheet=")) sheet = arg.slice("--sheet=".length);
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg.startsWith("--output=")) output = arg.slice("--output=".length);
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(cliText.unknownOption(arg));
    else if (file === undefined) file = arg;
    else throw new UsageError(cliText.unknownOption(arg));
  }
  if (file === undefined) throw new UsageError(cliText.missingFile);
  if (format !== "text" && format !== "json") throw new UsageError(cliText.badFormat(format));
  if (output === undefined) {
    if (force) throw new UsageError(cliText.forceWithoutOutput);
    return { file, sheet, format };
  }
  const extension = path.extname(output).toLowerCase();
  const type = extension === ".xlsx" ? "xlsx" : extension === ".csv" ? "csv" : null;
  if (type === null) throw new UsageError(cliText.notResultType(output));
  return { file, sheet, format, output: { file: output, format: type, force } };
}

async function check(options: CheckOptions): Promise<number> {
  const json = options.format === "json";
  let loaded;
  try {
    loaded = await loadSheet(options.file, options.sheet);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.cannotRead(options.file, error.message)}\n`);
    // Scripts read stdout: with --format json it always holds JSON, the reason's code included.
    if (json) {
      await writeParts(process.stdout, [
        `${JSON.stringify(errorReport(options.file, error), null, 2)}\n`,
      ]);
    }
    return EXIT_UNREADABLE;
  }
  const findings = checkAppendix(loaded.appendix);
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

async function run(command: string, rest: string[]): Promise<number> {
  if (command === "new") {
    const options = parseNewArguments(rest);
    // The workbook writer is loaded only for `new`: `check` starts without it.
    const { newCommand } = await import(/* webpackChunkName: "phuluc-new" */ "./newCommand");
    return await newCommand(options);
  }
  if (command !== "check") throw new UsageError(cliText.unknownCommand(command));
  return await check(parseCheckArguments(rest));
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      await writeParts(process.stdout, [`${cliText.usage}\n`]);
      return command === undefined ? EXIT_UNREADABLE : EXIT_CLEAN;
    }
    return await run(command, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${cliText.badArguments(error.message)}\n\n${cliText.usage}\n`);
      // A call `check` cannot take still answers in JSON when JSON was asked for.
      if (command === "check" && asksForJson(rest)) {
        const report = errorReport(
          firstOperand(rest),
          new InputError("unsupported", error.message)
        );
        await writeParts(process.stdout, [`${JSON.stringify(report, null, 2)}\n`]);
      }
      return EXIT_UNREADABLE;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`${cliText.outputFailed(outputProblem(error.code))}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
}

function asksForJson(args: string[]): boolean {
  return args.some(
    (arg, i) => arg === "--format=json" || (arg === "--format" && args[i + 1] === "json")
  );
}

/** The file a call names, as far as its arguments can be read: the first that is no option or value. */
function firstOperand(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (["--sheet", "--format", "--output", "-o"].includes(args[i])) i++;
    else if (!args[i].startsWith("-")) return args[i];
  }
  return "";
}

function outputProblem(code: string | undefined): string {
  if (code === "ENOSPC" || code === "EDQUOT") return cliText.outputFull;
  return cliText.outputBroken(code);
}
