import { SheetDescription } from "../sheet/sheetDescription";
import { uniqueSheetName } from "../sheet/sheetNames";
import { sheetNames } from "./sheetNames";
import { cellBlockSteps } from "./cellBlocks";
import { chartSteps } from "./chartSteps";
import { cellStyleSteps, columnStyleSteps, mergeSteps, sizeSteps, viewSteps } from "./layoutSteps";
import {
  ACTION_BYTES,
  packBatches,
  REQUEST_BUDGET_BYTES,
  runBatches,
  WriteStep,
} from "./requestBatches";

export interface WriteOptions {
  /** Estimated request bytes per sync; REQUEST_BUDGET_BYTES unless a test wants smaller batches. */
  requestBudget?: number;
}

/**
 * Adds a sheet under a name no sheet has (never replacing one of the officer's) and writes the
 * description into it; returns the name used.
 *
 * Syncs: one to read the existing names, then the write phase, in which everything is queued in this
 * order: the new sheet, column formats, the cells block by block (number formats, then values, then
 * formulas, one 2-D array each per block), fonts/alignment/borders per rectangle that shares them,
 * merges, widths and heights, frozen panes, data validation, page layout, charts (./chartSteps), then
 * hiding (a sheet described hidden) or activation. The write phase is one sync as long as its
 * estimated size stays under `requestBudget` (about 4 MB: Excel on the web rejects requests over 5 MB);
 * beyond that it is cut into
 * as many syncs as its size needs. The count depends on the bytes written, never on a loop over rows:
 * 1 + ⌈size / budget⌉.
 *
 * Requirement sets: ExcelApi 1.7 (frozen panes) and 1.2 (merges, widths, row fitting, hiding); where
 * Excel has them, 1.8 (data validation) and 1.9 (page layout, print titles, page numbers). An older
 * Excel writes the sheet without those, in as many syncs or fewer (./apiSupport).
 */
export async function writeSheet(
  context: Excel.RequestContext,
  sheet: SheetDescription,
  activate: boolean,
  options: WriteOptions = {}
): Promise<string> {
  const [name] = await writeSheets(context, [sheet], activate ? 0 : null, undefined, options);
  return name;
}

/**
 * Adds several sheets in the same syncs as one (a report and its parts): each under a name no sheet has,
 * in the order given, then activates the one at `activate` (none when null). Returns the names used.
 * `existing`: the workbook's sheet names, when the caller read them earlier in this Excel.run (and
 * chose its sheets' names from them): they are not read again. Excel refuses to add a sheet under a
 * name taken since, so none is replaced.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetDescription[],
  activate: number | null,
  existing?: readonly string[],
  options: WriteOptions = {}
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  const taken = existing ? [...existing] : await sheetNames(context);
  const names = sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    return name;
  });
  const steps: WriteStep[] = [];
  let activated: (() => Excel.Worksheet) | undefined;
  sheets.forEach((sheet, index) => {
    let added: Excel.Worksheet | undefined;
    const target = () => (added ??= worksheets.add(names[index]));
    steps.push(
      { bytes: ACTION_BYTES, queue: () => target() },
      ...columnStyleSteps(sheet, target),
      ...cellBlockSteps(sheet, target),
      ...cellStyleSteps(sheet, target),
      ...mergeSteps(sheet, target),
      ...sizeSteps(sheet, target),
      ...viewSteps(sheet, target),
      ...chartSteps(sheet, target)
    );
    // A hidden sheet is hidden last, once written, and never made the active one.
    if (sheet.hidden) steps.push({ bytes: ACTION_BYTES, queue: () => hide(target()) });
    else if (activate === index) activated = target;
  });
  if (activated) {
    const target = activated;
    steps.push({ bytes: ACTION_BYTES, queue: () => target().activate() });
  }
  await runBatches(context, packBatches(steps, options.requestBudget ?? REQUEST_BUDGET_BYTES));
  return names;
}

function hide(sheet: Excel.Worksheet): void {
  sheet.visibility = "Hidden";
}
