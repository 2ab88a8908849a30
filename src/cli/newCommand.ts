import { writeFile } from "fs/promises";
import path from "path";
import { AppendixPlan, blankPlan, PlanItem, planFromTable } from "../domain/appendixPlan";
import { formatAmount } from "../domain/money";
import { appendixSheet } from "../sheet/appendixSheet";
import { appendixText } from "../sheet/sheetText";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../sheet/unitsSheet";
import { writeSheets } from "../xlsx/writeSheet";
import { cliText, UsageError } from "./cliText";
import { InputError, loadSheet } from "./loadSheet";

const EXIT_WRITTEN = 0;
const EXIT_FAILED = 2;
const APPENDIX_SHEET = "Phụ lục";

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

/** Writes the appendix workbook: the blank appendix, or the rows of --from laid out afresh. */
export async function newCommand(options: NewOptions): Promise<number> {
  let plan: AppendixPlan;
  let sourceTotal: number | null;
  try {
    ({ plan, sourceTotal } = await planOf(options));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.cannotRead(options.from ?? "", error.message)}\n`);
    return EXIT_FAILED;
  }
  const unitsName = appendixText.unitsSheet;
  const appendix = appendixSheet(plan, APPENDIX_SHEET, unitsRange(unitsName));
  const data = await writeSheets([
    appendix.sheet,
    unitsSheet(unitsName, [...DEFAULT_UNITS, ...leadsOf(plan.items)]),
  ]);
  try {
    // "wx" fails when the file exists, even one created since the command started.
    await writeFile(options.output, data, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      process.stderr.write(`${cliText.exists(options.output)}\n`);
      return EXIT_FAILED;
    }
    const why = writeProblems[code ?? ""];
    if (why === undefined) throw error;
    process.stderr.write(`${cliText.cannotWrite(options.output, why)}\n`);
    return EXIT_FAILED;
  }
  const written = cliText.written(path.resolve(options.output), [APPENDIX_SHEET, unitsName]);
  process.stdout.write(`${written}\n`);
  // Subtotals are now sums of their children: a total that moves must not go unnoticed.
  if (options.from !== undefined && sourceTotal !== null && sourceTotal !== appendix.layout.total) {
    const [now, before] = [appendix.layout.total, sourceTotal].map(formatAmount);
    process.stderr.write(`${cliText.totalChanged(options.from, now, before)}\n`);
  }
  return EXIT_WRITTEN;
}

const writeProblems: Record<string, string> = {
  ENOENT: cliText.noFolder,
  ENOTDIR: cliText.noFolder,
  EISDIR: cliText.isFolder,
  EACCES: cliText.notWritable,
  EPERM: cliText.notWritable,
  EROFS: cliText.notWritable,
};

/** The plan to write, and the grand total the source table states (null when it has none). */
async function planOf(
  options: NewOptions
): Promise<{ plan: AppendixPlan; sourceTotal: number | null }> {
  const blank = blankPlan(options.year);
  const title = options.title ?? blank.title;
  const reference = {
    ...blank.reference,
    planNumber: options.planNumber ?? blank.reference.planNumber,
    issuer: options.issuer ?? blank.reference.issuer,
  };
  if (options.from === undefined)
    return { plan: { ...blank, title, reference }, sourceTotal: null };
  const { appendix } = await loadSheet(options.from, options.sheet);
  const stated = appendix.total?.amount;
  return {
    plan: planFromTable(appendix, title, reference),
    sourceTotal: stated?.kind === "amount" ? stated.value : null,
  };
}

/** The lead units the plan names, so that its own rows pass the Chủ trì list. */
function leadsOf(items: PlanItem[]): string[] {
  return items.flatMap((item) => [item.lead, ...leadsOf(item.children)]);
}
