import { useMemo, useState } from "react";
import type { AppendixPreview, PlanRequest } from "../../usecases/createAppendix";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";
import { emptyPlanForm, PlanField, PlanFormValues, validatePlanForm } from "./planForm";
import { describeError, Status, useAction } from "../shared/useAction";
import { prefilledValues } from "./prefillForm";
import { useImportPlan } from "./useImportPlan";

const text = paneText.create;

/** A rebuild the officer is looking at: what it would write, and the form's entries it was made with. */
export interface ShownPreview {
  preview: AppendixPreview;
  request: PlanRequest;
}

/**
 * The "Lập phụ lục" form and its actions. "Tạo bảng trống" writes at once; "Lập lại từ trang đang mở"
 * shows what the rebuild would write and what differs from the table, and writes only on "Lập bảng".
 * Editing the form drops the preview: what is confirmed is always what was shown. "Nhập từ Kế hoạch"
 * (useImportPlan) reads a plan's text into rows to correct, and writes them on its own button.
 */
export function useNewAppendix(actions: ExcelActions | null, onWritten: () => void) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, setStatus, run } = useAction(describe);
  const [values, setValues] = useState<PlanFormValues>(() => emptyPlanForm());
  const [errors, setErrors] = useState<Partial<Record<PlanField, string>>>({});
  const [shown, setShown] = useState<ShownPreview | null>(null);

  const setValue = (field: PlanField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setShown(null);
  };

  /** Fills the fields the officer left empty (prefilledValues); returns what it filled. */
  const prefill = (given: Partial<PlanFormValues>): Partial<PlanFormValues> => {
    const filled = prefilledValues(values, given);
    if (Object.keys(filled).length === 0) return filled;
    setValues((current) => ({ ...current, ...prefilledValues(current, filled) }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(filled) as PlanField[]) delete next[field];
      return next;
    });
    setShown(null);
    return filled;
  };

  /** The form's request, or the errors shown under its fields. */
  const validated = (): PlanRequest | null => {
    const result = validatePlanForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      return null;
    }
    setErrors({});
    return result.request;
  };

  const written = (appendixSheet: string, unitsSheet: string | null): Status => {
    onWritten();
    const units = unitsSheet === null ? "" : text.createdUnits(unitsSheet);
    return { intent: "success", text: text.created(appendixSheet) + units };
  };

  const createBlank = () =>
    run(async () => {
      if (!actions) return null;
      setShown(null);
      const request = validated();
      if (request === null) return { intent: "warning", text: text.invalid };
      const result = await actions.createAppendix("blank", request);
      if (result.kind !== "written") throw new Error(`a blank appendix gave ${result.kind}`);
      return written(result.appendixSheet, result.unitsSheet);
    });

  const previewActive = () =>
    run(async () => {
      if (!actions) return null;
      setShown(null);
      const request = validated();
      if (request === null) return { intent: "warning", text: text.invalid };
      const result = await actions.createAppendix("active", request);
      if (result.kind === "no-appendix")
        return { intent: "warning", text: text.noAppendix(result.sheetName, result.message) };
      if (result.kind !== "preview") throw new Error(`a preview gave ${result.kind}`);
      setShown({ preview: result.preview, request });
      return { intent: "info", text: text.preview.ready };
    });

  const confirm = () =>
    run(async () => {
      if (!actions || shown === null) return null;
      const { preview, request } = shown;
      const result = await actions.createAppendix({ previewed: preview }, request);
      switch (result.kind) {
        case "written":
          setShown(null);
          return written(result.appendixSheet, result.unitsSheet);
        case "changed":
          setShown({ preview: result.preview, request });
          return { intent: "warning", text: text.preview.changed(preview.sheetName) };
        case "no-appendix":
          setShown(null);
          return { intent: "warning", text: text.noAppendix(result.sheetName, result.message) };
        default:
          throw new Error(`a confirmed preview gave ${result.kind}`);
      }
    });

  const importer = useImportPlan({
    actions,
    run,
    setStatus,
    describe,
    validated,
    prefill,
    written,
  });

  const cancel = () => {
    if (busy) return;
    setShown(null);
    setStatus({ intent: "info", text: text.preview.cancelled });
  };

  return {
    busy,
    status,
    values,
    errors,
    setValue,
    createBlank,
    previewActive,
    preview: shown?.preview ?? null,
    confirm,
    cancel,
    importer,
  };
}

export type NewAppendixState = ReturnType<typeof useNewAppendix>;
