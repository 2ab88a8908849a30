import { useMemo, useState } from "react";
import { today } from "../../domain/calendar";
import type { WrittenReport } from "../../usecases/makeReport";
import { ExcelActions } from "../host/excelActions";
import { describeError, useAction } from "../shared/useAction";
import { emptyReportForm, ReportField, ReportFormValues, validateReportForm } from "./reportForm";
import { reportPaneText } from "./reportPaneText";

/**
 * The "Báo cáo" form and "Lập báo cáo": the form's values and the errors under its fields, and what
 * the last report made came to (written or refused), kept until the next one is made.
 * `onWritten` hears of the new sheets, with the appendix's sheet: a report's sheet is the active one
 * now, and the next report (or check) stays on the appendix.
 */
export function useReport(
  actions: ExcelActions | null,
  onWritten: (appendixSheet: string) => void = () => {}
) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [values, setValues] = useState<ReportFormValues>(() => emptyReportForm());
  const [errors, setErrors] = useState<Partial<Record<ReportField, string>>>({});
  const [outcome, setOutcome] = useState<WrittenReport | null>(null);

  const setValue = <K extends keyof ReportFormValues>(field: K, value: ReportFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (field === "year" || field === "asOf")
      setErrors((current) => ({ ...current, [field]: undefined }));
  };

  /** Makes the report of the appendix on `sheetName` (the active sheet when ""). */
  const makeReport = (sheetName: string) =>
    run(async () => {
      if (!actions) return null;
      setOutcome(null);
      const form = validateReportForm(values, today());
      if (!form.ok) {
        setErrors(form.errors);
        return { intent: "warning", text: reportPaneText.invalid };
      }
      setErrors({});
      const made = await actions.makeReport(sheetName || undefined, form.request);
      setOutcome(made);
      if (made.kind === "written") onWritten(made.appendixSheet);
      return null;
    });

  return { busy, status, values, errors, setValue, outcome, makeReport };
}

export type ReportState = ReturnType<typeof useReport>;
