import { Grid, GridCell } from "../domain/grid";
import { boundsAddress, cellBounds, splitAreas } from "./addresses";
import { supports } from "./apiSupport";
import { ExcelSheetError } from "./excelErrorMessage";
import { excelText } from "./excelText";
import { gridCell } from "./gridCell";

/** Excel reads at most five million cells at a time; above that Excel on the web gives null values. */
const READ_CELL_LIMIT = 5_000_000;
/**
 * Cells read per request when a sheet is read in parts: values, value types, formulas, number format and
 * font of a cell come to roughly 200 bytes (a row's hidden flag is a few more per row), so a block stays
 * well under Excel on the web's 5 MB response limit.
 */
export const READ_BLOCK_CELLS = 15_000;

const FONT: Excel.CellPropertiesLoadOptions = { format: { font: { bold: true, italic: true } } };
const ROW_HIDDEN: Excel.RowPropertiesLoadOptions = { rowHidden: true };

/**
 * What one queued read of a block of cells gives back after the sync. What this Excel cannot give
 * (./apiSupport: fonts and hidden rows need ExcelApi 1.9, merged areas 1.13) is not asked for.
 */
interface BlockRead {
  range: Excel.Range;
  fonts?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rowProperties?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  merges?: Excel.RangeAreas;
}

/** What a block read gives the grid. */
interface BlockRows {
  rows: GridCell[][];
  merges: string[];
  /** Sheet rows (1-based) of the block hidden from view. */
  hiddenRows: number[];
}

/**
 * The used range of the named sheet (the active one when omitted) as a Grid: values (a formula cell's
 * computed value; for a cell whose value is an error such as #REF!, `error` and a null value), formulas
 * without "=", bold and italic, merged areas, and the rows hidden from view (`hiddenRows`, only when some
 * are). Cells that only carry formatting do not widen the range (getUsedRange(true)).
 *
 * One context.sync: the range, its values, value types, formulas, number formats, fonts
 * (getCellProperties), hidden rows (getRowProperties) and merged areas (getMergedAreasOrNullObject) are
 * loaded together. Only when Excel on the web refuses the answer as too large
 * (ResponsePayloadSizeLimitExceeded, over 5 MB) is the sheet read again in blocks of rows: one sync for
 * the size of the used range, then one per block of READ_BLOCK_CELLS cells.
 *
 * Requirement sets: ExcelApi 1.2 (getUsedRange(valuesOnly)); where Excel has them, 1.9 (getCellProperties,
 * getRowProperties) and 1.13 (getMergedAreasOrNullObject). An older Excel reads the same values and
 * formulas in the same syncs, without bold and italic, hidden rows or merged areas (./apiSupport).
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName?: string
): Promise<{ sheetName: string; grid: Grid }> {
  const sheet = worksheet(context, sheetName);
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("address,rowCount,columnCount");
  const block = queueBlock(used);
  try {
    await context.sync();
  } catch (error) {
    if (!responseTooLarge(error)) throw error;
    return readInBlocks(context, sheetName);
  }
  checkSize(used);
  const bounds = cellBounds(used.address);
  const { rows, merges, hiddenRows } = blockRows(block, bounds.firstRow);
  return { sheetName: sheet.name, grid: gridOf(bounds, rows, merges, hiddenRows) };
}

/**
 * The used ranges of the named sheets, all read in one context.sync however many they are (a
 * consolidation of a workbook's sheets). A sheet whose answer Excel on the web refuses as too large
 * is read again alone, in blocks (readSheet's fallback): only then do the syncs grow.
 */
export async function readSheets(
  context: Excel.RequestContext,
  sheetNames: readonly string[]
): Promise<{ sheetName: string; grid: Grid }[]> {
  const reads = sheetNames.map((name) => {
    const used = worksheet(context, name).getUsedRange(true);
    used.load("address,rowCount,columnCount");
    return { name, used, block: queueBlock(used) };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!responseTooLarge(error)) throw error;
    const read: { sheetName: string; grid: Grid }[] = [];
    // Each sheet alone, so that each answer can stay under the 5 MB limit.
    for (const name of sheetNames) read.push(await readSheet(context, name));
    return read;
  }
  return reads.map(({ name, used, block }) => {
    checkSize(used);
    const bounds = cellBounds(used.address);
    const { rows, merges, hiddenRows } = blockRows(block, bounds.firstRow);
    return { sheetName: name, grid: gridOf(bounds, rows, merges, hiddenRows) };
  });
}

