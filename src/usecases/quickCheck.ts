import { checkAppendix } from "../domain/checkAppendix";
import { Finding } from "../domain/finding";
import { readAppendix } from "../domain/readAppendix";
import { ExcelSheets } from "../excel/excelContract";
import { markedFindings } from "./checkSheet";

export interface QuickCheckResult {
  sheetName: string;
  /** Every finding about the sheet's appendix, in sheet order. */
  findings: Finding[];
  /** The findings marked on the sheet: errors and warnings. */
  marked: Finding[];
  /** The cell selected: the first error's, or null when there is no error. */
  selected: string | null;
}

/**
 * "Kiểm tra nhanh" (the ribbon button): checks the appendix on the active sheet, marks its errors and
 * warnings and selects the first error's cell. The sheet is read and checked in full before anything
 * is written, so when reading or checking fails (NoAppendixError: no appendix on the sheet) the sheet
 * is left as it was. No fixes are proposed: there is no pane to show them.
 */
export async function quickCheck(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "setHighlights" | "selectCell">
): Promise<QuickCheckResult> {
  const { sheetName, grid } = await sheets.readSheet(context);
  const findings = checkAppendix(readAppendix(grid));
  const marked = markedFindings(findings);

  // Marking first removes the marks of an earlier check, so a cell fixed since then is unmarked too.
  await sheets.setHighlights(context, sheetName, marked, true);
  const firstError = marked.find((finding) => finding.severity === "error");
  if (firstError) await sheets.selectCell(context, sheetName, firstError.cell);
  return { sheetName, findings, marked, selected: firstError ? firstError.cell : null };
}
