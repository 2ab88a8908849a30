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
import { resultOf } from "./formulaResults";
import { StringTable } from "./stringTable";
import { StyleSheet } from "./styleSheet";
import { escapeAttribute, escapeXml } from "./xmlMarkup";

/*
 * A worksheet part (xl/worksheets/sheetN.xml, ECMA-376 Part 1 §18.3) written straight from its
 * description, its children in CT_Worksheet's order, which Excel requires. Rows are made as strings
 * and joined once: a 10,000-row report is one pass over its cells.
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
  /** The results of the sheet's formulas that are known (formulaResults), keyed "row:column". */
  results: Map<string, number>;
  /** The sheet Excel opens on. */
  selected: boolean;
  /** The relationship id of the sheet's drawing, when it has charts. */
  drawing?: string;
}

export function worksheetXml(sheet: SheetDescription, context: WorksheetContext): string {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((row) => row.cells.length), 1);
  const letters = Array.from({ length: width }, (_, index) => columnLetter(index + 1));
  const formatOf = cellFormats(sheet, context.styles);
  const rows: string[] = [];
  sheet.rows.forEach((row, index) => {
    const number = index + 1;
    const cells: string[] = [];
    row.cells.forEach((cell, column) => {
      if (!cell) return;
      const format = formatOf(cell.style, column);
      cells.push(cellXml(cell, number, column + 1, `${letters[column]}${number}`, format, context));
    });
    const height = row.height ?? row.fitHeight;
    // A height only estimated for the row's text is not marked custom: Excel fits the row again.
    const heightAttributes =
      height === undefined
        ? ""
        : ` ht="${height}"${row.height === undefined ? "" : ' customHeight="1"'}`;
    if (cells.length > 0 || heightAttributes !== "")
      rows.push(`<row r="${number}"${heightAttributes}>${cells.join("")}</row>`);
  });
  const lastRow = Math.max(sheet.rows.length, 1);
  const print = sheet.print;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    (print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="A1:${letters[width - 1]}${lastRow}"/>` +
    sheetView(sheet, context.selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(sheet, context.styles) +
    `<sheetData>${rows.join("")}</sheetData>` +
    mergesXml(sheet.merges) +
    validationsXml(sheet.validations) +
    (print ? printXml(print) : "") +
    (context.drawing ? `<drawing r:id="${context.drawing}"/>` : "") +
    "</worksheet>"
  );
}

/**
 * The format of a cell: its own style over its column's (a cell names one format, and would otherwise
 * lose what the column gives, such as "@" keeping TT as text). A style met again as the same object
 * costs one lookup; one made anew for each cell, by what it says.
 */
function cellFormats(sheet: SheetDescription, styles: StyleSheet) {
  const byObject: Map<CellStyle | undefined, number>[] = [];
  const bySettings: Map<string, number>[] = [];
  return (style: CellStyle | undefined, column: number): number => {
    const objects = (byObject[column] ??= new Map());
    let format = objects.get(style);
    if (format !== undefined) return format;
    const settings = (bySettings[column] ??= new Map());
    const key = style ? styleKey(style) : "";
    format = settings.get(key);
    if (format === undefined) {
      const fromColumn = sheet.columns[column]?.style;
      format = styles.formatOf(fromColumn ? { ...fromColumn, ...style } : style);
      settings.set(key, format);
    }
    objects.set(style, format);
    return format;
  };
}

function styleKey(style: CellStyle): string {
  return (
    `${style.font}|${style.size}|${style.bold}|${style.italic}|${style.horizontal}|` +
    `${style.vertical}|${style.wrap}|${style.numberFormat}|${style.border}`
  );
}

function cellXml(
  cell: CellDescription,
  row: number,
  column: number,
  address: string,
  format: number,
  context: WorksheetContext
): string {
  const start = format > 0 ? `<c r="${address}" s="${format}"` : `<c r="${address}"`;
  if (cell.formula !== undefined) {
    const result = resultOf(cell, context.results.get(`${row}:${column}`));
    const value = result === undefined ? "" : `<v>${result}</v>`;
    return `${start}><f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>${value}</c>`;
  }
  const { value } = cell;
  if (typeof value === "number" && Number.isFinite(value)) return `${start}><v>${value}</v></c>`;
  // A string is text even when it starts with "=", "+", "-" or "@": only `formula` makes a formula.
  if (value !== undefined && value !== null && value !== "")
    return `${start} t="s"><v>${context.strings.indexOf(String(value))}</v></c>`;
  return `${start}/>`;
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
