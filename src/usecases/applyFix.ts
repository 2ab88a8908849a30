import { Fix } from "../domain/fixes/fix";
import { ExcelSheets } from "../excel/excelContract";
import { checkSheet, CheckOutcome, SheetCheck } from "./checkSheet";

export type ApplyResult =
  /** The fix was written; `check` is the table checked again after it. */
  | { kind: "applied"; check: SheetCheck }
  /** The table changed since the preview, so nothing was written; `check` is its new state. */
  | { kind: "changed"; check: SheetCheck };

/**
 * "Áp dụng" on a previewed fix: the sheet is read and checked again, and the fix written only if that
 * check proposes exactly the fix the officer saw; then the table is checked once more to show what is
 * left. An edit since the preview writes nothing.
 */
export async function applyFix(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "applyFix">,
  sheetName: string,
  fix: Fix
): Promise<ApplyResult> {
  const now = await checkSheet(context, sheets, sheetName);
  if (!stillProposed(now.outcome, fix)) return { kind: "changed", check: now };
  await sheets.applyFix(context, sheetName, fix);
  return { kind: "applied", check: await checkSheet(context, sheets, sheetName) };
}

/** Whether the table as it is now proposes the very fix that was previewed. */
function stillProposed(outcome: CheckOutcome, fix: Fix): boolean {
  if (outcome.kind !== "checked") return false;
  const previewed = JSON.stringify(fix);
  return outcome.fixes.some((proposed) => JSON.stringify(proposed) === previewed);
}
