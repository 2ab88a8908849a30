import { serialOfDay } from "../../domain/excelDates";
import { PeriodReport } from "../../domain/report/report";
import { CellDescription, CellStyle, SheetDescription } from "../sheetDescription";
import {
  AMOUNT,
  asText,
  CELL,
  CENTERED_TEXT,
  COUNT,
  DATE,
  HEADER_CELL,
  HELPER,
  PERCENT,
  SheetRows,
  TEXT,
  TEXT_CELL,
  UNNUMBERED_TASK,
} from "./reportLayout";
import { reportText } from "./reportText";

/** Both tables share the columns: A the unit's number, B its name or the task, G and H the budget. */
const WIDTHS = [6, 36, 10, 12, 11, 11, 15, 15, 8];
const PRINTED = 8;
/** The line that opens a unit's tasks in the detail table. */
const UNIT_HEADING = asText({ ...CELL, bold: true });

/**
 * The report by lead unit: one line per unit (tasks, done, overdue, completion, planned and spent),
 * each a COUNTIFS/SUMIFS over the detail table under it, where every unit's tasks follow its name and
 * a task led by several units is under each. Units are matched by their number in column A, never by
 * their name (a name may hold "*" or "?", which COUNTIFS reads as wildcards).
 */
export function unitReportSheet(report: PeriodReport, name: string): SheetDescription {
  const rows = new SheetRows(WIDTHS);
  const title: CellStyle = { ...TEXT, bold: true, horizontal: "center", size: 14 };
  rows.line(reportText.unitTitle, title, 1, PRINTED);
  rows.line(
    reportText.partTitle(report.period),
    { ...TEXT, italic: true, horizontal: "center", size: 13 },
    1,
    PRINTED
  );
  rows.blank();
  rows.add(reportText.unitColumns.map((value) => ({ value, style: HEADER_CELL })));
  const lineRows = report.byUnit.map(() => rows.add([]));
  const listed = report.tasks.filter((task) => task.list !== "outside");
  const unassigned = listed.filter((task) => task.units.length === 0).length;
  if (unassigned > 0)
    rows.line(reportText.unassigned(unassigned), { ...TEXT, italic: true }, 1, PRINTED);
  rows.blank();
  rows.line(reportText.unitDetailHeading, { ...TEXT, bold: true }, 1, PRINTED);
  const detailHeader = rows.add(
    reportText.unitDetailColumns.map((value, i) => ({
      value,
      style: i < PRINTED ? HEADER_CELL : { ...HELPER, bold: true },
    }))
  );
  const detailFrom = rows.next;
  const byRow = new Map(listed.map((task) => [task.row, task]));
  const text = (value: string, style = TEXT_CELL): CellDescription => ({ value, style });
  report.byUnit.forEach((line, index) => {
    const heading: CellDescription[] = [];
    for (let column = 1; column <= PRINTED; column++) heading.push({ style: CELL });
    heading[1] = text(`${index + 1}. ${line.unit}`, UNIT_HEADING);
    rows.add(heading);
    for (const row of line.rows) {
      const task = byRow.get(row);
      if (!task) continue;
      const note = task.overdue ? reportText.overdue : task.late ? reportText.late : "";
      rows.add([
        { value: index + 1, style: COUNT },
        text(task.task, task.number === null ? UNNUMBERED_TASK : TEXT_CELL),
        text(task.number ?? "", CENTERED_TEXT),
        text(task.status === null ? "" : reportText.progress[task.status], CENTERED_TEXT),
        text(note, CENTERED_TEXT),
        task.completed === null
          ? { style: DATE }
          : { value: serialOfDay(task.completed), style: DATE },
        task.planned === null ? { style: AMOUNT } : { value: task.planned, style: AMOUNT },
        task.spent === null ? { style: AMOUNT } : { value: task.spent, style: AMOUNT },
        { value: task.row, style: HELPER },
      ]);
    }
  });
  const detailTo = Math.max(detailFrom, rows.next - 1);
  const range = (column: string) => `$${column}$${detailFrom}:$${column}$${detailTo}`;
  report.byUnit.forEach((line, index) => {
    const at = lineRows[index];
    const key = `$A${at}`;
    const countIfs = (more = "") => `=COUNTIFS(${range("A")},${key}${more})`;
    const sumIfs = (column: string) => `=SUMIFS(${range(column)},${range("A")},${key})`;
    rows.rows[at - 1] = {
      cells: [
        { value: index + 1, style: COUNT },
        text(line.unit),
        { formula: countIfs(), value: line.tasks, style: COUNT },
        {
          formula: countIfs(`,${range("D")},"${reportText.progress.done}"`),
          value: line.done,
          style: COUNT,
        },
        {
          formula: countIfs(`,${range("E")},"${reportText.overdue}"`),
          value: line.overdue,
          style: COUNT,
        },
        {
          formula: `=IF(C${at}=0,0,D${at}/C${at})`,
          value: line.tasks === 0 ? 0 : line.done / line.tasks,
          style: PERCENT,
        },
        { formula: sumIfs("G"), value: line.planned, style: AMOUNT },
        { formula: sumIfs("H"), value: line.spent, style: AMOUNT },
      ],
    };
  });
  // The detail runs over pages; the lines by unit fit on the first.
  return rows.sheet(name, {
    orientation: "portrait",
    repeatRow: detailHeader,
    printedColumns: PRINTED,
  });
}
