import { z } from "zod";
import { blankPlan, PlanReference } from "../../domain/appendixPlan";
import { signingYear } from "../../domain/appendixPlan";
import type { PlanRequest } from "../../usecases/createAppendix";
import { paneText } from "../paneText";

/**
 * What the officer types in the "Lập phụ lục" form, as typed. The plan's year (the year the title names)
 * and the date the plan is signed are separate: a plan for 2025 is often signed in December 2024.
 */
export interface PlanFormValues {
  /** The plan's year. */
  year: string;
  title: string;
  planNumber: string;
  /** The signing date: day, month, year. */
  day: string;
  month: string;
  signedYear: string;
  issuer: string;
}

export type PlanField = keyof PlanFormValues;

export type PlanFormResult =
  { ok: true; request: PlanRequest } | { ok: false; errors: Partial<Record<PlanField, string>> };

const text = paneText.form;
const MAX_ISSUER = 200;
const MAX_TITLE = 300;
const YEAR = /^(?:(?:19|20|21)\d\d)?$/;

/** The form's schema; `thisYear` is the plan's year when the officer gives none and nothing else tells. */
const planFormSchema = (thisYear: string) =>
  z
    .object({
      year: z.string().trim().regex(YEAR, text.yearInvalid),
      title: z.string().trim().max(MAX_TITLE, text.tooLong(MAX_TITLE)),
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
      signedYear: z.string().trim().regex(YEAR, text.yearInvalid),
      issuer: z.string().trim().max(MAX_ISSUER, text.tooLong(MAX_ISSUER)),
    })
    .superRefine((values, context) => {
      if (values.day === "" || values.month === "") return;
      const day = Number(values.day);
      const month = Number(values.month);
      // The year the date will have: the one typed, else the one the use case will give it. Rebuilding
      // from a sheet whose title names another year may give another one: only 29 February can differ.
      const year = values.signedYear || signingYear(values.year || thisYear, String(month));
      const date = new Date(Date.UTC(Number(year), month - 1, day));
      if (date.getUTCMonth() !== month - 1) {
        context.addIssue({
          code: "custom",
          path: ["day"],
          message: text.dateInvalid(String(day), String(month), year),
        });
      }
    });

/** The form as it opens: nothing given, so that rebuilding keeps the source's title block. */
export function emptyPlanForm(): PlanFormValues {
  return { year: "", title: "", planNumber: "", day: "", month: "", signedYear: "", issuer: "" };
}

/** The standard title of a year: what a blank appendix writes when the officer gives none. */
export function defaultTitle(year: string): string {
  return blankPlan(year).title;
}

/**
 * The signing year the appendix will write when the officer leaves it empty, as the field's
 * placeholder shows it; null when the form does not tell (no month, or rebuilding with no plan year).
 */
export function signingYearShown(values: PlanFormValues): string | null {
  const month = values.month.trim();
  const year = values.year.trim();
  if (values.signedYear.trim() !== "" || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return null;
  return signingYear(year, month);
}

/**
 * Validates the form. An empty field is a part not given: rebuilding takes the source's, the blank
 * appendix the standard one ("…" to fill in later). Days under 10 and months 1–2 get their leading
 * zero (Nghị định 30/2020/NĐ-CP).
 */
export function validatePlanForm(values: PlanFormValues, today: Date = new Date()): PlanFormResult {
  const parsed = planFormSchema(String(today.getFullYear())).safeParse(values);
  if (!parsed.success) {
    const errors: Partial<Record<PlanField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as PlanField;
      if (errors[field] === undefined) errors[field] = issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const month = Number(v.month);
  const reference: Partial<PlanReference> = {};
  const give = (part: keyof PlanReference, value: string) => {
    if (value !== "") reference[part] = value;
  };
  give("planNumber", v.planNumber.replace(/\/KH-UBND$/i, ""));
  give("day", v.day === "" ? "" : String(Number(v.day)).padStart(2, "0"));
  give("month", v.month === "" ? "" : String(month).padStart(month <= 2 ? 2 : 1, "0"));
  give("year", v.signedYear);
  give("issuer", v.issuer);
  const request: PlanRequest = { reference };
  if (v.year !== "") request.year = v.year;
  if (v.title !== "") request.title = v.title;
  return { ok: true, request };
}
