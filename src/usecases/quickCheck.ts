import { checkAppendix } from "../domain/checkAppendix";
import { Finding } from "../domain/finding";
import { findAppendix } from "../domain/readAppendix";
import { ExcelSheets } from "../excel/excelContract";
import { markedFindings } from "./checkSheet";

/**
 * What "Kiểm tra nhanh" did to the active sheet. A sheet without an appendix is an outcome, not an
 * error: its reason says what is missing, and its lists are empty because nothing was marked.
 */
export interface QuickCheckResult {
  sheetName: string;
  /** Why the sheet holds no appendix (what findAppendix found missing); null when it has one. */
  noAppendix: string | null;
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
 * is written; a sheet with no appendix is left as it was (noAppendix says why), and so is a sheet whose
 * reading or checking fails (the error is thrown). No fixes are proposed: there is no pane to show them.
 * One sync to read, three to mark, one to select the first error when there is one.
 */
export async function quickCheck(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "setHighlights" | "selectCell">
): Promise<QuickCheckResult> {
  const { sheetName, grid } = await sheets.readSheet(context);
  const found = findAppendix(grid);
  if (!found.found)
    return { sheetName, noAppendix: found.message, findings: [], marked: [], selected: null };
  const findings = checkAppendix(found.appendix);
  const marked = markedFindings(findings);

  // Marking first removes the marks of an earlier check, so a cell fixed since then is unmarked too.
  await sheets.setHighlights(context, sheetName, marked, true);
  const firstError = marked.find((finding) => finding.severity === "error");
  if (firstError) await sheets.selectCell(context, sheetName, firstError.cell);
  return {
    sheetName,
    noAppendix: null,
    findings,
    marked,
    selected: firstError ? firstError.cell : null,
  };
}
