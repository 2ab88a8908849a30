import { amountLayout, AmountLayout } from "./amountColumns";
import { Appendix, AppendixRow, TotalRow, WordsLine } from "./appendix";
import { blankRowNotice } from "./checks/rowBlank";
import { continuationNotice } from "./checks/rowContinuation";
import { repeatedHeaderNotice } from "./checks/rowHeader";
import { mergedAreaNotices } from "./checks/tableMerged";
import { Field, FIELDS, fieldOfHeader, unitOf } from "./columns";
import { evaluateSums } from "./evaluateSums";
import { Finding } from "./finding";
import { cellAddress, cellText, Grid, GridCell } from "./grid";
import { notices } from "./messages";
import { AmountReading, readAmountCell } from "./money";
import { readNumber } from "./numbering";
import { composed, folded } from "./text";

/** How far down a sheet the header is looked for, past the title block. */
const HEADER_SEARCH_ROWS = 60;
/** "Tổng cộng kinh phí thực hiện": longer labels are tasks, and are not folded to find out. */
const MAX_TOTAL_LABEL = 40;
const TOTAL_LABEL =
  /^(?:tong cong|tong so|tong kinh phi|tong|cong)(?: kinh phi| toan bo| ca nam| chung)*\s*(?:\(.*\))?\s*:?$/;
const TEXT_FIELDS = ["lead", "partners", "product", "schedule"] as const;

/** Thrown by readAppendix when a grid holds no appendix. */
export class NoAppendixError extends Error {}

type CellOf = (field: Field, index: number) => string;

interface HeaderMatch {
  index: number;
  columns: Partial<Record<Field, number>>;
  /** The Nhiệm vụ header as written, to spot the header repeated on later pages cheaply. */
  taskText: string;
}

/** Why a grid holds no appendix: no row of its first ones reads as the table's header. */
export type NoAppendixReason = "no-header";

/** The appendix found in a grid, or why there is none (with the Vietnamese to say). */
export type FoundAppendix =
  { found: true; appendix: Appendix } | { found: false; reason: NoAppendixReason; message: string };

/** Finds the appendix table in a grid and reads its rows, or says why there is none. */
export function findAppendix(sheet: Grid): FoundAppendix {
  // Sum formulas saved without their results (by tools that do not calculate) get them first.
  const grid = evaluateSums(sheet);
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

/** The table under the header found. */
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
  // Offsets into a row's cells, one per field (-1 where the column is missing), looked up once.
  const offsets = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const column = header.columns[field];
    offsets[field] = column === undefined ? -1 : column - grid.firstColumn;
  }
  const amountOffsets = amountColumns.map((column) => column.column - grid.firstColumn);
  const at = (cells: GridCell[], field: Field): GridCell | undefined => cells[offsets[field]];
  const amountsOf = (cells: GridCell[]) => {
    const amounts: AmountReading[] = [];
    const formulas: (string | undefined)[] = [];
    amountOffsets.forEach((offset, i) => {
      amounts.push(amountOfCell(cells[offset], amountColumns[i].scale));
      formulas.push(cells[offset]?.formula);
    });
    return { amounts, formulas };
  };
  const sheetRow = (index: number) => grid.firstRow + index;
  const cellOf: CellOf = (field, index) =>
    cellAddress(header.columns[field] ?? grid.firstColumn, sheetRow(index));

  const rows: AppendixRow[] = [];
  const skippedRows: number[] = [];
  const findings: Finding[] = [];
  let blankRun: number[] = [];
  let total: TotalRow | null = null;
  let words: WordsLine | null = null;
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
      number: cellText(cells[offsets.number]),
      task: composed(cellText(cells[offsets.task])),
      lead: composed(cellText(cells[offsets.lead])),
      partners: composed(cellText(cells[offsets.partners])),
      product: composed(cellText(cells[offsets.product])),
      schedule: composed(cellText(cells[offsets.schedule])),
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
    const numberCell = at(cells, "number");
    const number = readNumber(numberCell?.value ?? null);
    const { amounts, formulas } = amountsOf(cells);
    const amount = amounts[main] ?? EMPTY;
    const amountFormula = formulas[main];
    const label = texts.number || texts.task;
    const labelledTotal =
      number.kind !== "number" &&
      texts.lead === "" &&
      label.length <= MAX_TOTAL_LABEL &&
      TOTAL_LABEL.test(folded(label));
    const onlyAmount = filled === 1 && texts.budget !== "";
    if (labelledTotal || (onlyAmount && isLastFilledRow(grid, index, at, amountOffsets))) {
      total = {
        row: sheetRow(index),
        label,
        amount,
        amountFormula,
        amounts,
        amountFormulas: formulas,
      };
      reportBlanks(blankRun, findings, sheetRow, cellOf);
      blankRun = [];
      // Some tables put "Tổng cộng" first, right under the header; the tasks follow it.
      if (rows.length === 0) continue;
      words = findWords(grid, index + 1);
      break;
    }
    const previous = rows[rows.length - 1];
    const continuation = previous && texts.number === "" && texts.task === "";
    const fitsAbove = amounts.every(
      (reading, i) => reading.kind === "empty" || previous?.amounts[i].kind === "empty"
    );
    if (continuation && fitsAbove) {
      for (const field of TEXT_FIELDS) previous[field] = joined(previous[field], texts[field]);
      amounts.forEach((reading, i) => {
        if (reading.kind === "empty") return;
        previous.amounts[i] = reading;
        previous.amountFormulas[i] = formulas[i];
      });
      previous.amount = previous.amounts[main] ?? EMPTY;
      previous.amountFormula = previous.amountFormulas[main];
      previous.continuationRows.push(sheetRow(index));
      skippedRows.push(...blankRun.map(sheetRow));
      const firstFilled = FIELDS.find((field) => texts[field] !== "") as Field;
      findings.push(continuationNotice(sheetRow(index), cellOf(firstFilled, index), previous.row));
      blankRun = [];
      continue;
    }
    if (blankRun.length > 0) {
      reportBlanks(blankRun, findings, sheetRow, cellOf);
      skippedRows.push(...blankRun.map(sheetRow));
      blankRun = [];
    }
    const taskCell = at(cells, "task");
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
    });
  }
  findings.push(
    ...mergedAreaNotices(grid.merges ?? [], grid.firstRow + header.index + headingRows)
  );
  return {
    headerRow: sheetRow(header.index),
    columns: header.columns,
    scale,
    amountColumns,
    hiddenRows: grid.hiddenRows ?? NO_ROWS,
    rows,
    total,
    words,
    skippedRows,
    findings,
  };
}

