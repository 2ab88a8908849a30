import { useMemo, useState } from "react";
import { AppendixSource } from "../../usecases/createAppendix";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";
import { emptyPlanForm, PlanField, PlanFormValues, validatePlanForm } from "./planForm";
import { describeError, useAction } from "../shared/useAction";

/** The "Lập phụ lục" form and its two actions. */
export function useNewAppendix(actions: ExcelActions | null, onWritten: () => void) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [values, setValues] = useState<PlanFormValues>(() => emptyPlanForm());
  const [errors, setErrors] = useState<Partial<Record<PlanField, string>>>({});

  const setValue = (field: PlanField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const create = (source: AppendixSource) =>
    run(async () => {
      if (!actions) return null;
      const validated = validatePlanForm(values);
      if (!validated.ok) {
        setErrors(validated.errors);
        return { intent: "warning", text: paneText.create.invalid };
      }
      setErrors({});
      const result = await actions.createAppendix(source, validated.request);
      if (result.kind === "no-appendix")
        return {
          intent: "warning",
          text: paneText.create.noAppendix(result.sheetName, result.message),
        };
      onWritten();
      const units =
        result.unitsSheet === null ? "" : paneText.create.createdUnits(result.unitsSheet);
      return { intent: "success", text: paneText.create.created(result.appendixSheet) + units };
    });

  return { busy, status, values, errors, setValue, create };
}

export type NewAppendixState = ReturnType<typeof useNewAppendix>;
