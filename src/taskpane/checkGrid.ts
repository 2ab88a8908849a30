import { Appendix } from "../domain/appendix";
import { checkAppendix } from "../domain/checkAppendix";
import { readDelimited } from "../domain/delimitedText";
import { Finding } from "../domain/finding";
import { Grid } from "../domain/grid";
import { NoAppendixError, readAppendix } from "../domain/readAppendix";

/** What checking a sheet or a pasted table gives: its findings, or why there is no appendix in it. */
export type CheckOutcome =
  | { kind: "checked"; appendix: Appendix; findings: Finding[] }
  | { kind: "no-appendix"; message: string };

/** readAppendix → checkAppendix; a grid without an appendix header is an outcome, not an error. */
export function checkGrid(grid: Grid): CheckOutcome {
  let appendix: Appendix;
  try {
    appendix = readAppendix(grid);
  } catch (error) {
    if (error instanceof NoAppendixError) return { kind: "no-appendix", message: error.message };
    throw error;
  }
  return { kind: "checked", appendix, findings: checkAppendix(appendix) };
}

/** A table pasted as tab-separated text (what Excel and Word put on the clipboard). */
export function checkPastedText(text: string): CheckOutcome {
  return checkGrid(readDelimited(text, "\t"));
}

/** The findings worth colouring on the sheet: errors and warnings, not notes. */
export function markedFindings(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== "info");
}

export function countOf(findings: Finding[], severity: Finding["severity"]): number {
  return findings.filter((finding) => finding.severity === severity).length;
}
