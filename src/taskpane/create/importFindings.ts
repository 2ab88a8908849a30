import { byPosition, Finding, SEVERITY_ORDER } from "../../domain/finding";

/** The findings to show, errors first, then warnings and notes, each kind in the table's order. */
export function importFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byPosition(a, b)
  );
}

/** The imported row a finding is at: the table put the header on row 1, the rows from row 2 on. */
export function findingRowIndex(finding: Finding): number {
  return finding.row - 2;
}
