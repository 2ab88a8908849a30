import { useMemo, useState } from "react";
import { Fix, FixKind } from "../../domain/fixes/fix";
import { countOf, SheetCheck } from "../../usecases/checkSheet";
import { FixUndo } from "../../usecases/undoFix";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";
import { describeError, useAction } from "../shared/useAction";
import { CheckedTable, CheckState } from "../check/useCheck";

/**
 * The fixes proposed for the checked table, the one being previewed, applying it, and undoing the last
 * one applied ("Hoàn tác"). Only the last fix applied can be undone: applying another, or checking
 * another sheet or pasted text, drops it.
 */
export function useFixes(actions: ExcelActions | null, check: CheckState) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [previewed, setPreviewed] = useState<FixKind | null>(null);
  const [undoable, setUndoable] = useState<FixUndo | null>(null);
  const [seen, setSeen] = useState<CheckedTable | null>(check.checked);
  const { checked } = check;

  // A check of another sheet (or of pasted text) drops the undo; checking the same sheet again keeps it.
  if (checked !== seen) {
    setSeen(checked);
    if (undoable && checked?.sheetName !== undoable.sheetName) setUndoable(null);
  }

  // Proposed by the check itself: nothing is worked out again here.
  const fixes: Fix[] = checked?.outcome.kind === "checked" ? checked.outcome.fixes : [];
  const preview = fixes.find((fix) => fix.kind === previewed) ?? null;

  const errorsIn = (result: SheetCheck) =>
    result.outcome.kind === "checked" ? countOf(result.outcome.findings, "error") : 0;

  /** Only after the officer clicked Áp dụng on the preview: write the fix, then check again. */
  const apply = (fix: Fix) =>
    run(async () => {
      const sheetName = checked?.sheetName;
      if (!actions || !sheetName) return null;
      setUndoable(null);
      const result = await actions.applyFix(sheetName, fix);
      await check.replace(result.check);
      setPreviewed(null);
      if (result.kind === "changed") return { intent: "warning", text: paneText.fixes.changed };
      setUndoable(result.undo ?? null);
      return { intent: "success", text: paneText.fixes.applied(fix.title, errorsIn(result.check)) };
    });

  /** "Hoàn tác": puts the cells of the last fix back unless they were edited since, then checks again. */
  const undo = () =>
    run(async () => {
      if (!actions || !undoable) return null;
      const result = await actions.undoFix(undoable);
      if (result.kind === "edited")
        return { intent: "warning", text: paneText.fixes.undoRefused(result.cells) };
      setUndoable(null);
      setPreviewed(null);
      await check.replace(result.check);
      return {
        intent: "success",
        text: paneText.fixes.undone(undoable.title, errorsIn(result.check)),
      };
    });

  return { busy, status, fixes, preview, setPreviewed, apply, undoable, undo };
}

export type FixesState = ReturnType<typeof useFixes>;
