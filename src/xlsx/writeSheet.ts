import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnNumber } from "../domain/grid";
import {
  CellDescription,
  CellStyle,
  PageNumbers,
  pageNumberHeader,
  PrintSetup,
  SheetDescription,
  Validation,
} from "../sheet/sheetDescription";
import { sheetRange } from "../sheet/sheetNames";
import { addCharts } from "./chartParts";
import { CellValueAt } from "./chartXml";

const MM_PER_INCH = 25.4;
/** Excel's paper code for A4 (ExcelJS declares it in a const enum, which isolated modules cannot read). */
const A4 = 9 as ExcelJS.PaperSize;
/** ExcelJS's own header and footer margins, in inches; they must stay inside the top and bottom ones. */
const HEADER_FOOTER_MARGIN = 0.3;
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
/** ExcelJS's own workbook window, which it writes when `views` is set. */
const WORKBOOK_VIEW: ExcelJS.WorkbookView = {
  x: 0,
  y: 0,
  width: 10000,
  height: 20000,
  firstSheet: 0,
  activeTab: 0,
  visibility: "visible",
};

/** ExcelJS 4.4 writes one rule for a whole range through this, but its typings leave it out. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The sheets as an .xlsx file, in the order given. */
export async function writeSheets(sheets: SheetDescription[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // The cached results written below cover only simple sums; Excel recomputes everything on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const firstVisible = sheets.findIndex((sheet) => !sheet.hidden);
  if (firstVisible < 0) throw new Error("An .xlsx workbook needs a sheet that is not hidden.");
  // Excel opens on the first sheet unless told otherwise, and shows it even when it is hidden.
  if (firstVisible > 0) workbook.views = [{ ...WORKBOOK_VIEW, activeTab: firstVisible }];
  const written = sheets.map((sheet) => ({ sheet, id: addSheet(workbook, sheet).id }));
  // ExcelJS's parts are stored, not compressed: the package is compressed once, below, with the parts
  // this writer adds or mends.
  const data = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const quoted = sheets.filter(({ name, print }) => print?.repeatRows && name.includes("'"));
  const fitted = written
    .map(({ sheet, id }) => ({ id, rows: fittedRows(sheet) }))
    .filter(({ rows }) => rows.size > 0);
  const charted = written.filter(({ sheet }) => (sheet.charts ?? []).length > 0);
  const zip = await JSZip.loadAsync(data);
  if (quoted.length > 0) await quotePrintTitles(zip, quoted);
  for (const { id, rows } of fitted) await automaticHeights(zip, id, rows);
  for (const { sheet, id } of charted) await addCharts(zip, id, sheet, cellValues(sheet));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * ExcelJS 4.4 names the sheet of the rows printed on every page as '<name>'! without doubling the
 * apostrophes inside, which breaks the reference for names such as "Ea H'Leo": write it as Excel does.
 */
async function quotePrintTitles(zip: JSZip, sheets: SheetDescription[]): Promise<void> {
  const file = "xl/workbook.xml";
  let xml = await (zip.file(file) as JSZip.JSZipObject).async("string");
  for (const { name } of sheets) {
    xml = xml.split(xmlText(`'${name}'!`)).join(xmlText(sheetRange(name, "")));
  }
  zip.file(file, xml);
}

/** Sheet rows (1-based) whose height is an estimate of their text's (RowDescription.fitHeight). */
function fittedRows(sheet: SheetDescription): Set<number> {
  const rows = new Set<number>();
  sheet.rows.forEach((row, index) => {
    if (row.height === undefined && row.fitHeight !== undefined) rows.add(index + 1);
  });
  return rows;
}

const ROW_TAG = /<row [^>]*>/g;
const ROW_NUMBER = / r="(\d+)"/;

/**
 * ExcelJS 4.4 marks every row it gives a height as customHeight="1", a height the officer chose, which
 * Excel then keeps whatever the row holds. A row whose height only estimates its text's loses the mark:
 * LibreOffice still shows it at that height, and Excel fits it again when its text changes.
 */
async function automaticHeights(zip: JSZip, id: number, rows: Set<number>): Promise<void> {
  const file = `xl/worksheets/sheet${id}.xml`;
  const xml = await (zip.file(file) as JSZip.JSZipObject).async("string");
  zip.file(
    file,
    xml.replace(ROW_TAG, (tag) => {
      const row = ROW_NUMBER.exec(tag);
      return row && rows.has(Number(row[1])) ? tag.replace(' customHeight="1"', "") : tag;
    })
  );
}

function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Adds one described sheet to a workbook. */
function addSheet(workbook: ExcelJS.Workbook, description: SheetDescription): ExcelJS.Worksheet {
  const { freeze, print } = description;
  const sheet = workbook.addWorksheet(description.name, {
    state: description.hidden ? "hidden" : "visible",
    views: freeze ? [{ state: "frozen", xSplit: freeze.columns ?? 0, ySplit: freeze.rows }] : [],
    pageSetup: print ? pageSetup(print) : undefined,
    headerFooter: print?.pageNumbers ? pageNumbers(print.pageNumbers) : undefined,
  });

  // Columns first: cells created afterwards take the column's format, so "@" keeps TT as text.
  description.columns.forEach((column, index) => {
    const target = sheet.getColumn(index + 1);
    target.width = column.width;
    if (column.style) Object.assign(target, styleModel(column.style));
  });

  const results = cachedResults(description);
  const styles = sharedStyles(description);
  description.rows.forEach((row, index) => {
    const height = row.height ?? row.fitHeight;
    if (height !== undefined) sheet.getRow(index + 1).height = height;
    row.cells.forEach((cell, column) => {
      if (!cell) return;
      const target = sheet.getCell(index + 1, column + 1);
      if (cell.style) target.style = styles(cell.style, column);
      if (cell.formula !== undefined) {
        const result = resultOf(cell, results.get(`${index + 1}:${column + 1}`));
        target.value = { formula: cell.formula.replace(/^=/, ""), result };
      } else if (cell.value !== undefined && cell.value !== null && cell.value !== "") {
        // A string is written as text even when it starts with "=", "+", "-" or "@":
        // ExcelJS only makes a formula of a { formula } value.
        target.value = cell.value;
      }
    });
  });

  description.merges.forEach((range) => sheet.mergeCells(range));
  description.validations.forEach((validation) =>
    (sheet as unknown as RangeValidations).dataValidations.add(
      validation.range,
      dataValidation(validation)
    )
  );
  return sheet;
}

/** What a style names, as ExcelJS models it: only that, so a cell keeps what its column gives it. */
function styleModel(style: CellStyle): Partial<ExcelJS.Style> {
  const model: Partial<ExcelJS.Style> = {};
  if (style.numberFormat !== undefined) model.numFmt = style.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (style.font !== undefined) font.name = style.font;
  if (style.size !== undefined) font.size = style.size;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (Object.keys(font).length > 0) model.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (Object.keys(alignment).length > 0) model.alignment = alignment;
  if (style.border) model.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return model;
}

/**
 * One ExcelJS style object for each style a column's cells are given, over what the column gives
 * them: ExcelJS files a style once per object it meets, and working out a style anew for each of a
 * large report's 200,000 cells took most of its writing time.
 */
function sharedStyles(description: SheetDescription) {
  const made = new Map<string, Partial<ExcelJS.Style>>();
  return (style: CellStyle, column: number) => {
    const key = `${column} ${JSON.stringify(style)}`;
    let shared = made.get(key);
    if (!shared) {
      const fromColumn = description.columns[column]?.style;
      shared = { ...(fromColumn ? styleModel(fromColumn) : {}), ...styleModel(style) };
      made.set(key, shared);
    }
    return shared;
  };
}

function dataValidation({ rule, errorMessage }: Validation): ExcelJS.DataValidation {
  const shown = { allowBlank: true, showErrorMessage: true, error: errorMessage };
  if (rule.kind === "wholeNumber") {
    return { ...shown, type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] };
  }
  if (rule.kind === "choices")
    return { ...shown, type: "list", formulae: [`"${rule.values.join(",")}"`] };
  if (rule.kind === "date") {
    const [year, month, day] = rule.min.split("-").map(Number);
    const min = new Date(Date.UTC(year, month - 1, day));
    return { ...shown, type: "date", operator: "greaterThanOrEqual", formulae: [min] };
  }
  // A unit missing from the list may still be right: warn, and let the officer keep it.
  return { ...shown, type: "list", formulae: [rule.source], errorStyle: "warning" };
}

function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const inches = (mm: number) => mm / MM_PER_INCH;
  return {
    paperSize: A4,
    orientation: print.orientation,
    // fitToHeight 0: as many pages tall as the rows need.
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: print.repeatRows,
    // ExcelJS puts a "$" before each end ("$A1:$K40"): rows are made absolute here, as Excel writes them.
    printArea: print.area?.replace(/([A-Z]+)(\d+)/gi, "$1$$$2"),
    margins: {
      top: inches(print.margins.top),
      bottom: inches(print.margins.bottom),
      left: inches(print.margins.left),
      right: inches(print.margins.right),
      header: HEADER_FOOTER_MARGIN,
      footer: HEADER_FOOTER_MARGIN,
    },
  };
}