function findHeader(grid: Grid): HeaderMatch | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const columns = headerColumns(grid.rows[index], grid.firstColumn);
    const named = Object.keys(columns).length;
    if (
      named >= 3 &&
      columns.task !== undefined &&
      (columns.number !== undefined || columns.budget !== undefined)
    ) {
      const taskText = cellText(grid.rows[index][(columns.task as number) - grid.firstColumn]);
      return { index, columns, taskText };
    }
  }
  return null;
}

function headerColumns(cells: GridCell[], firstColumn: number): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  cells.forEach((cell, offset) => {
    const text = cellText(cell);
    if (text.length === 0 || text.length > 80) return;
    const field = fieldOfHeader(text);
    if (field && columns[field] === undefined) columns[field] = firstColumn + offset;
  });
  return columns;
}

/** Tables copied across pages often repeat their header row. */
function isRepeatedHeader(cells: GridCell[], header: HeaderMatch, firstColumn: number): boolean {
  const again = headerColumns(cells, firstColumn);
  return (
    FIELDS.filter((field) => again[field] !== undefined && again[field] === header.columns[field])
      .length >= 3
  );
}

/** "1 2 3 4 5 6 7" or "(1) (2) …" under the header: column numbers, not a task. */
function isColumnIndexRow(cells: GridCell[]): boolean {
  const values = cells.map(cellText).filter((text) => text !== "");
  if (values.length < 3) return false;
  return values.every((text, i) => text.replace(/[()]/g, "") === String(i + 1));
}

/** How far below the total the "Bằng chữ: …" line is looked for. */
const WORDS_SEARCH_ROWS = 3;
const WORDS_LABEL = /^bang chu\b/;

/** The total in words, on one of the rows just below the total. */
function findWords(grid: Grid, from: number): WordsLine | null {
  for (let index = from; index < Math.min(grid.rows.length, from + WORDS_SEARCH_ROWS); index++) {
    const cells = grid.rows[index];
    for (let offset = 0; offset < cells.length; offset++) {
      const text = composed(cellText(cells[offset]));
      if (text.length < 200 && WORDS_LABEL.test(folded(text))) {
        return { row: grid.firstRow + index, column: grid.firstColumn + offset, text };
      }
    }
  }
  return null;
}

/** A unit in the Kinh phí header wins; else an "ĐVT: …" line above the header; else đồng. */
function findScale(grid: Grid, header: HeaderMatch): number {
  const budgetHeader = cellText(
    grid.rows[header.index][(header.columns.budget as number) - grid.firstColumn]
  );
  const fromHeader = unitOf(budgetHeader);
  if (fromHeader !== null) return fromHeader;
  for (let index = header.index - 1; index >= 0; index--) {
    for (const cell of grid.rows[index]) {
      const text = folded(cellText(cell));
      if (/^(?:dvt|don vi tinh)\b/.test(text)) return unitOf(text) ?? 1;
    }
  }
  return 1;
}

/** An amount-only row with nothing after it is the grand total whose label was lost. */
function isLastFilledRow(
  grid: Grid,
  index: number,
  at: (cells: GridCell[], field: Field) => GridCell | undefined,
  amountOffsets: number[]
) {
  for (let next = index + 1; next < grid.rows.length; next++) {
    const cells = grid.rows[next];
    if (cellText(at(cells, "number")) !== "") return false;
    if (amountOffsets.some((offset) => cellText(cells[offset]) !== "")) return false;
  }
  return true;
}

/** Whether two rows hold the same texts, cell by cell. */
function sameTexts(first: GridCell[], second: GridCell[]): boolean {
  for (let i = 0; i < Math.max(first.length, second.length); i++)
    if (cellText(first[i]) !== cellText(second[i])) return false;
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
  const text = cellText(cell);
  if (text !== "" || !cell) return text;
  return cell.error ?? (cell.formula ? `=${cell.formula}` : "");
}

/** A Kinh phí cell read into whole đồng. */
function amountOfCell(cell: GridCell | undefined, scale: number): AmountReading {
  return readAmountCell(cell, scale);
}

const EMPTY: AmountReading = Object.freeze({ kind: "empty" });
const NO_ROWS: ReadonlySet<number> = new Set();

function reportBlanks(
  blankRun: number[],
  findings: Finding[],
  sheetRow: (index: number) => number,
  cellOf: CellOf
) {
  for (const index of blankRun) {
    findings.push(blankRowNotice(sheetRow(index), cellOf("number", index)));
  }
}

function joined(first: string, second: string): string {
  if (second === "") return first;
  return first === "" ? second : `${first} ${second}`;
}
