import { Appendix } from "../domain/appendix";
import { checkAppendix } from "../domain/checkAppendix";
import { readDelimited } from "../domain/delimitedText";
import { Finding } from "../domain/finding";
import { Fix } from "../domain/fixes/fix";
import { proposeFixes } from "../domain/fixes/proposeFixes";
import { Grid } from "../domain/grid";
import { NoAppendixError, readAppendix } from "../domain/readAppendix";
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
 * Finds the appendix in a grid, checks it and proposes its fixes: one checkAppendix and one
 * proposeFixes per check. A grid without an appendix header is an outcome, not an error.
 */
export function checkGrid(grid: Grid): CheckOutcome {
  let appendix: Appendix;
  try {
    appendix = readAppendix(grid);
  } catch (error) {
    if (error instanceof NoAppendixError) return { kind: "no-appendix", message: error.message };
    throw error;
  }
  return {
    kind: "checked",
    appendix,
    findings: checkAppendix(appendix),
    fixes: proposeFixes(appendix),
  };
}

/** A table pasted as tab-separated text (what Excel and Word put on the clipboard). */
export function checkPastedText(text: string): CheckOutcome {
  return checkGrid(readDelimited(text, "\t"));
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
