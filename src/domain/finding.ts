import type { RuleId } from "./checks/registry";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** One problem in the appendix, at the cell to change. */
export interface Finding {
  /** The rule that found it: one of those in src/domain/checks/registry.ts. */
  rule: RuleId;
  severity: Severity;
  /** Sheet row, 1-based. */
  row: number;
  /** A1 address of the cell to change. */
  cell: string;
  /** The TT of the row, as written, when it has one. */
  number: string | null;
  message: string;
  expected: number | null;
  actual: number | null;
  /** The likely cause or what to do, in Vietnamese. */
  hint: string | null;
}

/** Errors first, then warnings, then notes. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function byPosition(a: Finding, b: Finding): number {
  return (
    a.row - b.row ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.cell.localeCompare(b.cell)
  );
}
