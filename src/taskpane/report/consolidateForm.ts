import { PeriodId } from "../../domain/report/periods";
import type { ConsolidateRequest } from "../../usecases/consolidateSheets";
import { consolidateText } from "./consolidateText";

/** What the officer has picked in "Tổng hợp": the period ("" for none) and the plans' year, as typed. */
export interface ConsolidateFormValues {
  period: PeriodId | "";
  /** "" for each sheet's title's year. */
  year: string;
}

export type ConsolidateFormResult =
  { ok: true; request: ConsolidateRequest } | { ok: false; yearError: string };

/** Fewer cannot be summed up: one sheet is its own total. */
export const MIN_SHEETS = 2;

const YEAR = /^\d{4}$/;

/**
 * The request for the sheets chosen, in the workbook's order (`names`), whatever order they were
 * ticked in; the year only with a period, since it only dates a period's window.
 */
export function consolidateRequest(
  names: readonly string[],
  chosen: ReadonlySet<string>,
  values: ConsolidateFormValues
): ConsolidateFormResult {
  const sheetNames = names.filter((name) => chosen.has(name));
  if (values.period === "") return { ok: true, request: { sheetNames } };
  const year = values.year.trim();
  if (year !== "" && !YEAR.test(year)) return { ok: false, yearError: consolidateText.yearInvalid };
  return {
    ok: true,
    request: { sheetNames, period: values.period, ...(year === "" ? {} : { year: Number(year) }) },
  };
}
