import { PeriodReport } from "../../domain/report/report";
import { CellDescription, CellStyle, SheetDescription } from "../sheetDescription";
import { periodColumn, PeriodReportLayout } from "./periodReportSheet";
import {
  AMOUNT,
  attachedSheetHeading,
  BUDGET_COLORS,
  CELL,
  COUNT,
  PERCENT,
  SheetRows,
} from "./reportLayout";
import { reportText } from "./reportText";

const WIDTHS = [6, 44, 11, 12, 12, 16, 16, 12];
/** Rows the budget chart covers: about 8.5 cm, under a table of a few sections on the first page. */
const CHART_ROWS = 16;

/**
 * The report by top-level section: tasks, done and completion, planned and spent, each a
 * COUNTIFS/SUMIFS over the period report's tables (by their "Mục số" column), a total row, and a chart
 * of planned against spent.
 */
export function sectionReportSheet(
  report: PeriodReport,
  name: string,
  periodSheet: string,
  layout: PeriodReportLayout
): { sheet: SheetDescription; lineRows: number[]; totalRow: number } {
  const rows = new SheetRows(WIDTHS);
  const headerRow = attachedSheetHeading(
    rows,
    reportText.sectionTitle,
    report.period,
    reportText.sectionColumns,
    WIDTHS.length
  );
  const over = periodColumn(periodSheet, layout);
  const [section, progress, planned, spent, appendixRow] = [
    over("section"),
    over("progress"),
    over("planned"),
    over("spent"),
    over("row"),
  ];
  const lineRows = report.bySection.map((line, index) => {
    const at = rows.next;
    const key = `${index + 1}`;
    const formula = (text: string | null, value: number): CellDescription =>
      text === null ? { value, style: COUNT } : { formula: `=${text}`, value, style: COUNT };
    return rows.add([
      { value: line.number, style: { ...CELL, horizontal: "center", numberFormat: "@" } },
      { value: line.title, style: { ...CELL, numberFormat: "@" } },
      // A task's row names its appendix row; a group's row carrying a shared budget names none.
      formula(section && `COUNTIFS(${section},${key},${appendixRow},">0")`, line.tasks),
      formula(
        section && `COUNTIFS(${section},${key},${progress},"${reportText.progress.done}")`,
        line.done
      ),
      {
        formula: `=IF(C${at}=0,0,D${at}/C${at})`,
        value: line.tasks === 0 ? 0 : line.done / line.tasks,
        style: PERCENT,
      },
      {
        ...formula(section && `SUMIFS(${planned},${section},${key})`, line.planned),
        style: AMOUNT,
      },
      { ...formula(section && `SUMIFS(${spent},${section},${key})`, line.spent), style: AMOUNT },
      {
        formula: `=IF(F${at}=0,0,G${at}/F${at})`,
        value: line.planned === 0 ? 0 : line.spent / line.planned,
        style: PERCENT,
      },
    ]);
  });
  const first = lineRows[0] ?? headerRow + 1;
  const last = lineRows[lineRows.length - 1] ?? headerRow;
  const totalRow = rows.next;
  const total = report.bySection.reduce(
    (sum, line) => ({
      tasks: sum.tasks + line.tasks,
      done: sum.done + line.done,
      planned: sum.planned + line.planned,
      spent: sum.spent + line.spent,
    }),
    { tasks: 0, done: 0, planned: 0, spent: 0 }
  );
  const sumOf = (column: string) =>
    lineRows.length === 0 ? "=0" : `=SUM(${column}${first}:${column}${last})`;
  const bold = (style: CellStyle): CellStyle => ({ ...style, bold: true });
  rows.add([
    { style: bold(CELL) },
    { value: reportText.total, style: bold({ ...CELL, horizontal: "center" }) },
    { formula: sumOf("C"), value: total.tasks, style: bold(COUNT) },
    { formula: sumOf("D"), value: total.done, style: bold(COUNT) },
    {
      formula: `=IF(C${totalRow}=0,0,D${totalRow}/C${totalRow})`,
      value: total.tasks === 0 ? 0 : total.done / total.tasks,
      style: bold(PERCENT),
    },
    { formula: sumOf("F"), value: total.planned, style: bold(AMOUNT) },
    { formula: sumOf("G"), value: total.spent, style: bold(AMOUNT) },
    {
      formula: `=IF(F${totalRow}=0,0,G${totalRow}/F${totalRow})`,
      value: total.planned === 0 ? 0 : total.spent / total.planned,
      style: bold(PERCENT),
    },
  ]);
  rows.blank();
  const chartTop = rows.next;
  const chartBottom = chartTop + CHART_ROWS - 1;
  // The table repeats its header only when it runs over a page; the chart starts a page of its own
  // when it would be cut at the end of the first.
  const page = rows.pagePoints("landscape", WIDTHS.length);
  const tableFits = rows.pointsBetween(1, chartTop) <= page;
  const allFits = rows.pointsBetween(1, chartBottom + 1) <= page;
  return {
    sheet: rows.sheet(
      name,
      {
        orientation: "landscape",
        repeatRow: tableFits ? undefined : headerRow,
        printedColumns: WIDTHS.length,
        lastRow: chartBottom,
        breakBefore: allFits || lineRows.length === 0 ? undefined : chartTop,
      },

      lineRows.length === 0
        ? []
        : [
            {
              kind: "column",
              title: reportText.budgetChart,
              categories: `A${first}:A${last}`,
              series: [
                { name: reportText.plannedSeries, values: `F${first}:F${last}` },
                { name: reportText.spentSeries, values: `G${first}:G${last}` },
              ],
              anchor: { from: `A${chartTop}`, to: `H${chartBottom}` },
              colors: BUDGET_COLORS,
            },
          ]
    ),
    lineRows,
    totalRow,
  };
}
