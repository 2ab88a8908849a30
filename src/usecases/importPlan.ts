import { AppendixPlan } from "../domain/appendixPlan";
import { checkAppendix } from "../domain/checkAppendix";
import type { RuleId } from "../domain/checks/registry";
import { COLUMNS } from "../domain/columns";
import { Finding } from "../domain/finding";
import { Grid, GridCell } from "../domain/grid";
import { ImportedRow, PlanHeading } from "../domain/planText/planImport";
import { findAppendix } from "../domain/readAppendix";
import { TitleBlock } from "../domain/titleBlock";
import { planFor, PlanRequest } from "./createAppendix";

/**
 * Findings a plan's text always gives and the new sheet answers: it sums each section by a formula
 * and adds the Tổng cộng row itself.
 */
const ANSWERED_BY_THE_NEW_SHEET: ReadonlySet<RuleId> = new Set<RuleId>([
  "subtotal.blank",
  "total.missing",
]);

export interface ImportedAppendix {
  plan: AppendixPlan;
  findings: Finding[];
}

/**
 * The appendix made from a plan's imported rows (as read, or as the officer corrected them in the
 * pane): the rows become a table of the seven columns, which is read, checked and laid out as "Lập lại
 * từ trang đang mở" lays out a table — numbered afresh, groups summed by formulas — under a title block
 * from the plan's heading and the officer's entries. The findings are the table's, before it is written,
 * but for those the new sheet answers.
 */
export function importedAppendix(
  rows: readonly ImportedRow[],
  heading: PlanHeading,
  request: PlanRequest,
  today: Date = new Date()
): ImportedAppendix | null {
  const grid = importGrid(rows);
  const found = findAppendix(grid);
  if (!found.found || found.appendix.rows.length === 0) return null;
  const titleBlock: TitleBlock = {
    title: null,
    year: heading.year === undefined ? null : String(heading.year),
    reference: {
      planNumber: heading.planNumber,
      issuer: heading.issuer,
      ...(heading.signed ?? {}),
    },
  };
  const plan = planFor(request, { appendix: found.appendix, titleBlock }, today);
  const findings = checkAppendix(found.appendix).filter(
    (finding) => !ANSWERED_BY_THE_NEW_SHEET.has(finding.rule)
  );
  return { plan, findings };
}

/** The rows as a table under the appendix's own header, one row each, in the columns' order. */
export function importGrid(rows: readonly ImportedRow[]): Grid {
  const cell = (value: string | number | null): GridCell => ({
    value: value === "" ? null : value,
  });
  return {
    firstRow: 1,
    firstColumn: 1,
    rows: [
      COLUMNS.map((column) => ({ value: column.header, bold: true })),
      ...rows.map((row) => [
        { ...cell(row.number), bold: row.section },
        { ...cell(row.task), bold: row.section },
        cell(row.lead),
        cell(row.partners),
        cell(row.product),
        cell(row.schedule),
        cell(row.amount ?? row.amountText ?? null),
      ]),
    ],
  };
}
