import { Finding } from "../domain/finding";
import { Fix } from "../domain/fixes/fix";
import { Grid } from "../domain/grid";
import { SheetDescription } from "../sheet/sheetDescription";
import { ColumnsBlock } from "../sheet/trackingColumns";
import { AddedColumns } from "./addColumns";

/**
 * What the task pane asks of Excel. Each function takes the request context of one Excel.run and
 * uses a fixed number of context.sync calls whatever the number of rows: readSheet 1, sheetNames 1,
 * applyFix 1, selectCell 1, setHighlights 3, writeSheet 1 + one per 4 MB written (2 up to about
 * 10,000 appendix rows; Excel on the web refuses requests over 5 MB). The implementation
 * (`excelSheets` in ./excelSheets) throws an ExcelSheetError whose message is the Vietnamese to show
 * (./excelErrorMessage); nothing is swallowed. Requirement set: ExcelApi 1.7, with what needs more
 * checked at run time and left out where Excel lacks it (./apiSupport); the sync counts stay the same.
 */
export interface ExcelSheets {
  /**
   * The used range of the named sheet (the active one when omitted), read in one go. Over 5,000,000
   * cells, or when Excel gives no values, it throws; when Excel on the web refuses the answer as over
   * 5 MB, the sheet is read again in blocks of rows (one sync each).
   */
  readSheet(
    context: Excel.RequestContext,
    sheetName?: string
  ): Promise<{ sheetName: string; grid: Grid }>;
  /** The used ranges of the named sheets, in one sync however many they are (./readSheet). */
  readSheets(
    context: Excel.RequestContext,
    sheetNames: readonly string[]
  ): Promise<{ sheetName: string; grid: Grid }[]>;
  /** The names of the workbook's sheets. */
  sheetNames(context: Excel.RequestContext): Promise<string[]>;
  /** Adds a sheet under a name no sheet has (never replacing one) and writes it; returns the name used. */
  writeSheet(
    context: Excel.RequestContext,
    sheet: SheetDescription,
    activate: boolean
  ): Promise<string>;
  /**
   * Adds several sheets in writeSheet's syncs (a report and its parts), each under a name no sheet
   * has, and activates the one at `activate`; returns the names used. Given `existing`, the names the
   * caller read in this Excel.run, it does not read them again: one sync fewer.
   */
  writeSheets(
    context: Excel.RequestContext,
    sheets: readonly SheetDescription[],
    activate: number | null,
    existing?: readonly string[]
  ): Promise<string[]>;
  /** Applies a fix the officer previewed and clicked. */
  applyFix(context: Excel.RequestContext, sheetName: string, fix: Fix): Promise<void>;
  /** Marks the cells of the findings (on) or removes every mark the add-in made (off). */
  setHighlights(
    context: Excel.RequestContext,
    sheetName: string,
    findings: Finding[],
    on: boolean
  ): Promise<void>;
  /**
   * Writes columns beside what the sheet holds (the tracking columns), into cells the caller found
   * empty, and keeps them out of print where the sheet has no print area: 2 syncs (./addColumns).
   */
  addColumns(
    context: Excel.RequestContext,
    sheetName: string,
    block: ColumnsBlock
  ): Promise<AddedColumns>;
  /** Activates the sheet and selects the cell. */
  selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void>;
}
