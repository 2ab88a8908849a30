import { checkAppendix } from "../domain/checkAppendix";
import { checkReport, reportText } from "./checkReport";
import { cliText, UsageError } from "./cliText";
import { InputError, loadSheet } from "./loadSheet";
import { newCommand, parseNewArguments } from "./newCommand";

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

interface CheckOptions {
  file: string;
  sheet?: string;
  format: "text" | "json";
}

function parseCheckArguments(args: string[]): CheckOptions {
  let file: string | undefined;
  let sheet: string | undefined;
  let format = "text";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(cliText.missingValue(arg));
      return next;
    };
    if (arg === "--sheet") sheet = value();
    else if (arg === "--format") format = value();
    else if (arg.startsWith("--sheet=")) sheet = arg.slice("--sheet=".length);
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(cliText.unknownOption(arg));
    else if (file === undefined) file = arg;
    else throw new UsageError(cliText.unknownOption(arg));
  }
  if (file === undefined) throw new UsageError(cliText.missingFile);
  if (format !== "text" && format !== "json") throw new UsageError(cliText.badFormat(format));
  return { file, sheet, format };
}

async function check(options: CheckOptions): Promise<number> {
  const loaded = await loadSheet(options.file, options.sheet);
  const report = checkReport(options.file, loaded.sheet, checkAppendix(loaded.appendix));
  const output =
    options.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : reportText(report);
  process.stdout.write(output);
  return report.summary.errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${cliText.usage}\n`);
      return command === undefined ? EXIT_UNREADABLE : EXIT_CLEAN;
    }
    if (command === "new") return await newCommand(parseNewArguments(rest));
    if (command !== "check") throw new UsageError(cliText.unknownCommand(command));
    const options = parseCheckArguments(rest);
    try {
      return await check(options);
    } catch (error) {
      if (error instanceof InputError) {
        process.stderr.write(`${cliText.cannotRead(options.file, error.message)}\n`);
        return EXIT_UNREADABLE;
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${cliText.badArguments(error.message)}\n\n${cliText.usage}\n`);
      return EXIT_UNREADABLE;
    }
    throw error;
  }
}
