import { ColumnDescription, SheetDescription } from "../sheet/sheetDescription";
import { boundsAddress } from "./addresses";
import { ACTION_BYTES, jsonBytes, WriteStep } from "./requestBatches";

/** Rows under the written ones that still take their column's number format, for rows the officer adds. */
const COLUMN_FORMAT_SPARE_ROWS = 200;
/** Estimated bytes of one block of rows, so that blocks fill a batch closely. */
const BLOCK_BYTES = 256_000;

type Cell = string | number | boolean | null;

/**
 * A string Excel would take for a formula or a sign (=, +, -, @ first): written to a cell formatted as
 * text ("@") so that "- Kế hoạch" and "=1+1" stay what was typed.
 */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** A formula as Excel wants it, with its "=". */
export function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/**
 * The sheet's cells as blocks of rows, each block written as one range: first its number formats (one
 * 2-D array), then its values, then its formulas, with null where a cell keeps what it has. The number
 * format of a cell is its own, or its column's (text columns "@"), and always "@" for a value that would
 * otherwise become a formula; so every value is written into a cell that is already formatted.
 * A formula is never written into a text cell (it would stay text): there the format is "General".
 * Column formats go `COLUMN_FORMAT_SPARE_ROWS` rows below the table (and down to the last validated row):
 * Excel cannot set the number format of a whole column (an unbounded range).
 */
export function cellBlockSteps(
  sheet: SheetDescription,
  target: () => Excel.Worksheet
): WriteStep[] {
  const width = sheet.rows.reduce(
    (most, row) => Math.max(most, row.cells.length),
    sheet.columns.length
  );
  if (width === 0) return [];
  const lastFormatted = lastFormattedRow(sheet);
  const steps: WriteStep[] = [];
  let first = 1;
  let formats: Cell[][] = [];
  let values: Cell[][] = [];
  let formulas: Cell[][] = [];
  let bytes = 0;
  const flush = (last: number) => {
    if (last >= first)
      steps.push(blockStep(target, width, first, formats, values, formulas, bytes));
    first = last + 1;
    formats = [];
    values = [];
    formulas = [];
    bytes = 0;
  };
  for (let row = 1; row <= Math.max(sheet.rows.length, lastFormatted); row++) {
    const cells = sheet.rows[row - 1]?.cells ?? [];
    const formatRow: Cell[] = [];
    const valueRow: Cell[] = [];
    const formulaRow: Cell[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const formula = cell?.formula === undefined ? null : withEquals(cell.formula);
      const value = formula === null ? (cell?.value ?? null) : null;
      formatRow.push(
        numberFormat(
          cell?.style?.numberFormat,
          sheet.columns[c],
          value,
          formula,
          row,
          lastFormatted
        )
      );
      valueRow.push(value);
      formulaRow.push(formula);
    }
    formats.push(formatRow);
    if (row <= sheet.rows.length) {
      values.push(valueRow);
      formulas.push(formulaRow);
    }
    bytes += jsonBytes(formatRow) + jsonBytes(valueRow) + jsonBytes(formulaRow);
    if (bytes >= BLOCK_BYTES) flush(row);
  }
  flush(Math.max(sheet.rows.length, lastFormatted));
  return steps;
}

function numberFormat(
  own: string | undefined,
  column: ColumnDescription | undefined,
  value: Cell,
  formula: string | null,
  row: number,
  lastFormatted: number
): string | null {
  if (looksLikeFormula(value)) return "@";
  const columnFormat = row <= lastFormatted ? column?.style?.numberFormat : undefined;
  const format = own ?? columnFormat ?? null;
  if (formula !== null && format === "@") return "General";
  return format;
}

function lastFormattedRow(sheet: SheetDescription): number {
  if (!sheet.columns.some((column) => column.style?.numberFormat !== undefined)) return 0;
  const validated = sheet.validations.map((validation) => {
    const rows = validation.range.match(/\d+/g) ?? [];
    return Math.max(0, ...rows.map(Number));
  });
  return Math.max(sheet.rows.length + COLUMN_FORMAT_SPARE_ROWS, ...validated);
}

function blockStep(
  target: () => Excel.Worksheet,
  width: number,
  firstRow: number,
  formats: Cell[][],
  values: Cell[][],
  formulas: Cell[][],
  bytes: number
): WriteStep {
  const anything = (rows: Cell[][]) => rows.some((row) => row.some((cell) => cell !== null));
  const writeFormats = anything(formats);
  const writeValues = anything(values);
  const writeFormulas = anything(formulas);
  const actions = Number(writeFormats) + Number(writeValues) + Number(writeFormulas);
  const range = (rows: number) =>
    target().getRange(
      boundsAddress({ firstRow, firstColumn: 1, lastRow: firstRow + rows - 1, lastColumn: width })
    );
  return {
    bytes: bytes + actions * ACTION_BYTES,
    queue: () => {
      const block = range(formats.length);
      // Number formats first: a value must land in a cell that is already text where it has to stay text.
      if (writeFormats) block.numberFormat = formats;
      if (!writeValues && !writeFormulas) return;
      const written = values.length === formats.length ? block : range(values.length);
      if (writeValues) written.values = values;
      if (writeFormulas) written.formulas = formulas;
    },
  };
}
