import path from "path";
import { cliText, UsageError } from "./cliText";

export interface NewOptions {
  /** An appendix to take the rows from; without it the blank appendix is written. */
  from?: string;
  sheet?: string;
  output: string;
  title?: string;
  year: string;
  planNumber?: string;
  issuer?: string;
  /** Replace OUT when it exists. */
  force: boolean;
}

const VALUE_OPTIONS = {
  "--from": "from",
  "--sheet": "sheet",
  "-o": "output",
  "--output": "output",
  "--title": "title",
  "--year": "year",
  "--plan-number": "planNumber",
  "--issuer": "issuer",
} as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

/** The options of `phuluc new`; throws UsageError for arguments it cannot take. */
export function parseNewArguments(args: string[], today: Date = new Date()): NewOptions {
  const values: Partial<Record<(typeof VALUE_OPTIONS)[ValueOption], string>> = {};
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--force") {
      force = true;
      continue;
    }
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!Object.hasOwn(VALUE_OPTIONS, name)) {
      throw new UsageError(
        arg.startsWith("-") ? cliText.unknownOption(arg) : cliText.unexpected(arg)
      );
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined) throw new UsageError(cliText.missingValue(name));
    values[VALUE_OPTIONS[name as ValueOption]] = value;
  }
  const { from, sheet, output, title, planNumber, issuer } = values;
  const year = values.year ?? String(today.getFullYear());
  if (!output) throw new UsageError(cliText.missingOutput);
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new UsageError(cliText.notXlsx(output));
  if (!/^\d{4}$/.test(year)) throw new UsageError(cliText.badYear(year));
  if (sheet !== undefined && from === undefined) throw new UsageError(cliText.sheetWithoutFrom);
  return { from, sheet, output, title, year, planNumber, issuer, force };
}
