import { columnLetter } from "../domain/grid";
import { serialOfDay } from "../domain/excelDates";
import {
  CellDescription,
  CellStyle,
  pageNumberHeader,
  PrintSetup,
  SheetDescription,
  Validation,
} from "../sheet/sheetDescription";
import { FormulaResults, resultOf } from "./formulaResults";
import { StringTable } from "./stringTable";
import { StyleSheet } from "./styleSheet";
import { XmlBytes } from "./xmlBytes";
import { escapeAttribute, escapeXml } from "./xmlMarkup";

/*
 * A worksheet part (xl/worksheets/sheetN.xml, ECMA-376 Part 1 §18.3) written straight from its
 * description, its children in CT_Worksheet's order, which Excel requires. The rows go straight into
 * bytes (XmlBytes): a 10,000-row report is one pass over its cells.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MM_PER_INCH = 25.4;
/** Header and footer margins, in inches; they stay inside the top and bottom ones. */
const HEADER_FOOTER_MARGIN = 0.3;
/** Excel's paper code for A4. */
const A4 = 9;

export interface WorksheetContext {
  styles: StyleSheet;
  strings: StringTable;
  /** The results of the sheet's formulas that are known (formulaResults). */
  results: FormulaResults;
  /** The sheet Excel opens on. */
  selected: boolean;
  /** The relationship id of the sheet's drawing, when it has charts. */
  drawing?: string;
}

/** Writes the worksheet part of the sheet to `out`. */
export function writeWorksheet(
  sheet: SheetDescription,
  context: WorksheetContext,
  out: XmlBytes
): void {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((row) => row.cells.length), 1);
  const letters = Array.from({ length: width }, (_, index) => columnLetter(index + 1));
  const lastRow = Math.max(sheet.rows.length, 1);
  const print = sheet.print;
  out.text(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
      (print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
      `<dimension ref="A1:${letters[width - 1]}${lastRow}"/>` +
      sheetView(sheet, context.selected) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      columnsXml(sheet, context.styles) +
      "<sheetData>"
  );
  writeRows(sheet, letters, context, out);
  out.text(
    "</sheetData>" +
      mergesXml(sheet.merges) +
      validationsXml(sheet.validations) +
      (print ? printXml(print) : "") +
      (context.drawing ? `<drawing r:id="${context.drawing}"/>` : "") +
      "</worksheet>"
  );
}

/** The rows that hold a cell or a height, cell by cell: most of a large sheet's bytes. */
function writeRows(
  sheet: SheetDescription,
  letters: readonly string[],
  context: WorksheetContext,
  out: XmlBytes
): void {
  const formatOf = cellFormats(sheet, context.styles);
  // What each cell's markup starts with, by column and by format, made once.
  const starts = letters.map((letter) => `<c r="${letter}`);
  const formatAttributes: string[] = [];
  for (let index = 0; index < sheet.rows.length; index++) {
    const row = sheet.rows[index];
    const number = index + 1;
    const height = row.height ?? row.fitHeight;
    if (height === undefined && !row.cells.some((cell) => cell)) continue;
    // Every cell names the row: its digits are made once.
    const digits = String(number);
    out.markup('<row r="').markup(digits);
    // A height only estimated for the row's text is not marked custom: Excel fits the row again.
    if (height !== undefined) {
      out.markup('" ht="').number(height);
      if (row.height !== undefined) out.markup('" customHeight="1');
    }
    out.markup('">');
    const { cells } = row;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (!cell) continue;
      out.markup(starts[column]).markup(digits);
      const format = formatOf(cell.style, column);
      if (format > 0) out.markup((formatAttributes[format] ??= `" s="${format}`));
      writeCellContent(cell, number, column + 1, context, out);
    }
    out.markup("</row>");
  }
}

/**
 * The format of a cell: its own style over its column's (a cell names one format, and would otherwise
 * lose what the column gives, such as "@" keeping TT as text). A style met again as the same object
 * costs one lookup; one made anew for each cell, by what it says.
 */
function cellFormats(sheet: SheetDescription, styles: StyleSheet) {
  const byObject: Map<CellStyle | undefined, number>[] = [];
  const bySettings: Map<string, number>[] = [];
  // A column's cells mostly repeat the style of the cell above: that one is remembered first.
  const lastStyle: (CellStyle | undefined)[] = [];
  const lastFormat: number[] = [];
  return (style: CellStyle | undefined, column: number): number => {
    if (lastStyle[column] === style && lastFormat[column] !== undefined) return lastFormat[column];
    const objects = (byObject[column] ??= new Map());
    let format = objects.get(style);
    if (format === undefined) {
      const settings = (bySettings[column] ??= new Map());
      const key = style ? styleKey(style) : "";
      format = settings.get(key);
      if (format === undefined) {
        const fromColumn = sheet.columns[column]?.style;
        format = styles.formatOf(fromColumn ? { ...fromColumn, ...style } : style);
        settings.set(key, format);
      }
      objects.set(style, format);
    }
    lastStyle[column] = style;
    lastFormat[column] = format;
    return format;
  };
}

