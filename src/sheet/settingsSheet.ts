import { ReportSettings } from "../domain/report/reportSettings";
import { settingsText } from "../domain/report/settingsText";
import { APPENDIX_FONT, PAGE_MARGINS } from "./appendixSheet";
import { wrappedRowHeight } from "./rowHeights";
import { CellDescription, CellStyle, RowDescription, SheetDescription } from "./sheetDescription";

/** Empty rows the officer fills with aliases; more can be inserted above the last one. */
export const ALIAS_ROWS = 20;
const COLUMN_WIDTHS = [30, 30, 16, 16];
const LAST_COLUMN = "D";

/** Every cell text ("@"): Excel would turn "14/03" into a date of this year, and "- VP" into a formula. */
const TEXT: CellStyle = { font: APPENDIX_FONT, size: 12, vertical: "middle", numberFormat: "@" };
const TABLE: CellStyle = { ...TEXT, border: true, wrap: true };
const HEADER: CellStyle = { ...TABLE, bold: true, horizontal: "center" };
const DAY: CellStyle = { ...TABLE, horizontal: "center" };
const NOTE: CellStyle = { ...TEXT, italic: true, wrap: true, vertical: "top" };
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0);

/**
 * The "Cài đặt báo cáo" sheet: what every report takes from the officer, written once with SETTINGS
 * (the defaults and the issuer and place known so far) and never overwritten, since the officer edits
 * it: (1) the issuing body and the place of the report's header block, (2) the periods' windows and due
 * days, (3) the spellings of lead units and the unit each stands for. src/domain/report/reportSettings
 * reads it back by its labels.
 */
export function settingsSheet(
  settings: ReportSettings,
  name = settingsText.sheetName
): SheetDescription {
  const rows: RowDescription[] = [];
  const merges: string[] = [];
  const across = (value: string, style: CellStyle) => {
    rows.push({
      cells: [{ value, style }],
      height: wrappedRowHeight([
        { text: value, width: TABLE_WIDTH, size: style.size, bold: style.bold },
      ]),
    });
    merges.push(`A${rows.length}:${LAST_COLUMN}${rows.length}`);
  };
  const blank = () => rows.push({ cells: [] });
  const cells = (values: string[], styles: CellStyle[]): CellDescription[] =>
    values.map((value, i) => (value === "" ? { style: styles[i] } : { value, style: styles[i] }));

  across(settingsText.title, { ...TEXT, size: 14, bold: true, horizontal: "center" });
  across(settingsText.note, NOTE);
  blank();

  across(settingsText.headerBlock, { ...TEXT, bold: true });
  for (const [label, value] of [
    [settingsText.issuer, settings.issuer],
    [settingsText.place, settings.place],
  ] as const) {
    rows.push({
      cells: [
        { value: label, style: { ...TABLE, bold: true } },
        value === null ? { style: TABLE } : { value, style: TABLE },
        { style: TABLE },
        { style: TABLE },
      ],
    });
    merges.push(`B${rows.length}:${LAST_COLUMN}${rows.length}`);
  }
  blank();

  across(settingsText.periodsBlock, { ...TEXT, bold: true });
  rows.push({
    cells: cells(
      [settingsText.period, settingsText.from, settingsText.to, settingsText.due],
      [HEADER, HEADER, HEADER, HEADER]
    ),
  });
  for (const rule of settings.periods) {
    rows.push({
      cells: cells(
        [
          settingsText.periodName(rule.name),
          settingsText.day(rule.from),
          settingsText.day(rule.to),
          settingsText.day(rule.due),
        ],
        [TABLE, DAY, DAY, DAY]
      ),
    });
  }
  blank();

  across(settingsText.aliasesBlock, { ...TEXT, bold: true });
  across(settingsText.aliasesNote, NOTE);
  rows.push({ cells: cells([settingsText.written, settingsText.unit], [HEADER, HEADER]) });
  const aliases = settings.aliases.map((alias) => [alias.written, alias.unit]);
  const empty = Math.max(ALIAS_ROWS - aliases.length, 1);
  for (const [written, unit] of [...aliases, ...Array.from({ length: empty }, () => ["", ""])]) {
    rows.push({ cells: cells([written, unit], [TABLE, TABLE]) });
  }

  return {
    name,
    columns: COLUMN_WIDTHS.map((width) => ({ width, style: { numberFormat: "@" } })),
    rows,
    merges,
    validations: [],
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: PAGE_MARGINS,
    },
  };
}