function worksheet(context: Excel.RequestContext, sheetName: string | undefined): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  return sheetName === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetName);
}

function queueBlock(range: Excel.Range): BlockRead {
  range.load("values,valueTypes,formulas,numberFormat");
  const block: BlockRead = { range };
  if (supports("cellFonts")) block.fonts = range.getCellProperties(FONT);
  if (supports("hiddenRows")) block.rowProperties = range.getRowProperties(ROW_HIDDEN);
  if (supports("mergedAreas")) {
    block.merges = range.getMergedAreasOrNullObject();
    block.merges.load("address");
  }
  return block;
}

/**
 * The rows, merged areas and hidden rows of a block read by the last sync, whose first row is sheet row
 * `firstRow`; throws when Excel gave no values.
 */
function blockRows(block: BlockRead, firstRow: number): BlockRows {
  const { values, valueTypes, formulas, numberFormat } = block.range;
  // What was not asked for (an older Excel) is an empty answer; what was asked for must be there.
  const fonts = block.fonts ? block.fonts.value : [];
  const rowProperties = block.rowProperties ? block.rowProperties.value : [];
  if (
    !Array.isArray(values) ||
    !Array.isArray(valueTypes) ||
    !Array.isArray(formulas) ||
    !Array.isArray(fonts) ||
    !Array.isArray(rowProperties)
  )
    throw new ExcelSheetError(excelText.valuesMissing);
  const rows = values.map((row, r) =>
    row.map((value, c) =>
      gridCell(value, formulas[r]?.[c], numberFormat?.[r]?.[c], fonts[r]?.[c], valueTypes[r]?.[c])
    )
  );
  const merges =
    block.merges === undefined || block.merges.isNullObject ? [] : splitAreas(block.merges.address);
  return { rows, merges, hiddenRows: hiddenRowsOf(rowProperties, firstRow) };
}

/**
 * The sheet rows (1-based) whose row is hidden. The answer has one item per row of the range, in order,
 * so the item's place gives the row (the docs do not say where RowProperties.rowIndex counts from).
 */
function hiddenRowsOf(rowProperties: Excel.RowProperties[], firstRow: number): number[] {
  const hidden: number[] = [];
  rowProperties.forEach((row, i) => {
    if (row.rowHidden !== true) return;
    hidden.push(firstRow + i);
  });
  return hidden;
}

function gridOf(
  bounds: { firstRow: number; firstColumn: number },
  rows: GridCell[][],
  merges: string[],
  hiddenRows: number[]
): Grid {
  const grid: Grid = { firstRow: bounds.firstRow, firstColumn: bounds.firstColumn, rows, merges };
  if (hiddenRows.length > 0) grid.hiddenRows = new Set(hiddenRows);
  return grid;
}

function checkSize(used: Excel.Range): void {
  const cells = used.rowCount * used.columnCount;
  if (cells > READ_CELL_LIMIT) throw new ExcelSheetError(excelText.tooManyCells(cells));
}

function responseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** The fallback for Excel on the web when the whole used range does not fit in one answer. */
async function readInBlocks(
  context: Excel.RequestContext,
  sheetName: string | undefined
): Promise<{ sheetName: string; grid: Grid }> {
  const sheet = worksheet(context, sheetName);
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load("address,rowCount,columnCount");
  await context.sync();
  checkSize(used);
  const bounds = cellBounds(used.address);
  const blockRowCount = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, used.columnCount)));
  const rows: GridCell[][] = [];
  const merges: string[] = [];
  const hiddenRows: number[] = [];
  for (let start = 0; start < used.rowCount; start += blockRowCount) {
    const count = Math.min(blockRowCount, used.rowCount - start);
    const firstRow = bounds.firstRow + start;
    const block = queueBlock(
      sheet.getRange(boundsAddress({ ...bounds, firstRow, lastRow: firstRow + count - 1 }))
    );
    // One sync per block is the point: each answer has to stay under the 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const read = blockRows(block, firstRow);
    rows.push(...read.rows);
    merges.push(...read.merges);
    hiddenRows.push(...read.hiddenRows);
  }
  return { sheetName: sheet.name, grid: gridOf(bounds, rows, merges, hiddenRows) };
}
