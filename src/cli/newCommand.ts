import { stat } from "fs/promises";
import path from "path";
import { Appendix } from "../domain/appendix";
import { AppendixPlan, blankPlan } from "../domain/appendixPlan";
import { Finding } from "../domain/finding";
import { formatAmount } from "../domain/money";
import { appendixWorkbook, planFor } from "../usecases/createAppendix";
import { writeSheets } from "../xlsx/writeSheet";
import { writeFileAtomic } from "./atomicWrite";
import { writeFailure } from "./writeFailure";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { loadSheet } from "./loadSheet";
import { NewOptions } from "./newArguments";
import { writeParts } from "./output";

const EXIT_WRITTEN = 0;
const EXIT_FAILED = 2;

/**
 * `phuluc new`: writes the appendix workbook, the blank appendix or the rows of --from laid out
 * afresh. Loaded only for this command: it brings the workbook writer.
 */
export async function newCommand(options: NewOptions): Promise<number> {
  // Said before any work, and said again if the name is taken by the time the file is written.
  const before = await refusal(options);
  if (before !== null) {
    process.stderr.write(`${before}\n`);
    return EXIT_FAILED;
  }
  let source: Source;
  try {
    source = await planOf(options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.cannotRead(options.from ?? "", error.message)}\n`);
    return EXIT_FAILED;
  }
  const { plan, sourceTotal, notices, dropped } = source;
  for (const notice of notices) process.stderr.write(`${cliText.note(notice.message)}\n`);
  if (dropped !== null) process.stderr.write(`${cliText.note(dropped)}\n`);
  const workbook = appendixWorkbook(plan);
  const data = await writeSheets(workbook.sheets);
  try {
    await writeFileAtomic(options.output, data, options.force);
  } catch (error) {
    process.stderr.write(
      `${writeFailure(options.output, error, cliText.outputIsFolder(options.output))}\n`
    );
    return EXIT_FAILED;
  }
  const sheetNames = workbook.sheets.map((sheet) => sheet.name);
  const written = cliText.written(path.resolve(options.output), sheetNames);
  await writeParts(process.stdout, [`${written}\n`]);
  // Subtotals are now sums of their children: a total that moves must not go unnoticed.
  if (options.from !== undefined && sourceTotal !== null && sourceTotal !== workbook.total) {
    const [now, earlier] = [workbook.total, sourceTotal].map(formatAmount);
    process.stderr.write(`${cliText.totalChanged(options.from, now, earlier)}\n`);
  }
  return EXIT_WRITTEN;
}

/** Why OUT cannot be written, known before any work: a folder by that name, or a file not to replace. */
async function refusal(options: NewOptions): Promise<string | null> {
  try {
    const existing = await stat(options.output);
    if (existing.isDirectory()) {
      return cliText.cannotWrite(options.output, cliText.outputIsFolder(options.output));
    }
    return options.force ? null : cliText.exists(options.output);
  } catch {
    // Nothing there (or nothing to be known yet): writing the file will say what is wrong, if anything.
    return null;
  }
}

interface Source {
  plan: AppendixPlan;
  /** The grand total the source table states (null when it has none, or there is no source). */
  sourceTotal: number | null;
  notices: Finding[];
  /** What the one Kinh phí column of the new table leaves out of a source split into several. */
  dropped: string | null;
}

async function planOf(options: NewOptions): Promise<Source> {
  const blank = blankPlan(options.year);
  const request = {
    year: options.year,
    title: options.title ?? blank.title,
    reference: {
      ...blank.reference,
      planNumber: options.planNumber ?? blank.reference.planNumber,
      issuer: options.issuer ?? blank.reference.issuer,
    },
  };
  if (options.from === undefined) {
    return { plan: planFor(request, null), sourceTotal: null, notices: [], dropped: null };
  }
  const { appendix, notices } = await loadSheet(options.from, options.sheet);
  const stated = appendix.total?.amount;
  return {
    plan: planFor(request, appendix),
    sourceTotal: stated?.kind === "amount" ? stated.value : null,
    notices,
    dropped: droppedAmountColumns(appendix),
  };
}

/** The new table has one Kinh phí column: the source's main one. Its other columns are named, not lost silently. */
function droppedAmountColumns(appendix: Appendix): string | null {
  const columns = appendix.amountColumns;
  if (columns.length < 2) return null;
  const main = columns.find((column) => column.column === appendix.columns.budget) ?? columns[0];
  const others = columns.filter((column) => column !== main).map((column) => column.label);
  return cliText.onlyMainAmount(main.label, others);
}
