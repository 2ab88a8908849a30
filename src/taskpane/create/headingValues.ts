import type { PlanHeading } from "../../domain/planText/planImport";
import { PlanFormValues } from "./planForm";

/** "15/KH-UBND": the form takes the number alone, the sheet writing the document kind after it. */
const PLAN_KIND = /\s*\/\s*KH-UBND\s*$/i;

/** A plan's number as the form and the appendix's reference line take it: "15" of "15/KH-UBND". */
export function planNumberOf(heading: PlanHeading): string | undefined {
  return heading.planNumber?.replace(PLAN_KIND, "");
}

/**
 * What a plan's heading says, as the "Lập phụ lục" form's entries: the plan's year, its number, the
 * signing date and the issuer. Fields the heading does not give are left out.
 */
export function headingValues(heading: PlanHeading): Partial<PlanFormValues> {
  const values: Partial<PlanFormValues> = {};
  if (heading.year !== undefined) values.year = String(heading.year);
  const planNumber = planNumberOf(heading);
  if (planNumber) values.planNumber = planNumber;
  if (heading.signed) {
    values.day = heading.signed.day;
    values.month = heading.signed.month;
    values.signedYear = heading.signed.year;
  }
  // A tab is a table's cell separator (Word's heading table copied whole): no issuer's name holds one.
  if (heading.issuer && !heading.issuer.includes("\t")) values.issuer = heading.issuer.trim();
  return values;
}

/** The heading as importedAppendix takes it: its plan number without the document kind. */
export function headingForAppendix(heading: PlanHeading): PlanHeading {
  const planNumber = planNumberOf(heading);
  return planNumber === undefined ? heading : { ...heading, planNumber };
}
