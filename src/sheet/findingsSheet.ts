import { Finding, SEVERITIES, SEVERITY_ORDER, Severity } from "../domain/finding";
import { columnNumber } from "../domain/grid";
import { severityTitles } from "../domain/messages";
import { APPENDIX_FONT, PAGE_MARGINS } from "./appendixSheet";
import { CellDescription, CellStyle, RowDescription, SheetDescription } from "./sheetDescription";
import { wrappedRowHeight } from "./rowHeights";
import { sheetRange } from "./sheetNames";
import { findingsText } from "./sheetText";

/** What the findings sheet says and where its Ô column points. */
export interface FindingsSource {
  /** The sheet checked; null for a text file (.csv), which has none. */
  sheet: string | null;
  /** The file checked, when the findings go into another file (the command line). */
  file?: string;
  /** When the check ran. */
  date: Date;
  findings: readonly Finding[];
  /**
   * Each Ô a HYPERLINK to its cell on `sheet`: only when the findings sheet goes into the workbook
   * checked. A link into another file breaks as soon as either file is moved or sent on.
   */
  links: boolean;
}

/** Where the parts of the sheet are, for the tests and any writer that wants them. */
export interface FindingsLayout {
  headerRow: number;
  firstRow: number;
  /** The findings in the order written, from `firstRow`. */
  ordered: Finding[];
}

const COLUMN_WIDTHS = [10, 8, 8, 17, 62, 46];
const LINK_COLUMN = 2;
const LAST_COLUMN = "F";

const TABLE: CellStyle = {
  font: APPENDIX_FONT,
  size: 12,
  vertical: "top",
  wrap: true,
  border: true,
};
/** "@": a message or a TT starting with "-", "=", "+" or "@" stays what it says. */
const TEXT: CellStyle = { ...TABLE, horizontal: "left", numberFormat: "@" };
const CENTRED: CellStyle = { ...TEXT, horizontal: "center" };
/** A HYPERLINK formula is never written into a text cell (it would stay text). */
const LINK: CellStyle = { ...TABLE, horizontal: "center" };

/**
 * Points for a row whose cells hold TEXTS, column by column: set, not left to the spreadsheet, since
 * LibreOffice does not fit wrapped .xlsx rows when it opens them.
 */
export function rowHeight(texts: readonly string[]): number {
  return wrappedRowHeight(texts.map((text, i) => ({ text, width: COLUMN_WIDTHS[i] })));
}

const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/** Errors first, then warnings, then notes; each in sheet order (row, then column). */
export function findingsOrder(findings: readonly Finding[]): Finding[] {
  const column = (cell: string) => {
    const match = ADDRESS.exec(cell);
    return match ? columnNumber(match[1]) : 0;
  };
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.finding.row - b.finding.row ||
        column(a.finding.cell) - column(b.finding.cell) ||
        a.index - b.index
    )
    .map(({ finding }) => finding);
}

/** A finding as the six columns say it, in text: Mức độ, Ô, TT, Quy tắc, Nội dung, Gợi ý sửa. */
export function findingColumns(finding: Finding): string[] {
  return [
    severityTitles[finding.severity],
    finding.cell,
    finding.number ?? "",
    finding.rule,
    finding.message,
    finding.hint ?? "",
  ];
}

/**
 * =HYPERLINK("#'Sheet'!G7","G7"): a jump to the cell in the same workbook, which Excel (desktop and
 * on the web) and LibreOffice follow. Null for an address that is not one cell.
 */
export function cellLink(sheet: string, cell: string): string | null {
  if (!ADDRESS.test(cell)) return null;
  const target = `#${sheetRange(sheet, cell)}`;
  const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${literal(target)},${literal(cell)})`;
}

/**
 * The findings of a check as a sheet to print and send on: a title naming what was checked and
 * when, a summary line, then one row per finding (errors, warnings, notes, each in sheet order)
 * under a header repeated on every printed page; A4 landscape, all columns on the page width.
 */
export function findingsSheet(source: FindingsSource): {
  sheet: SheetDescription;
  layout: FindingsLayout;
} {
  const ordered = findingsOrder(source.findings);
  const count = (severity: Severity) =>
    ordered.filter((finding) => finding.severity === severity).length;
  const [errors, warnings, infos] = SEVERITIES.map(count);
  const links = source.links && source.sheet !== null;
  const rows: RowDescription[] = [];
  const merges: string[] = [];
  const line = (value: string, style: CellStyle, height?: number) => {
    rows.push({ cells: [{ value, style }], height });
    merges.push(`A${rows.length}:${LAST_COLUMN}${rows.length}`);
  };
  const heading: CellStyle = { font: APPENDIX_FONT, numberFormat: "@", vertical: "middle" };
  line(
    findingsText.title(source.sheet, source.file, findingsText.date(source.date)),
    { ...heading, size: 14, bold: true },
    24
  );
  const summary = findingsText.summary(errors, warnings, infos);
  line(
    links && ordered.length > 0 ? `${summary} ${findingsText.linksHint}` : summary,
    { ...heading, size: 12, italic: true },
    20
  );
  rows.push({ cells: [] });

  const headerRow = rows.length + 1;
  rows.push({
    cells: findingsText.headers.map((value) => ({
      value,
      style: { ...CENTRED, bold: true, vertical: "middle" },
    })),
    height: rowHeight(findingsText.headers),
  });
  const firstRow = rows.length + 1;
  for (const finding of ordered) {
    const columns = findingColumns(finding);
    const [severity, cell, number, rule, message, hint] = columns;
    const link = links ? cellLink(source.sheet as string, cell) : null;
    const address: CellDescription =
      link === null ? { value: cell, style: CENTRED } : { formula: link, style: LINK };
    rows.push({
      cells: [
        { value: severity, style: { ...TEXT, bold: finding.severity === "error" } },
        address,
        { value: number, style: CENTRED },
        { value: rule, style: TEXT },
        { value: message, style: TEXT },
        { value: hint, style: TEXT },
      ],
      height: rowHeight(columns),
    });
  }

  return {
    sheet: {
      name: findingsText.sheetName,
      columns: COLUMN_WIDTHS.map((width, index) => ({
        width,
        // The link column keeps Excel's General format: its formulas must stay formulas.
        style: links && index + 1 === LINK_COLUMN ? undefined : { numberFormat: "@" },
      })),
      rows,
      merges,
      freeze: { rows: headerRow },
      validations: [],
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        repeatRows: `${headerRow}:${headerRow}`,
        margins: PAGE_MARGINS,
      },
    },
    layout: { headerRow, firstRow, ordered },
  };
}