/** The number centred in the header of every page but the first, whose header stays empty. */
function pageNumbers(numbers: PageNumbers): Partial<ExcelJS.HeaderFooter> {
  return { differentFirst: true, oddHeader: `&C${pageNumberHeader(numbers)}` };
}

const SUM = /^=\s*SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:\s*,\s*[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)$/i;
const CONSTANT = /^=\s*(-?\d+(?:\.\d+)?)$/;
const ADDRESS = /^([A-Z]+)(\d+)$/i;
/** Excel and LibreOffice give an error for a function of more arguments. */
const MAX_ARGUMENTS = 255;

/**
 * The results of the formulas descriptions write (=SUM over cells of the sheet, =0), keyed "row:column",
 * saved with them so that a reader that does not recalculate (phuluc check, a file preview) sees the
 * amounts. Any other formula is left without a result for the spreadsheet to compute.
 */
function cachedResults(description: SheetDescription): Map<string, number> {
  const cellAt = (row: number, column: number): CellDescription | undefined =>
    description.rows[row - 1]?.cells[column - 1];
  const results = new Map<string, number>();
  const pending = new Set<string>();
  const evaluate = (row: number, column: number): number | undefined => {
    const cell = cellAt(row, column);
    // SUM counts numbers only: blanks and text add nothing.
    if (cell?.formula === undefined) return typeof cell?.value === "number" ? cell.value : 0;
    const key = `${row}:${column}`;
    if (results.has(key)) return results.get(key);
    if (pending.has(key)) return undefined;
    pending.add(key);
    const result = formulaResult(cell.formula, evaluate);
    pending.delete(key);
    if (result !== undefined) results.set(key, result);
    return result;
  };
  description.rows.forEach((row, index) =>
    row.cells.forEach((cell, column) => {
      if (cell?.formula !== undefined) evaluate(index + 1, column + 1);
    })
  );
  return results;
}

