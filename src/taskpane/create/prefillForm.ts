import { PlanField, PlanFormValues } from "./planForm";

const DATE: readonly PlanField[] = ["day", "month", "signedYear"];

/**
 * The entries `given` (a plan's heading) puts in the form: only in fields the officer left empty, whose
 * values win. The signing date is one thing: it is filled only when none of its parts is typed, so that
 * a day typed by the officer is never joined to another date's month.
 */
export function prefilledValues(
  values: PlanFormValues,
  given: Partial<PlanFormValues>
): Partial<PlanFormValues> {
  const empty = (field: PlanField) => values[field].trim() === "";
  const dateTyped = DATE.some((field) => !empty(field));
  const filled: Partial<PlanFormValues> = {};
  for (const field of Object.keys(given) as PlanField[]) {
    const value = given[field];
    if (value === undefined || value.trim() === "" || !empty(field)) continue;
    if (dateTyped && DATE.includes(field)) continue;
    filled[field] = value;
  }
  return filled;
}
