import { analyseAppendix } from "../domain/analysis";
import { Appendix } from "../domain/appendix";
import { checkAppendix } from "../domain/checkAppendix";
import { readDelimited, Separator, separatorOf } from "../domain/delimitedText";
import { Finding } from "../domain/finding";
import { Fix } from "../domain/fixes/fix";
import { proposeFixes } from "../domain/fixes/proposeFixes";
import { Grid } from "../domain/grid";
import { findAppendix } from "../domain/readAppendix";
import { ExcelSheets } from "../excel/excelContract";

/**
 * What checking a table gives: its findings and the fixes proposed for it, each worked out once, or
 * why there is no appendix in it.
 */
export type CheckOutcome =
  | { kind: "checked"; appendix: Appendix; findings: Finding[]; fixes: Fix[] }
  | { kind: "no-appendix"; message: string };

/** A sheet checked in Excel. */
export interface SheetCheck {
  sheetName: string;
  outcome: CheckOutcome;
}

/**
 * Finds the appendix in a grid, checks it and proposes its fixes: one analysis of the table, which
 * one checkAppendix and one proposeFixes share. A grid without an appendix header is an outcome, not
 * an error.
 */
export function checkGrid(grid: Grid): CheckOutcome {
  const found = findAppendix(grid);
  if (!found.found) return { kind: "no-appendix", message: found.message };
  const { appendix } = found;
  const analysis = analyseAppendix(appendix);
  return {
    kind: "checked",
    appendix,
    findings: checkAppendix(appendix, analysis),
    fixes: proposeFixes(appendix, analysis),
  };
}

/**
 * A table pasted as text: tab-separated from Excel and Word, or a .csv's lines (comma or semicolon);
 * the separator is found in the text unless given (the paste box gives a tab for a table converted
 * from the clipboard's HTML).
 */
export function checkPastedText(
  text: string,
  separator: Separator = separatorOf(text)
): CheckOutcome {
  return checkGrid(readDelimited(text, separator));
}

/** "Kiểm tra": reads the named sheet (the active one when omitted) in one sync and checks it. */
export async function checkSheet(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet">,
  sheetName?: string
): Promise<SheetCheck> {
  const read = await sheets.readSheet(context, sheetName);
  return { sheetName: read.sheetName, outcome: checkGrid(read.grid) };
}

/** The findings worth marking on the sheet: errors and warnings, not notes. */
export function markedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== "info");
}

export function countOf(findings: readonly Finding[], severity: Finding["severity"]): number {
  return findings.filter((finding) => finding.severity === severity).length;
}
