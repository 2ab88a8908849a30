import { byPosition, Finding, SEVERITY_ORDER } from "../../domain/finding";
import type { RuleId } from "../../domain/checks/registry";

/**
 * What the check of an imported table says that the officer has to see. The new sheet sums each
 * section by a formula and adds the Tổng cộng row itself, so that a section's sum or the total not
 * being written in the plan's text is no finding of the appendix that will be written.
 */
const ANSWERED_BY_THE_NEW_SHEET: ReadonlySet<RuleId> = new Set<RuleId>([
  "subtotal.blank",
  "total.missing",
]);

/** The findings to show, errors first, then warnings and notes, each kind in the table's order. */
export function importFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((finding) => !ANSWERED_BY_THE_NEW_SHEET.has(finding.rule))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byPosition(a, b));
}

/** The imported row a finding is at: the table put the header on row 1, the rows from row 2 on. */
export function findingRowIndex(finding: Finding): number {
  return finding.row - 2;
}
