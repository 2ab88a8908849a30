import { excelErrorMessage } from "../../excel/excelErrorMessage";
import { excelSheets } from "../../excel/excelSheets";
import { createExcelActions, ExcelActions } from "./excelActions";

/** The actions over the real workbook: Excel.run and the Office.js adapter. */
export function liveExcelActions(): ExcelActions {
  return createExcelActions(excelSheets, (batch) => Excel.run(batch), excelErrorMessage);
}
