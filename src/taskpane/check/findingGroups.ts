import { Finding } from "../../domain/finding";

/**
 * The findings as the pane lists them: findings saying the same thing (same rule, severity, message
 * and hint: "Dòng trống giữa bảng: đã bỏ qua." on rows 12, 30, 38 …) become one entry, at the place
 * of the first; each keeps its own cell. A presentation concern only: the check, the marks on the
 * sheet and the exported list keep every finding.
 */
export function groupIdentical(findings: readonly Finding[]): Finding[][] {
  const entries: Finding[][] = [];
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = JSON.stringify([finding.rule, finding.severity, finding.message, finding.hint]);
    const entry = byKey.get(key);
    if (entry) {
      entry.push(finding);
      continue;
    }
    const fresh = [finding];
    byKey.set(key, fresh);
    entries.push(fresh);
  }
  return entries;
}
