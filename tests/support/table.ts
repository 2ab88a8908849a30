import { Appendix } from "../../src/domain/appendix";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import { Finding, Severity } from "../../src/domain/finding";
import { readAppendix } from "../../src/domain/readAppendix";

/**
 * Builds appendix tables as tab-separated text, the way a table pasted from Word arrives, and runs the
 * whole pipeline on them: readDelimited → readAppendix → checkAppendix.
 *
 * The header is sheet row 1 and `rows[i]` is sheet row i + 2 (unless lines are put above the header).
 * Columns: A TT | B Nhiệm vụ | C Chủ trì | D Phối hợp | E Sản phẩm | F Thời gian | G Kinh phí.
 */

export type Cell = string | number | null | undefined;
export type Row = readonly Cell[];

export const HEADER: Row = [
  "TT",
  "Nhiệm vụ",
  "Chủ trì",
  "Phối hợp",
  "Sản phẩm",
  "Thời gian",
  "Kinh phí",
];

/** The standard header with another Kinh phí heading, and more headings after it. */
export function headerWith(budget: string, ...more: string[]): Row {
  return [...HEADER.slice(0, 6), budget, ...more];
}

/** The second row of a two-row header: headings under Kinh phí only. */
export function subHeadings(...headings: string[]): Row {
  return ["", "", "", "", "", "", ...headings];
}

export const LEAD = "Văn phòng – Thống kê";
export const PARTNERS = "Các ban, ngành có liên quan";
export const PRODUCT = "Báo cáo kết quả";
export const SCHEDULE = "Quý I/2025";

export interface TableOptions {
  /** Replaces the standard header row. */
  header?: Row;
  /** Lines above the header (title block); they shift every sheet row down. */
  above?: Row[];
}

export const bold = (text: string): string => `<b>${text}</b>`;
export const italic = (text: string): string => `<i>${text}</i>`;

/** A bold group row: number, title and (optionally) its subtotal; no lead, as documents write them. */
export function group(number: string, title: string, amount?: string): Row {
  return [bold(number), bold(title), "", "", "", "", amount === undefined ? "" : bold(amount)];
}

/** A task row with every text column filled. */
export function task(number: string, name: string, amount?: string, lead: string = LEAD): Row {
  return [number, name, lead, PARTNERS, PRODUCT, SCHEDULE, amount ?? ""];
}

/** An unnumbered italic sub-item of the numbered row above it. */
export function subItem(name: string, amount?: string, lead: string = LEAD): Row {
  return ["", italic(name), lead, PARTNERS, PRODUCT, SCHEDULE, amount ?? ""];
}

/** The grand total row. */
export function total(amount: string, label = "Tổng cộng"): Row {
  return ["", bold(label), "", "", "", "", bold(amount)];
}

/** A grand total whose label was lost: only the amount is left. */
export function amountOnly(amount: string): Row {
  return ["", "", "", "", "", "", amount];
}

export const blank: Row = ["", "", "", "", "", "", ""];

export function tableText(rows: readonly Row[], options: TableOptions = {}): string {
  const lines = [...(options.above ?? []), options.header ?? HEADER, ...rows];
  return (
    lines
      .map((line) =>
        line.map((cell) => (cell === null || cell === undefined ? "" : String(cell))).join("\t")
      )
      .join("\n") + "\n"
  );
}

export function readText(text: string): Appendix {
  return readAppendix(readDelimited(text, "\t"));
}

export function readTable(rows: readonly Row[], options: TableOptions = {}): Appendix {
  return readText(tableText(rows, options));
}

/** Every finding about the table, in sheet order. */
export function checkText(text: string): Finding[] {
  return checkAppendix(readText(text));
}

/** Every finding about the table, in sheet order. */
export function checkTable(rows: readonly Row[], options: TableOptions = {}): Finding[] {
  return checkText(tableText(rows, options));
}

export function isSerious(finding: Finding): boolean {
  return finding.severity === "error" || finding.severity === "warning";
}

/** The error- and warning-level findings. */
export function serious(findings: Finding[]): Finding[] {
  return findings.filter(isSerious);
}

export interface Where {
  rule: string;
  severity: Severity;
  row: number;
  cell: string;
}

/** What a test asserts about a finding's place: rule, severity, row and cell. */
export function where(finding: Finding): Where {
  return { rule: finding.rule, severity: finding.severity, row: finding.row, cell: finding.cell };
}

/** The places of the error- and warning-level findings, for an exact comparison. */
export function seriousPlaces(findings: Finding[]): Where[] {
  return serious(findings).map(where);
}

export function error(rule: string, row: number, cell: string): Where {
  return { rule, severity: "error", row, cell };
}

export function warning(rule: string, row: number, cell: string): Where {
  return { rule, severity: "warning", row, cell };
}

export function info(rule: string, row: number, cell: string): Where {
  return { rule, severity: "info", row, cell };
}

/** A readable dump for failure messages. */
export function describeFindings(findings: Finding[]): string {
  return findings
    .map((f) => `${f.severity} ${f.rule} ${f.cell} ${f.message} | ${f.hint ?? ""}`)
    .join("\n");
}
