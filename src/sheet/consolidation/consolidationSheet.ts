import { Consolidation, SourceLine } from "../../domain/consolidation/consolidation";
import { CellDescription, SheetDescription } from "../sheetDescription";
import {
  AMOUNT,
  BUDGET_COLORS,
  CELL,
  CENTERED_TEXT,
  COUNT,
  HEADER_CELL,
  SheetRows,
  TEXT,
  TEXT_CELL,
} from "../report/reportLayout";
import { consolidationText as text } from "./consolidationText";

/** TT, Tệp, Đơn vị, Tình trạng, Số nhiệm vụ, the two Kinh phí, Lỗi, Cảnh báo, Ghi chú. */
const WIDTHS = [5, 30, 24, 12, 10, 16, 16, 7, 8, 30];
const CHART_ROWS = 16;
/** Trong kỳ, Đã hoàn thành, Quá hạn, Đã sử dụng. */
const PERIOD_WIDTHS = [10, 11, 9, 16];

/**
 * The consolidation as one sheet: every source with its figures, then the totals by section and by
 * lead unit. The totals are formulas over the lines above them, each line's figure the core's; a
 * source whose sums are wrong shows its Kinh phí both ways, marked.
 */
export function consolidationSheet(
  summary: Consolidation,
  date: string,
  /** The period asked for ("quý I"): each source's figures for it in columns of their own. */
  period: string | null = null
): SheetDescription {
  const widths = period === null ? WIDTHS : [...WIDTHS, ...PERIOD_WIDTHS];
  const rows = new SheetRows(widths);
  const last = widths.length;
  rows.line(text.title, { ...TEXT, bold: true, horizontal: "center", size: 14 }, 1, last);
  rows.line(
    text.subtitle(summary.sources.length, date),
    { ...TEXT, italic: true, horizontal: "center" },
    1,
    last
  );
  rows.blank();
  rows.line(text.sourcesHeading, { ...TEXT, bold: true }, 1, last);
  const columns =
    period === null ? text.sourceColumns : [...text.sourceColumns, ...text.periodColumns(period)];
  rows.add(columns.map((value) => ({ value, style: HEADER_CELL })));
  const first = rows.next;
  summary.sources.forEach((source, index) =>
    rows.add([...sourceCells(source, index), ...(period === null ? [] : periodCells(source))])
  );
  const lastSource = rows.next - 1;
  const sum = (column: string): CellDescription => ({
    formula: `=SUM(${column}${first}:${column}${lastSource})`,
    style: { ...AMOUNT, bold: true },
  });
  rows.add([
    { style: CELL },
    { value: text.total, style: { ...TEXT_CELL, bold: true } },
    { style: CELL },
    { style: CELL },
    { ...sum("E"), value: summary.total.tasks, style: { ...COUNT, bold: true } },
    { ...sum("F"), value: summary.total.planned },
    { ...sum("G") },
    { ...sum("H"), style: { ...COUNT, bold: true } },
    { ...sum("I"), style: { ...COUNT, bold: true } },
    { style: CELL },
    ...(period === null
      ? []
      : [
          { ...sum("K"), style: { ...COUNT, bold: true } },
          { ...sum("L"), style: { ...COUNT, bold: true } },
          { ...sum("M"), style: { ...COUNT, bold: true } },
          { ...sum("N") },
        ]),
  ]);

  rows.blank();
  rows.line(text.sectionsHeading, { ...TEXT, bold: true }, 1, last);
  rows.add(text.sectionColumns.map((value) => ({ value, style: HEADER_CELL })));
  const sectionFirst = rows.next;
  summary.bySection.forEach((section, index) =>
    rows.add([
      { value: index + 1, style: COUNT },
      { value: section.title, style: TEXT_CELL },
      { value: section.tasks, style: COUNT },
      { value: section.planned, style: AMOUNT },
    ])
  );
  const sectionLast = rows.next - 1;
  if (summary.bySection.length > 0)
    rows.add([
      { style: CELL },
      { value: text.total, style: { ...TEXT_CELL, bold: true } },
      { formula: `=SUM(C${sectionFirst}:C${sectionLast})`, style: { ...COUNT, bold: true } },
      { formula: `=SUM(D${sectionFirst}:D${sectionLast})`, style: { ...AMOUNT, bold: true } },
    ]);

  rows.blank();
  rows.line(text.unitsHeading, { ...TEXT, bold: true }, 1, last);
  rows.add(text.unitColumns.map((value) => ({ value, style: HEADER_CELL })));
  summary.byUnit.forEach((unit, index) =>
    rows.add([
      { value: index + 1, style: COUNT },
      { value: unit.unit, style: TEXT_CELL },
      { value: unit.tasks, style: COUNT },
      { value: unit.planned, style: AMOUNT },
    ])
  );
  rows.line(text.unitsNote, { ...TEXT, italic: true }, 1, last);

  rows.blank();
  const chartTop = rows.next;
  const chartBottom = chartTop + CHART_ROWS - 1;
  return rows.sheet(
    text.sheetName,
    // Three tables of their own columns: no header row repeats over the pages.
    { orientation: "landscape", printedColumns: last, lastRow: chartBottom },
    summary.bySection.length === 0
      ? []
      : [
          {
            kind: "column",
            title: text.chartTitle,
            categories: `B${sectionFirst}:B${sectionLast}`,
            series: [{ name: text.chartSeries, values: `D${sectionFirst}:D${sectionLast}` }],
            anchor: { from: `A${chartTop}`, to: `G${chartBottom}` },
            colors: BUDGET_COLORS.slice(0, 1),
          },
        ]
  );
}

/** A source's figures for the period; blank when it could not be read or its year is not known. */
function periodCells(source: SourceLine): CellDescription[] {
  const figures = source.period;
  if (!figures) return [{ style: COUNT }, { style: COUNT }, { style: COUNT }, { style: AMOUNT }];
  return [
    { value: figures.inPeriod, style: COUNT },
    { value: figures.done, style: COUNT },
    { value: figures.overdue, style: COUNT },
    { value: figures.spent, style: AMOUNT },
  ];
}

function sourceCells(source: SourceLine, index: number): CellDescription[] {
  const amount = (value: number | null): CellDescription =>
    value === null ? { style: AMOUNT } : { value, style: AMOUNT };
  const untrusted =
    source.status === "errors" &&
    source.planned !== null &&
    source.plannedByRows !== null &&
    source.planned !== source.plannedByRows;
  const unreadable = source.status === "unreadable";
  return [
    { value: index + 1, style: COUNT },
    {
      // A sheet of the open workbook is its own "file".
      value:
        source.sheet === null || source.sheet === source.file
          ? source.file
          : `${source.file} (${source.sheet})`,
      style: TEXT_CELL,
    },
    { value: source.unit ?? "", style: TEXT_CELL },
    { value: text.status[source.status], style: CENTERED_TEXT },
    unreadable ? { style: COUNT } : { value: source.tasks, style: COUNT },
    amount(source.planned),
    amount(source.plannedByRows),
    unreadable ? { style: COUNT } : { value: source.errors, style: COUNT },
    unreadable ? { style: COUNT } : { value: source.warnings, style: COUNT },
    {
      value: source.message ?? (untrusted ? text.untrusted : ""),
      style: { ...TEXT_CELL, bold: untrusted },
    },
  ];
}