/** The values a chart caches: a cell's value, or its formula's result where cachedResults knows it. */
function cellValues(description: SheetDescription): CellValueAt {
  const results = cachedResults(description);
  return (row, column) => {
    const cell = description.rows[row - 1]?.cells[column - 1];
    if (cell?.formula !== undefined) return resultOf(cell, results.get(`${row}:${column}`));
    return cell?.value ?? undefined;
  };
}

/**
 * What a formula cell is saved with: the result this writer works out (a sum), else the figure its
 * description gives (a COUNTIFS the core counted), else none for the spreadsheet to compute.
 */
function resultOf(cell: CellDescription, worked: number | undefined): number | undefined {
  return worked ?? (typeof cell.value === "number" ? cell.value : undefined);
}

function formulaResult(
  formula: string,
  evaluate: (row: number, column: number) => number | undefined
): number | undefined {
  const constant = CONSTANT.exec(formula);
  if (constant) return Number(constant[1]);
  const sum = SUM.exec(formula);
  const args = sum?.[1].split(",") ?? [];
  if (!sum || args.length > MAX_ARGUMENTS) return undefined;
  let total = 0;
  for (const argument of args) {
    const [first, last = first] = argument.trim().split(":").map(cellPosition);
    for (let row = Math.min(first.row, last.row); row <= Math.max(first.row, last.row); row++) {
      const columns = [first.column, last.column].sort((a, b) => a - b);
      for (let column = columns[0]; column <= columns[1]; column++) {
        const value = evaluate(row, column);
        if (value === undefined) return undefined;
        total += value;
      }
    }
  }
  return total;
}

function cellPosition(address: string): { row: number; column: number } {
  const [, letters, digits] = ADDRESS.exec(address) as RegExpExecArray;
  return { row: Number(digits), column: columnNumber(letters) };
}
