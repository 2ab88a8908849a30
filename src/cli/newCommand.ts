import { stat } from "fs/promises";
import path from "path";
import { Finding } from "../domain/finding";
import { AppendixPlan } from "../domain/appendixPlan";
import { PlanDifferences } from "../domain/planDifferences";
import {
  appendixWorkbook,
  planFor,
  PlanRequest,
  rebuild,
  sourceTable,
} from "../usecases/createAppendix";
import { writeSheets } from "../xlsx/writeSheet";
import { writeFileAtomic } from "./atomicWrite";
import { writeFailure } from "./writeFailure";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { loadSheet } from "./loadSheet";
import { writeParts } from "./output";

/** The options of `phuluc new`, as main.ts reads them. What is not given comes from --from, else the standard. */
export interface NewOptions {
  /** An appendix to take the rows and title block from; without it the blank appendix is written. */
  from?: string;
  sheet?: string;
  output: string;
  title?: string;
  /** The plan's year; without it the source's, else this year. */
  year?: string;
  planNumber?: string;
  issuer?: string;
  /** Replace OUT when it exists. */
  force: boolean;
}

const EXIT_WRITTEN = 0;
const EXIT_FAILED = 2;

/**
 * `phuluc new`: writes the appendix workbook, the blank appendix or the rows of --from laid out
 * afresh. What the new file writes otherwise than --from is said first, as notes on stderr: there is
 * no question to answer, and the file written is never one that was there (without --force).
 * Loaded only for this command: it brings the workbook writer.
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
  const { plan, notices, differences } = source;
  const notes = [
    ...notices.map((notice) => notice.message),
    ...(differences === null ? [] : noted(differences, options.from ?? "")),
  ];
  for (const note of notes) process.stderr.write(`${cliText.note(note)}\n`);
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
  return EXIT_WRITTEN;
}

/** The differences as notes: what is kept of the source's title block, each change, then where to look. */
function noted(differences: PlanDifferences, from: string): string[] {
  const { kept, changes } = differences;
  const amounts = changes.some((change) => change.kind === "total" || change.kind === "amounts");
  return [
    ...(kept === null ? [] : [kept]),
    ...changes.map((change) => change.text),
    ...(amounts ? [cliText.seeCheck(from)] : []),
  ];
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
  notices: Finding[];
  /** What the plan writes otherwise than --from; null without --from. */
  differences: PlanDifferences | null;
}

async function planOf(options: NewOptions): Promise<Source> {
  const request: PlanRequest = {
    year: options.year,
    title: options.title,
    reference: { planNumber: options.planNumber, issuer: options.issuer },
  };
  if (options.from === undefined) {
    return { plan: planFor(request, null), notices: [], differences: null };
  }
  const { grid, appendix, notices } = await loadSheet(options.from, options.sheet);
  const { plan, differences } = rebuild(request, sourceTable(grid, appendix));
  return { plan, notices, differences };
}