function styleKey(style: CellStyle): string {
  return (
    `${style.font}|${style.size}|${style.bold}|${style.italic}|${style.horizontal}|` +
    `${style.vertical}|${style.wrap}|${style.numberFormat}|${style.border}`
  );
}

/** A cell's markup after its address and format: its type, formula and value, and its end. */
function writeCellContent(
  cell: CellDescription,
  row: number,
  column: number,
  context: WorksheetContext,
  out: XmlBytes
): void {
  if (cell.formula !== undefined) {
    out
      .markup('"><f>')
      .text(escapeXml(cell.formula.replace(/^=/, "")))
      .markup("</f>");
    const result = resultOf(cell, context.results.get(row, column));
    if (result !== undefined) out.markup("<v>").number(result).markup("</v>");
    out.markup("</c>");
    return;
  }
  const { value } = cell;
  if (typeof value === "number" && Number.isFinite(value)) {
    out.markup('"><v>').number(value).markup("</v></c>");
  } else if (value !== undefined && value !== null && value !== "") {
    // A string is text even when it starts with "=", "+", "-" or "@": only `formula` makes a formula.
    out
      .markup('" t="s"><v>')
      .number(context.strings.indexOf(String(value)))
      .markup("</v></c>");
  } else {
    out.markup('"/>');
  }
}

function sheetView(sheet: SheetDescription, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  if (rows === 0 && columns === 0)
    return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = rows > 0 ? (columns > 0 ? "bottomRight" : "bottomLeft") : "topRight";
  const split = (columns > 0 ? ` xSplit="${columns}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane${split} topLeftCell="${columnLetter(columns + 1)}${rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function columnsXml(sheet: SheetDescription, styles: StyleSheet): string {
  if (sheet.columns.length === 0) return "";
  const columns = sheet.columns.map((column, index) => {
    const style = column.style ? ` style="${styles.formatOf(column.style)}"` : "";
    return `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"${style}/>`;
  });
  return `<cols>${columns.join("")}</cols>`;
}

function mergesXml(merges: readonly string[]): string {
  if (merges.length === 0) return "";
  const cells = merges.map((range) => `<mergeCell ref="${escapeAttribute(range)}"/>`);
  return `<mergeCells count="${merges.length}">${cells.join("")}</mergeCells>`;
}

function validationsXml(validations: readonly Validation[]): string {
  if (validations.length === 0) return "";
  return `<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>`;
}

function validationXml({ range, rule, errorMessage }: Validation): string {
  const [type, formula, more] =
    rule.kind === "wholeNumber"
      ? ["whole", String(rule.min), ' operator="greaterThanOrEqual"']
      : rule.kind === "date"
        ? ["date", String(serialOfDay(rule.min)), ' operator="greaterThanOrEqual"']
        : rule.kind === "choices"
          ? ["list", `"${rule.values.join(",")}"`, ""]
          : // A unit missing from the list may still be right: warn, and let the officer keep it.
            ["list", rule.source, ' errorStyle="warning"'];
  return (
    `<dataValidation type="${type}"${more} allowBlank="1" showErrorMessage="1"` +
    ` error="${escapeAttribute(errorMessage)}" sqref="${escapeAttribute(range)}">` +
    `<formula1>${escapeXml(formula)}</formula1></dataValidation>`
  );
}

/** Margins, A4 in its orientation, one page wide, and the page number from the second page on. */
function printXml(print: PrintSetup): string {
  const inches = (mm: number) => mm / MM_PER_INCH;
  const { margins } = print;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const header = print.pageNumbers
    ? `<headerFooter differentFirst="1"><oddHeader>${escapeXml(`&C${pageNumberHeader(print.pageNumbers)}`)}</oddHeader></headerFooter>`
    : "";
  const breaks = print.breaksBefore ?? [];
  // A break's id is the zero-based row it comes before.
  const rowBreaks =
    breaks.length === 0
      ? ""
      : `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("") +
        "</rowBreaks>";
  return (
    `<pageMargins left="${inches(margins.left)}" right="${inches(margins.right)}"` +
    ` top="${inches(margins.top)}" bottom="${inches(margins.bottom)}"` +
    ` header="${HEADER_FOOTER_MARGIN}" footer="${HEADER_FOOTER_MARGIN}"/>` +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit}/>` +
    header +
    rowBreaks
  );
}
