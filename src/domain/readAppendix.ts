import { Appendix, AppendixRow, TotalRow, WordsLine } from "./appendix";
import { blankRowNotice } from "./checks/rowBlank";
import { continuationNotice } from "./checks/rowContinuation";
import { repeatedHeaderNotice } from "./checks/rowHeader";
import { mergedAreaNotices } from "./checks/tableMerged";
import { Field, FIELDS } from "./columns";
import { evaluateSums } from "./evaluateSums";
import { Finding } from "./finding";
import { cellAddress, Grid, GridCell } from "./grid";
import { notices } from "./messages";
import { AmountReading, EMPTY_AMOUNT, readCleanAmountCell } from "./money";
import { NumberReading, readNumberText } from "./numbering";
import { amountLayout, AmountLayout } from "./reading/amountColumns";
import { cleanGrid, textOf } from "./reading/cleanGrid";
import { continues, joinContinuation } from "./reading/continuation";
import {
  findHeader,
  findScale,
  HeaderMatch,
  isColumnIndexRow,
  isRepeatedHeader,
} from "./reading/header";
import { findWords, isLastFilledRow, isTotalLabel } from "./reading/totalRow";
import { findTrackingColumns, lastTableColumn } from "./reading/trackingColumns";
import { readTitleBlock } from "./titleBlock";
import { readTracking } from "./tracking/readTracking";

/** Why a grid holds no appendix: no row of its first ones reads as the table's header. */
export type NoAppendixReason = "no-header";

/** The appendix found in a grid, or why there is none (with the Vietnamese to say). */
export type FoundAppendix =
  { found: true; appendix: Appendix } | { found: false; reason: NoAppendixReason; message: string };

/** Thrown by readAppendix when a grid holds no appendix. */
export class NoAppendixError extends Error {}

/**
 * Finds the appendix table in a grid and reads its rows, or says why there is none. The grid's text is
 * made clean here, once (reading/cleanGrid), and sum formulas saved without results get them; the
 * header, the Kinh phí columns under it, the total and its words line, and the rows split by page
 * breaks are each read in reading/.
 */
export function findAppendix(sheet: Grid): FoundAppendix {
  const grid = evaluateSums(cleanGrid(sheet));
  const header = findHeader(grid);
  if (!header) return { found: false, reason: "no-header", message: notices.noHeader };
  return { found: true, appendix: readTable(grid, header) };
}

/**
 * Finds the appendix table in a grid and reads its rows; throws NoAppendixError when there is none.
 * For the callers that still expect the exception; findAppendix says the same without one.
 */
