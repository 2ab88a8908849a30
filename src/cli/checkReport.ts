import { z } from "zod";
import { Finding, SEVERITIES, Severity } from "../domain/finding";
import { severityTitles } from "../domain/messages";
import { cliText } from "./cliText";

/** The JSON that `phuluc check --format json` prints: a contract for scripts, so it is pinned by a schema. */
export const checkReportSchema = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  findings: z.array(
    z.strictObject({
      rule: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      row: z.number().int().positive(),
      cell: z.string().regex(/^[A-Z]+\d+$/),
      number: z.string().nullable(),
      message: z.string(),
      expected: z.number().int().nullable(),
      actual: z.number().int().nullable(),
      hint: z.string().nullable(),
    })
  ),
  summary: z.strictObject({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
  }),
});

export type CheckReport = z.infer<typeof checkReportSchema>;

export function checkReport(file: string, sheet: string, findings: Finding[]): CheckReport {
  const count = (severity: Severity) =>
    findings.filter((finding) => finding.severity === severity).length;
  return {
    file,
    sheet,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      row: f.row,
      cell: f.cell,
      number: f.number,
      message: f.message,
      expected: f.expected,
      actual: f.actual,
      hint: f.hint,
    })),
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info") },
  };
}

/** A readable list grouped by severity, errors first. */
export function reportText(report: CheckReport): string {
  const { errors, warnings, infos } = report.summary;
  const lines = [
    cliText.heading(report.file, report.sheet),
    cliText.summary(errors, warnings, infos),
  ];
  if (errors === 0 && warnings === 0) lines.push(cliText.clean);
  for (const severity of SEVERITIES) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push("", `${severityTitles[severity].toUpperCase()} (${findings.length})`);
    const width = Math.max(...findings.map((finding) => finding.cell.length));
    for (const finding of findings) {
      const number = finding.number ? ` [${finding.number}]` : "";
      lines.push(`  ${finding.cell.padEnd(width)}${number} ${finding.message}`);
      if (finding.hint) lines.push(`  ${" ".repeat(width)} ${cliText.hintArrow} ${finding.hint}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
