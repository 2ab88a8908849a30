import { columnLetter } from "../domain/grid";
import { ColumnsBlock } from "../sheet/trackingColumns";
import { boundsAddress } from "./addresses";
import { supports } from "./apiSupport";
import { withEquals } from "./cellBlocks";
import { viewSteps, widthPoints } from "./layoutSteps";
import { applyFormats, formatBytes } from "./rangeFormats";
import {
  ACTION_BYTES,
  jsonBytes,
  packBatches,
  REQUEST_BUDGET_BYTES,
  runBatches,
  WriteStep,
} from "./requestBatches";
import { styleRanges } from "./styleRanges";

/** What adding the columns did beyond writing them. */
export interface AddedColumns {
  /** Whether the sheet had no print area and was given the block's, keeping the new columns out of print. */
  printAreaSet: boolean;
}

/**
 * Writes columns beside what the named sheet holds (the tracking columns beside the appendix): number
 * formats, then the header's values and the formulas, one 2-D array each over the block; fonts, borders
 * and alignment per rectangle that shares them; widths; data validation; and, where the sheet has no
 * print area, the block's `printArea`, so that the columns stay off the printed appendix. The caller
 * has made sure the cells are empty: values are written only where the block has one.
 *
 * Syncs: 2. One reads whether the sheet has a print area (Worksheet.pageLayout, ExcelApi 1.9), one
 * writes (more only past about 4 MB, some 100,000 rows). An Excel without 1.9 sets no print area and
 * without 1.8 no validation (./apiSupport); its syncs are the same.
 */
export async function addColumns(
  context: Excel.RequestContext,
  sheetName: string,
  block: ColumnsBlock
): Promise<AddedColumns> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const printSetup = supports("printSetup");
  const existing = printSetup ? sheet.pageLayout.getPrintAreaOrNullObject() : undefined;
  existing?.load("address");
  await context.sync();
  const setPrintArea = existing !== undefined && existing.isNullObject;
  const target = () => sheet;
  const steps: WriteStep[] = [
    ...cellSteps(block, target),
    ...styleSteps(block, target),
    ...widthSteps(block, target),
    ...viewSteps(
      { name: sheetName, columns: [], rows: [], merges: [], validations: block.validations },
      target
    ),
  ];
  if (setPrintArea)
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => sheet.pageLayout.setPrintArea(block.printArea),
    });
  await runBatches(context, packBatches(steps, REQUEST_BUDGET_BYTES));
  return { printAreaSet: setPrintArea };
}

type Cell = string | number | null;

/** The block's number formats, values and formulas, each one 2-D array over the whole block. */
function cellSteps(block: ColumnsBlock, target: () => Excel.Worksheet): WriteStep[] {
  const formats: Cell[][] = [];
  const values: Cell[][] = [];
  const formulas: Cell[][] = [];
  for (const row of block.rows) {
    const cells = block.columns.map((_, c) => row.cells[c]);
    formats.push(cells.map((cell) => cell?.style?.numberFormat ?? null));
    values.push(cells.map((cell) => (cell?.formula === undefined ? (cell?.value ?? null) : null)));
    formulas.push(
      cells.map((cell) => (cell?.formula === undefined ? null : withEquals(cell.formula)))
    );
  }
  const address = boundsAddress({
    firstRow: block.firstRow,
    firstColumn: block.firstColumn,
    lastRow: block.firstRow + block.rows.length - 1,
    lastColumn: block.firstColumn + block.columns.length - 1,
  });
  const anything = (rows: Cell[][]) => rows.some((row) => row.some((cell) => cell !== null));
  const steps: WriteStep[] = [];
  // Number formats first: a value lands in a cell already formatted (the headers as text).
  for (const [rows, write] of [
    [formats, (range: Excel.Range) => (range.numberFormat = formats)],
    [values, (range: Excel.Range) => (range.values = values)],
    [formulas, (range: Excel.Range) => (range.formulas = formulas)],
  ] as const) {
    if (anything(rows))
      steps.push({
        bytes: ACTION_BYTES + jsonBytes(rows),
        queue: () => write(target().getRange(address)),
      });
  }
  return steps;
}

/** Fonts, alignment, wrapping and borders: one range per rectangle of the block that shares them. */
function styleSteps(block: ColumnsBlock, target: () => Excel.Worksheet): WriteStep[] {
  const styles = block.rows.map((row) => block.columns.map((_, c) => row.cells[c]?.style));
  const rowShift = block.firstRow - 1;
  const columnShift = block.firstColumn - 1;
  return styleRanges(styles, []).map(({ bounds, formats }) => ({
    bytes: ACTION_BYTES + formatBytes(formats),
    queue: () =>
      applyFormats(
        target().getRange(
          boundsAddress({
            firstRow: bounds.firstRow + rowShift,
            firstColumn: bounds.firstColumn + columnShift,
            lastRow: bounds.lastRow + rowShift,
            lastColumn: bounds.lastColumn + columnShift,
          })
        ),
        formats,
        bounds.lastRow - bounds.firstRow + 1,
        bounds.lastColumn - bounds.firstColumn + 1
      ),
  }));
}

function widthSteps(block: ColumnsBlock, target: () => Excel.Worksheet): WriteStep[] {
  return block.columns.map((column, c) => {
    const letter = columnLetter(block.firstColumn + c);
    return {
      bytes: ACTION_BYTES,
      queue: () =>
        (target().getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(column.width)),
    };
  });
}
