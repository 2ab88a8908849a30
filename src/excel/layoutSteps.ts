import { columnLetter } from "../domain/grid";
import { pageNumberHeader, SheetDescription, Validation } from "../sheet/sheetDescription";
import { absoluteRows, boundsAddress } from "./addresses";
import { supports } from "./apiSupport";
import { excelText } from "./excelText";
import { applyFormats, formatBytes } from "./rangeFormats";
import { ACTION_BYTES, jsonBytes, WriteStep } from "./requestBatches";
import { FormatKey, FormatValue, styleRanges } from "./styleRanges";

/** Excel's limits on a validation's error alert. */
const ALERT_MESSAGE_LENGTH = 225;

type Target = () => Excel.Worksheet;

/**
 * Formats of whole columns (everything but the number format, which Excel cannot set on a whole column),
 * written before the cells' own so that a cell's style wins.
 */
export function columnStyleSteps(sheet: SheetDescription, target: Target): WriteStep[] {
  return sheet.columns.flatMap((column, c) => {
    const formats = formatsOf(column.style);
    if (Object.keys(formats).length === 0) return [];
    const letter = columnLetter(c + 1);
    return [
      {
        bytes: ACTION_BYTES + formatBytes(formats),
        queue: () => applyFormats(target().getRange(`${letter}:${letter}`), formats, 2, 1),
      },
    ];
  });
}

/** Fonts, alignment, wrapping and borders of the cells, one range per rectangle that shares them. */
export function cellStyleSteps(sheet: SheetDescription, target: Target): WriteStep[] {
  const styles = sheet.rows.map((row) => row.cells.map((cell) => cell?.style));
  const base = sheet.columns.map((column) => column.style);
  return styleRanges(styles, base).map(({ bounds, formats }) => ({
    bytes: ACTION_BYTES + formatBytes(formats),
    queue: () =>
      applyFormats(
        target().getRange(boundsAddress(bounds)),
        formats,
        bounds.lastRow - bounds.firstRow + 1,
        bounds.lastColumn - bounds.firstColumn + 1
      ),
  }));
}

export function mergeSteps(sheet: SheetDescription, target: Target): WriteStep[] {
  return sheet.merges.map((address) => ({
    bytes: ACTION_BYTES,
    queue: () => target().getRange(address).merge(false),
  }));
}

/**
 * Column widths (Excel character widths in the description, points in Office.js: a character of the
 * default font is 7 pixels, plus 5 pixels of padding, at 0.75 point a pixel) and row heights (points),
 * neighbours with the same size as one range. Rows whose height only estimates their wrapped text's
 * (RowDescription.fitHeight) are fitted by Excel itself (autofitRows, ExcelApi 1.2), after their values
 * and formats, one range per run of neighbours: Excel measures the fonts it has.
 */
export function sizeSteps(sheet: SheetDescription, target: Target): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const run of sameRuns(sheet.columns.map((column) => column.width))) {
    const address = `${columnLetter(run.first)}:${columnLetter(run.last)}`;
    const points = widthPoints(run.value);
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => (target().getRange(address).format.columnWidth = points),
    });
  }
  for (const run of sameRuns(sheet.rows.map((row) => row.height))) {
    const address = `${run.first}:${run.last}`;
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => (target().getRange(address).format.rowHeight = run.value),
    });
  }
  const fitted = sheet.rows.map((row) =>
    row.height === undefined && row.fitHeight !== undefined ? true : undefined
  );
  for (const run of sameRuns(fitted)) {
    const address = `${run.first}:${run.last}`;
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => target().getRange(address).format.autofitRows(),
    });
  }
  return steps;
}

export function widthPoints(characters: number): number {
  return Math.round((Math.round(characters * 7) + 5) * 0.75 * 100) / 100;
}

/**
 * Frozen rows and columns (ExcelApi 1.7), data validation (1.8) and print setup with its page numbers
 * and page breaks (1.9). An Excel without the set of one of them writes the sheet without it (./apiSupport): the
 * officer still gets the table, its formulas and formats.
 */
export function viewSteps(sheet: SheetDescription, target: Target): WriteStep[] {
  const steps: WriteStep[] = [];
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || (freeze.columns ?? 0) > 0)) {
    const columns = freeze.columns ?? 0;
    steps.push({
      bytes: ACTION_BYTES,
      queue: () => {
        const panes = target().freezePanes;
        if (columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(columns);
        else
          panes.freezeAt(
            boundsAddress({
              firstRow: 1,
              firstColumn: 1,
              lastRow: freeze.rows,
              lastColumn: columns,
            })
          );
      },
    });
  }
  const validations = supports("dataValidation") ? sheet.validations : [];
  for (const validation of validations) {
    steps.push({
      bytes: 2 * ACTION_BYTES + jsonBytes(validation),
      queue: () => validate(target().getRange(validation.range), validation),
    });
  }
  const print = supports("printSetup") ? sheet.print : undefined;
  if (print) {
    steps.push({
      bytes: (11 + (print.breaksBefore?.length ?? 0)) * ACTION_BYTES,
      queue: () => {
        const layout = target().pageLayout;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = print.paper;
        layout.topMargin = millimetresToPoints(print.margins.top);
        layout.bottomMargin = millimetresToPoints(print.margins.bottom);
        layout.leftMargin = millimetresToPoints(print.margins.left);
        layout.rightMargin = millimetresToPoints(print.margins.right);
        // One page wide, as many tall as needed (0: not fitted in height).
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.repeatRows) layout.setPrintTitleRows(absoluteRows(print.repeatRows));
        if (print.area) layout.setPrintArea(print.area);
        for (const row of print.breaksBefore ?? []) target().horizontalPageBreaks.add(`A${row}`);
        const numbers = print.pageNumbers;
        if (numbers) {
          // The first page has a header of its own, left empty: numbers from page 2 on.
          const headers = layout.headersFooters;
          headers.state = "FirstAndDefault";
          headers.firstPage.centerHeader = "";
          headers.defaultForAllPages.centerHeader = pageNumberHeader(numbers);
        }
      },
    });
  }
  return steps;
}

export function millimetresToPoints(millimetres: number): number {
  return Math.round((millimetres * 72 * 100) / 25.4) / 100;
}

function validate(range: Excel.Range, validation: Validation): void {
  const rule = validation.rule;
  range.dataValidation.rule = validationRule(rule);
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: excelText.validationTitle,
    message: validation.errorMessage.slice(0, ALERT_MESSAGE_LENGTH),
  };
}

/** The rule as Office.js takes it: a choices list inline, comma-separated; a date as ISO 8601 text. */
function validationRule(rule: Validation["rule"]): Excel.DataValidationRule {
  switch (rule.kind) {
    case "wholeNumber":
      return { wholeNumber: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
    case "list":
      return {
        list: {
          inCellDropDown: true,
          source: rule.source.startsWith("=") ? rule.source : `=${rule.source}`,
        },
      };
    case "choices":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "date":
      return { date: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
  }
}

function formatsOf(style: SheetDescription["columns"][number]["style"]) {
  const formats: Partial<Record<FormatKey, FormatValue>> = {};
  for (const [key, value] of Object.entries(style ?? {}))
    if (key !== "numberFormat" && value !== undefined) formats[key as FormatKey] = value;
  return formats;
}

/** Runs of neighbours (1-based) with the same defined value. */
function sameRuns<T>(
  values: readonly (T | undefined)[]
): { first: number; last: number; value: T }[] {
  const runs: { first: number; last: number; value: T }[] = [];
  values.forEach((value, i) => {
    if (value === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.last === i && last.value === value) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, value });
  });
  return runs;
}
