import { PeriodReport } from "../../domain/report/report";
import { CellDescription, CellStyle, SheetDescription } from "../sheetDescription";
import { periodColumn, PeriodReportLayout } from "./periodReportSheet";
import {
  AMOUNT,
  attachedSheetHeading,
  COUNT,
  PERCENT,
  SheetRows,
  TEXT,
  TEXT_CELL,
} from "./reportLayout";
import { reportText } from "./reportText";

const WIDTHS = [6, 36, 12, 12, 11, 11, 15, 15];

/**
 * The report by lead unit: one line per unit (tasks, done, overdue, completion, planned and spent),
 * each a COUNTIFS/SUMIFS over the period sheet's tables, whose "STT bộ phận" column gives each task's
 * units by their number here: a task led by several units counts for each.
 */
export function unitReportSheet(
  report: PeriodReport,
  name: string,
  periodSheet: string,
  layout: PeriodReportLayout
): SheetDescription {
  const rows = new SheetRows(WIDTHS);
  const headerRow = attachedSheetHeading(
    rows,
    reportText.unitTitle,
    report.period,
    reportText.unitColumns,
    WIDTHS.length
  );
  const over = periodColumn(periodSheet, layout);
  const [units, progress, note, planned, spent] = [
    over("units"),
    over("progress"),
    over("note"),
    over("planned"),
    over("spent"),
  ];
  report.byUnit.forEach((line, index) => {
    const at = rows.next;
    // "*,3,*": the unit's number between the commas of ",1,3,", never its name.
    const unit = `"*,"&$A${at}&",*"`;
    // With no task listed there is nothing to count over: the figure (0) stands alone.
    const figure = (formula: string, value: number, style: CellStyle): CellDescription =>
      units === null ? { value, style } : { formula: `=${formula}`, value, style };
    const countIfs = (more = "") => `COUNTIFS(${units},${unit}${more})`;
    rows.add([
      { value: index + 1, style: COUNT },
      { value: line.unit, style: TEXT_CELL },
      figure(countIfs(), line.tasks, COUNT),
      figure(countIfs(`,${progress},"${reportText.progress.done}"`), line.done, COUNT),
      figure(countIfs(`,${note},"${reportText.overdue}"`), line.overdue, COUNT),
      {
        formula: `=IF(C${at}=0,0,D${at}/C${at})`,
        value: line.tasks === 0 ? 0 : line.done / line.tasks,
        style: PERCENT,
      },
      figure(`SUMIFS(${planned},${units},${unit})`, line.planned, AMOUNT),
      figure(`SUMIFS(${spent},${units},${unit})`, line.spent, AMOUNT),
    ]);
  });
  const listed = report.tasks.filter((task) => task.list !== "outside");
  const unassigned = listed.filter((task) => task.units.length === 0).length;
  const aside: CellStyle = { ...TEXT, italic: true };
  rows.blank();
  if (unassigned > 0) rows.line(reportText.unassigned(unassigned), aside, 1, WIDTHS.length);
  rows.line(reportText.unitCounting, aside, 1, WIDTHS.length);
  // The lines run over pages only for a plan of very many units.
  return rows.sheet(name, {
    orientation: "portrait",
    repeatRow: headerRow,
    printedColumns: WIDTHS.length,
  });
}
