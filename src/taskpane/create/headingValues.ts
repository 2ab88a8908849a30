import type { PlanHeading } from "../../domain/planText/planImport";
import { PlanFormValues } from "./planForm";

/**
 * What a plan's heading says, as the "Lập phụ lục" form's entries: the plan's year, its number, the
 * signing date and the issuer. Fields the heading does not give are left out.
 */
export function headingValues(heading: PlanHeading): Partial<PlanFormValues> {
  const values: Partial<PlanFormValues> = {};
  if (heading.year !== undefined) values.year = String(heading.year);
  if (heading.planNumber) values.planNumber = heading.planNumber;
  if (heading.signed) {
    values.day = heading.signed.day;
    values.month = heading.signed.month;
    values.signedYear = heading.signed.year;
  }
  if (heading.issuer) values.issuer = heading.issuer.trim();
  return values;
}
