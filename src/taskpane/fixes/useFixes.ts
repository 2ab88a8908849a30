import { useMemo, useState } from "react";
import { Fix, FixKind } from "../../domain/fixes/fix";
import { countOf } from "../../usecases/checkSheet";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";
import { describeError, useAction } from "../shared/useAction";
import { CheckState } from "../check/useCheck";

/** The fixes proposed for the checked table, the one being previewed, and applying it. */
export function useFixes(actions: ExcelActions | null, check: CheckState) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [previewed, setPreviewed] = useState<FixKind | null>(null);
  const { checked } = check;

  // Proposed by the check itself: nothing is worked out again here.
  const fixes: Fix[] = checked?.outcome.kind === "checked" ? checked.outcome.fixes : [];
  const preview = fixes.find((fix) => fix.kind === previewed) ?? null;

  /** Only after the officer clicked Áp dụng on the preview: write the fix, then check again. */
  const apply = (fix: Fix) =>
    run(async () => {
      const sheetName = checked?.sheetName;
      if (!actions || !sheetName) return null;
      const result = await actions.applyFix(sheetName, fix);
      await check.replace(result.check);
      setPreviewed(null);
      if (result.kind === "changed") return { intent: "warning", text: paneText.fixes.changed };
      const { outcome } = result.check;
      const errors = outcome.kind === "checked" ? countOf(outcome.findings, "error") : 0;
      return { intent: "success", text: paneText.fixes.applied(fix.title, errors) };
    });

  return { busy, status, fixes, preview, setPreviewed, apply };
}

export type FixesState = ReturnType<typeof useFixes>;
