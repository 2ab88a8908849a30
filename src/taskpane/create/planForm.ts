import { z } from "zod";
import { BLANK_REFERENCE, blankPlan } from "../../domain/appendixPlan";
import { PlanRequest } from "../../usecases/createAppendix";
import { paneText } from "../paneText";

/** What the officer types in the "Lập phụ lục" form, as typed. */
export interface PlanFormValues {
  planNumber: string;
  day: string;
  month: string;
  year: string;
  issuer: string;
  title: string;
}

export type PlanField = keyof PlanFormValues;

export type PlanFormResult =
  { ok: true; request: PlanRequest } | { ok: false; errors: Partial<Record<PlanField, string>> };

const text = paneText.form;
const MAX_ISSUER = 200;
const MAX_TITLE = 300;

const planFormSchema = z
  .object({
    // "01", "15a"; "01/KH-UBND" typed in full is accepted, the suffix being written by the sheet.
    planNumber: z
      .string()
      .trim()
      .regex(/^(?:[0-9A-Za-z]{1,12}(?:\/KH-UBND)?)?$/i, text.planNumberInvalid),
    day: z
      .string()
      .trim()
      .regex(/^(?:0?[1-9]|[12]\d|3[01])?$/, text.dayInvalid),
    month: z
      .string()
      .trim()
      .regex(/^(?:0?[1-9]|1[0-2])?$/, text.monthInvalid),
    year: z
      .string()
      .trim()
      .regex(/^(?:19|20|21)\d\d$/, text.yearInvalid),
    issuer: z.string().trim().max(MAX_ISSUER, text.tooLong(MAX_ISSUER)),
    title: z.string().trim().max(MAX_TITLE, text.tooLong(MAX_TITLE)),
  })
  .superRefine((values, context) => {
    if (values.day === "" || values.month === "") return;
    const day = Number(values.day);
    const month = Number(values.month);
    const year = Number(values.year);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) {
      context.addIssue({
        code: "custom",
        path: ["day"],
        message: text.dateInvalid(String(day), String(month), values.year),
      });
    }
  });

export function emptyPlanForm(today: Date = new Date()): PlanFormValues {
  return {
    planNumber: "",
    day: "",
    month: "",
    year: String(today.getFullYear()),
    issuer: "",
    title: "",
  };
}

/** The title used when the officer leaves it empty. */
export function defaultTitle(year: string): string {
  return blankPlan(year).title;
}

/**
 * Validates the form. Empty optional fields stay "…" in the written reference line, for the officer to
 * fill in later; days under 10 and months 1–2 get their leading zero (Nghị định 30/2020/NĐ-CP).
 */
export function validatePlanForm(values: PlanFormValues): PlanFormResult {
  const parsed = planFormSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Partial<Record<PlanField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as PlanField;
      if (errors[field] === undefined) errors[field] = issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const orBlank = (value: string) => (value === "" ? BLANK_REFERENCE.planNumber : value);
  const month = v.month === "" ? "" : Number(v.month);
  return {
    ok: true,
    request: {
      year: v.year,
      title: v.title === "" ? defaultTitle(v.year) : v.title,
      reference: {
        planNumber: orBlank(v.planNumber.replace(/\/KH-UBND$/i, "")),
        day: orBlank(v.day === "" ? "" : String(Number(v.day)).padStart(2, "0")),
        month: orBlank(month === "" ? "" : String(month).padStart(month <= 2 ? 2 : 1, "0")),
        year: v.year,
        issuer: orBlank(v.issuer),
      },
    },
  };
}
