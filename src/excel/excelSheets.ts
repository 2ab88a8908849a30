import { addColumns } from "./addColumns";
import { ExcelSheets } from "./excelContract";
import { excelError } from "./excelErrorMessage";
import { applyFix, restoreCells } from "./applyFix";
import { setHighlights } from "./highlights";
import { readSheet, readSheets } from "./readSheet";
import { selectCell } from "./selectCell";
import { sheetNames } from "./sheetNames";
import { writeSheet, writeSheets } from "./writeSheet";

/** The function, rethrowing whatever Excel throws as an ExcelSheetError with the Vietnamese message. */
export function translated<A extends unknown[], R>(
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
 * Requirement sets: manifest.xml declares ExcelApi 1.7 (Excel 2019 and later, Excel on the web), which
 * covers freezing panes (writeSheet, 1.7), conditional formats (setHighlights, 1.6), getUsedRange(valuesOnly),
 * merges and widths (1.2) and the rest (1.1). What needs more is asked of Excel first (./apiSupport) and
 * left out where it is missing: getCellProperties and getRowProperties (readSheet: bold, italic, hidden
 * rows; 1.9), getMergedAreasOrNullObject (readSheet: merged areas; 1.13), getRanges (setHighlights: one
 * format for many cells; 1.9), data validation (writeSheet; 1.8), page layout (writeSheet; 1.9).
 */
export const excelSheets: ExcelSheets = {
  readSheet: translated(readSheet),
  readSheets: translated(readSheets),
  sheetNames: translated(sheetNames),
  writeSheet: translated(writeSheet),
  writeSheets: translated(writeSheets),
  applyFix: translated(applyFix),
  setHighlights: translated(setHighlights),
  selectCell: translated(selectCell),
  addColumns: translated(addColumns),
};

/**
 * restoreCells with what Excel throws rethrown as an ExcelSheetError in Vietnamese, as every function of
 * the adapter's contract does.
 */
export const excelRestoreCells = translated(restoreCells);
