import { CellEdit, Fix } from "../domain/fixes/fix";
import { columnLetter } from "../domain/grid";
import { looksLikeFormula, withEquals } from "./cellBlocks";

type Cell = string | number | null;

/**
 * Applies a fix the officer previewed and clicked, in one context.sync: first the blank rows it needs
 * (whole rows inserted, what is below moves down, formulas follow), then its edits, which already use
 * the addresses after the insertion. Edits in neighbouring cells of a column go as one range with 2-D
 * arrays: number formats first ("@" where the edit is to stay text, such as a TT "1.10", or where a
 * value would otherwise become a formula), then values, then formulas.
 *
 * Requirement set: ExcelApi 1.1.
 */
export async function applyFix(
  context: Excel.RequestContext,
  sheetName: string,
  fix: Fix
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const insert = fix.insertRows;
  if (insert && insert.count > 0) {
    sheet.getRange(`${insert.before}:${insert.before + insert.count - 1}`).insert("Down");
  }
  for (const run of columnRuns(fix.edits)) {
    const range = sheet.getRange(
      `${columnLetter(run.column)}${run.firstRow}:${columnLetter(run.column)}${run.firstRow + run.edits.length - 1}`
    );
    const formats = run.edits.map((edit) => [textFormat(edit)]);
    const values = run.edits.map((edit): Cell[] => [
      "value" in edit.after ? edit.after.value : null,
    ]);
    const formulas = run.edits.map((edit): Cell[] => [
      "formula" in edit.after ? withEquals(edit.after.formula) : null,
    ]);
    if (formats.some(([format]) => format !== null)) range.numberFormat = formats;
    if (values.some(([value]) => value !== null)) range.values = values;
    if (formulas.some(([formula]) => formula !== null)) range.formulas = formulas;
  }
  await context.sync();
}

function textFormat(edit: CellEdit): string | null {
  if ("formula" in edit.after) return null;
  return edit.asText || looksLikeFormula(edit.after.value) ? "@" : null;
}

interface Run {
  column: number;
  firstRow: number;
  edits: CellEdit[];
}

/** The edits as runs of neighbouring cells down one column (the last edit of a cell wins). */
function columnRuns(edits: readonly CellEdit[]): Run[] {
  const latest = new Map<string, CellEdit>();
  for (const edit of edits) latest.set(`${edit.column}:${edit.row}`, edit);
  const sorted = [...latest.values()].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Run[] = [];
  for (const edit of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === edit.column && last.firstRow + last.edits.length === edit.row)
      last.edits.push(edit);
    else runs.push({ column: edit.column, firstRow: edit.row, edits: [edit] });
  }
  return runs;
}
