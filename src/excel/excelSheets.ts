import { ExcelSheets } from "./excelContract";
import { excelError } from "./excelErrorMessage";
import { applyFix } from "./applyFix";
import { setHighlights } from "./highlights";
import { readSheet } from "./readSheet";
import { selectCell } from "./selectCell";
import { sheetNames } from "./sheetNames";
import { writeSheet } from "./writeSheet";

/** The function, rethrowing whatever Excel throws as an ExcelSheetError with the Vietnamese message. */
function translated<A extends unknown[], R>(
  run: (...args: A) => Promise<R>
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await run(...args);
    } catch (error) {
      throw excelError(error);
    }
  };
}

/**
 * What the task pane uses to talk to Excel. Every function throws an ExcelSheetError whose message is
 * the Vietnamese to show (its `cause` is what Excel threw); nothing is swallowed.
 *
 * Requirement sets, highest first: ExcelApi 1.13 (readSheet: getMergedAreasOrNullObject), 1.9
 * (readSheet: getCellProperties; writeSheet: page layout; setHighlights: getRanges), 1.8 (writeSheet:
 * data validation), 1.7 (writeSheet: frozen panes), 1.6 (setHighlights: conditional formats), 1.2
 * (readSheet: getUsedRange(valuesOnly); writeSheet: merge, widths), 1.1 (sheetNames, applyFix, selectCell).
 * The manifest declares ExcelApi 1.13.
 */
export const excelSheets: ExcelSheets = {
  readSheet: translated(readSheet),
  sheetNames: translated(sheetNames),
  writeSheet: translated(writeSheet),
  applyFix: translated(applyFix),
  setHighlights: translated(setHighlights),
  selectCell: translated(selectCell),
};
