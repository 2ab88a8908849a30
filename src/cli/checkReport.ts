import { Finding, SEVERITIES, Severity } from "../domain/finding";
import { severityTitles } from "../domain/messages";
import { cliText } from "./cliText";
import { InputError, InputProblem } from "./inputError";

/**
 * The JSON that `phuluc check --format json` prints: a contract for scripts, pinned by the schemas
 * in reportSchemas.ts (which only the tests load: zod has no place in the command's start-up).
 */
export interface CheckReport {
  file: string;
  sheet: string;
  findings: ReportFinding[];
  summary: { errors: number; warnings: number; infos: number };
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  row: number;
  cell: string;
  number: string | null;
  message: string;
  expected: number | null;
  actual: number | null;
  hint: string | null;
}

/** What `--format json` prints when the file cannot be checked (exit code 2). */
export interface ErrorReport {
  file: string;
  error: { code: InputProblem; message: string };
}

export function checkReport(file: string, sheet: string, findings: Finding[]): CheckReport {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  const counts: Record<Severity, keyof typeof summary> = {
    error: "errors",
    warning: "warnings",
    info: "infos",
  };
  for (const finding of findings) summary[counts[finding.severity]]++;
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
    summary,
  };
}

/** What `--format json` prints when the input cannot be checked: the file and why, as a code. */
export function errorJson(file: string, error: InputError): string {
  const report: ErrorReport = { file, error: { code: error.code, message: error.message } };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A readable list grouped by severity, errors first, line by line: however many findings there
 * are, no line list or argument list grows with them.
 */
export function* reportText(report: CheckReport): Generator<string> {
  const { errors, warnings, infos } = report.summary;
  yield `${cliText.heading(report.file, report.sheet)}\n`;
  yield `${cliText.summary(errors, warnings, infos)}\n`;
  if (errors === 0 && warnings === 0) yield `${cliText.clean}\n`;
  for (const severity of SEVERITIES) {
    let count = 0;
    let width = 0;
    for (const finding of report.findings) {
      if (finding.severity !== severity) continue;
      count++;
      if (finding.cell.length > width) width = finding.cell.length;
    }
    if (count === 0) continue;
    yield `\n${severityTitles[severity].toUpperCase()} (${count})\n`;
    const indent = " ".repeat(width);
    for (const finding of report.findings) {
      if (finding.severity !== severity) continue;
      const number = finding.number ? ` [${finding.number}]` : "";
      yield `  ${finding.cell.padEnd(width)}${number} ${finding.message}\n`;
      if (finding.hint) yield `  ${indent} ${cliText.hintArrow} ${finding.hint}\n`;
    }
  }
}

/** `JSON.stringify(value, null, 2)` and a line break, finding by finding. */
export function* reportJson(report: CheckReport): Generator<string> {
  const nested = (value: unknown, indent: string) =>
    JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  yield `{\n  "file": ${JSON.stringify(report.file)},\n  "sheet": ${JSON.stringify(report.sheet)},\n  "findings": [`;
  let first = true;
  for (const finding of report.findings) {
    yield `${first ? "" : ","}\n    ${nested(finding, "    ")}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],\n  "summary": ${nested(report.summary, "  ")}\n}\n`;
}
