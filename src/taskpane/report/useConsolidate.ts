import { useMemo, useState } from "react";
import type { ConsolidateResult } from "../../usecases/consolidateSheets";
import { ExcelActions } from "../host/excelActions";
import { describeError, useAction } from "../shared/useAction";
import { consolidateRequest, ConsolidateFormValues } from "./consolidateForm";
import { consolidateText as text } from "./consolidateText";

/**
 * "Tổng hợp": the sheets ticked (none at first), the period and year, and what the last run came to,
 * kept until the next (held by the pane, so that it stays when the officer goes to another tab). `names` are the workbook's sheets, in its order; a ticked sheet no longer
 * among them is left out. `onWritten` hears that a summary sheet was added.
 */
export function useConsolidate(
  actions: ExcelActions | null,
  names: readonly string[],
  onWritten: () => void = () => {}
) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [values, setValues] = useState<ConsolidateFormValues>({ period: "", year: "" });
  const [yearError, setYearError] = useState<string | undefined>();
  const [result, setResult] = useState<ConsolidateResult | null>(null);
  const chosen = useMemo(() => new Set(names.filter((name) => ticked.has(name))), [names, ticked]);

  const toggle = (name: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  const setValue = <K extends keyof ConsolidateFormValues>(
    field: K,
    value: ConsolidateFormValues[K]
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    setYearError(undefined);
  };

  const consolidate = () =>
    run(async () => {
      if (!actions) return null;
      setResult(null);
      const form = consolidateRequest(names, chosen, values);
      if (!form.ok) {
        setYearError(form.yearError);
        return { intent: "warning", text: text.invalid };
      }
      const made = await actions.consolidate(form.request);
      setResult(made);
      onWritten();
      const clean = made.summary.sources.every((source) => source.status === "ok");
      return clean
        ? { intent: "success", text: text.written(made.sheetName) }
        : { intent: "warning", text: text.writtenWithProblems(made.sheetName) };
    });

  return { busy, status, chosen, toggle, values, setValue, yearError, result, consolidate };
}

export type ConsolidateState = ReturnType<typeof useConsolidate>;
