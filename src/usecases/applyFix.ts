import { Fix } from "../domain/fixes/fix";
import { ExcelSheets } from "../excel/excelContract";
import { CheckOutcome, checkGrid, SheetCheck } from "./checkSheet";
import { FixUndo, fixUndo } from "./undoFix";

export type ApplyResult =
  /**
   * The fix was written; `check` is the table checked again after it, `undo` what "Hoàn tác" needs to
   * put the cells back (the pane offers Hoàn tác only when it is there).
   */
  | { kind: "applied"; check: SheetCheck; undo?: FixUndo }
  /** The table changed since the preview, so nothing was written; `check` is its new state. */
  | { kind: "changed"; check: SheetCheck };

/**
 * "Áp dụng" on a previewed fix: the sheet is read and checked again, and the fix written only if that
 * check proposes exactly the fix the officer saw; then the table is read and checked once more to show
 * what is left. An edit since the preview writes nothing. The two reads, before and after the write,
 * are also the record of what the fix changed, for "Hoàn tác" (./undoFix). Read, write, read: 3 syncs.
 */
export async function applyFix(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "applyFix">,
  sheetName: string,
  fix: Fix
): Promise<ApplyResult> {
  const before = await sheets.readSheet(context, sheetName);
  const now: SheetCheck = { sheetName: before.sheetName, outcome: checkGrid(before.grid) };
  if (!stillProposed(now.outcome, fix)) return { kind: "changed", check: now };
  await sheets.applyFix(context, sheetName, fix);
  const after = await sheets.readSheet(context, sheetName);
  return {
    kind: "applied",
    check: { sheetName: after.sheetName, outcome: checkGrid(after.grid) },
    undo: fixUndo(after.sheetName, fix, before.grid, after.grid),
  };
}

/** Whether the table as it is now proposes the very fix that was previewed. */
function stillProposed(outcome: CheckOutcome, fix: Fix): boolean {
  if (outcome.kind !== "checked") return false;
  const previewed = JSON.stringify(fix);
  return outcome.fixes.some((proposed) => JSON.stringify(proposed) === previewed);
}