export function readAppendix(sheet: Grid): Appendix {
  const result = findAppendix(sheet);
  if (!result.found) throw new NoAppendixError(result.message);
  return result.appendix;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/** The table under the header found, from a clean grid. */
function readTable(grid: Grid, header: HeaderMatch): Appendix {
  const layout: AmountLayout =
    header.columns.budget === undefined
      ? { columns: [], headingRows: 0 }
      : amountLayout(grid, header.index, header.columns, findScale(grid, header));
  const amountColumns = layout.columns;
  const main = Math.max(
    0,
    amountColumns.findIndex((column) => column.isTotal)
  );
  if (amountColumns.length > 0) header.columns.budget = amountColumns[main].column;
  const scale = amountColumns[main]?.scale ?? 1;
  const tracking = findTrackingColumns(
    grid,
    header.index,
    lastTableColumn(header.columns, amountColumns),
    scale
  );
  // Offsets into a row's cells, one per field (-1 where the column is missing), looked up once.
  const offsets = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const column = header.columns[field];
    offsets[field] = column === undefined ? -1 : column - grid.firstColumn;
  }
  const amountOffsets = amountColumns.map((column) => column.column - grid.firstColumn);
  const amountsOf = (cells: GridCell[]) => {
    const amounts: AmountReading[] = [];
    const formulas: (string | undefined)[] = [];
    amountOffsets.forEach((offset, i) => {
      amounts.push(readCleanAmountCell(cells[offset], amountColumns[i].scale));
      formulas.push(cells[offset]?.formula);
    });
    return { amounts, formulas };
  };
  const sheetRow = (index: number) => grid.firstRow + index;
  const cellOf = (field: Field, index: number) =>
    cellAddress(header.columns[field] ?? grid.firstColumn, sheetRow(index));

  const rows: AppendixRow[] = [];
  const skippedRows: number[] = [];
  const findings: Finding[] = [];
  let blankRun: number[] = [];
  let total: TotalRow | null = null;
  let words: WordsLine | null = null;
  const reportBlanks = () => {
    for (const index of blankRun)
      findings.push(blankRowNotice(sheetRow(index), cellOf("number", index)));
  };
  const { headingRows } = layout;
  let start = header.index + 1 + headingRows;
  if (start < grid.rows.length && isColumnIndexRow(grid.rows[start])) start++;
  // A header repeated on a later page brings its heading rows too: the rows after it saying the same.
  const headingRowsAgain = (index: number) => {
    let count = 0;
    while (
      count < headingRows &&
      index + count < grid.rows.length &&
      sameTexts(grid.rows[index + count], grid.rows[header.index + 1 + count])
    )
      count++;
    return count;
  };

  for (let index = start; index < grid.rows.length; index++) {
    const cells = grid.rows[index];
    const texts: Record<Field, string> = {
      number: textOf(cells[offsets.number]),
      task: textOf(cells[offsets.task]),
      lead: textOf(cells[offsets.lead]),
      partners: textOf(cells[offsets.partners]),
      product: textOf(cells[offsets.product]),
      schedule: textOf(cells[offsets.schedule]),
      budget: amountText(cells, offsets.budget, amountOffsets),
    };
    const filled =
      +(texts.number !== "") +
      +(texts.task !== "") +
      +(texts.lead !== "") +
      +(texts.partners !== "") +
      +(texts.product !== "") +
      +(texts.schedule !== "") +
      +(texts.budget !== "");
    if (filled === 0) {
      blankRun.push(index);
      continue;
    }
    if (
      texts.task.length === header.taskText.length &&
      isRepeatedHeader(cells, header, grid.firstColumn)
    ) {
      skippedRows.push(sheetRow(index));
      findings.push(repeatedHeaderNotice(sheetRow(index), cellOf("task", index)));
      for (let again = headingRowsAgain(index + 1); again > 0; again--)
        skippedRows.push(sheetRow(++index));
      if (index + 1 < grid.rows.length && isColumnIndexRow(grid.rows[index + 1]))
        skippedRows.push(sheetRow(++index));
      continue;
    }
    const numberCell = cells[offsets.number];
    const number = numberOf(numberCell);
    const { amounts, formulas } = amountsOf(cells);
    const amount = amounts[main] ?? EMPTY_AMOUNT;
    const amountFormula = formulas[main];
    const label = texts.number || texts.task;
    const labelledTotal = number.kind !== "number" && texts.lead === "" && isTotalLabel(label);
    const onlyAmount = filled === 1 && texts.budget !== "";
    if (
      labelledTotal ||
      (onlyAmount && isLastFilledRow(grid, index, offsets.number, amountOffsets))
    ) {
      total = {
        row: sheetRow(index),
        label,
        amount,
        amountFormula,
        amounts,
        amountFormulas: formulas,
      };
      reportBlanks();
      blankRun = [];
      // Some tables put "Tổng cộng" first, right under the header; the tasks follow it.
      if (rows.length === 0) continue;
      words = findWords(grid, index + 1);
      break;
    }
    const previous = rows[rows.length - 1];
    if (continues(previous, texts, amounts)) {
      joinContinuation(previous, sheetRow(index), texts, amounts, formulas, main);
      skippedRows.push(...blankRun.map(sheetRow));
      const firstFilled = FIELDS.find((field) => texts[field] !== "") as Field;
      findings.push(continuationNotice(sheetRow(index), cellOf(firstFilled, index), previous.row));
      blankRun = [];
      continue;
    }
    if (blankRun.length > 0) {
      reportBlanks();
      skippedRows.push(...blankRun.map(sheetRow));
      blankRun = [];
    }
    const taskCell = cells[offsets.task];
    rows.push({
      row: sheetRow(index),
      numberText: texts.number,
      number,
      task: texts.task,
      lead: texts.lead,
      partners: texts.partners,
      product: texts.product,
      schedule: texts.schedule,
      amount,
      amountFormula,
      amounts,
      amountFormulas: formulas,
      bold: Boolean(taskCell?.bold ?? numberCell?.bold),
      italic: Boolean(taskCell?.italic),
      continuationRows: [],
      tracking: tracking && readTracking(cells, tracking, grid.firstColumn),
    });
  }
  findings.push(
    ...mergedAreaNotices(grid.merges ?? [], grid.firstRow + header.index + headingRows)
  );
  const titleYear = readTitleBlock(grid, header.index).year;
  return {
    headerRow: sheetRow(header.index),
    planYear: titleYear === null ? null : Number(titleYear),
    columns: header.columns,
    scale,
    amountColumns,
    tracking: tracking?.columns ?? null,
    hiddenRows: grid.hiddenRows ?? NO_ROWS,
    rows,
    total,
    words,
    skippedRows,
    findings,
  };
}

/** A TT cell read as a number: its clean text, a number cell's digits; FALSE is no number. */
function numberOf(cell: GridCell | undefined): NumberReading {
  const value = cell?.value ?? null;
  if (value === false) return readNumberText("");
  return readNumberText(textOf(cell));
}

/** Whether two rows hold the same texts, cell by cell. */
function sameTexts(first: GridCell[], second: GridCell[]): boolean {
  for (let i = 0; i < Math.max(first.length, second.length); i++)
    if (textOf(first[i]) !== textOf(second[i])) return false;
  return true;
}

/**
 * The main amount cell's text, or the first other amount column's when the main one is empty. A
 * formula that came to an error or was saved without its result counts as written.
 */
function amountText(cells: GridCell[], mainOffset: number, amountOffsets: number[]): string {
  const text = writtenText(cells[mainOffset]);
  if (text !== "" || amountOffsets.length < 2) return text;
  for (const offset of amountOffsets) {
    const other = writtenText(cells[offset]);
    if (other !== "") return other;
  }
  return "";
}

function writtenText(cell: GridCell | undefined): string {
  const text = textOf(cell);
  if (text !== "" || !cell) return text;
  return cell.error ?? (cell.formula ? `=${cell.formula}` : "");
}
