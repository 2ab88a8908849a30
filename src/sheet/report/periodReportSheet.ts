import { shownDate } from "../../domain/calendar";
import { serialOfDay } from "../../domain/excelDates";
import { cellAddress, columnLetter } from "../../domain/grid";
import {
  GroupBudget,
  PeriodReport,
  ReportSummary,
  ReportTask,
  TaskList,
} from "../../domain/report/report";
import { UNTRACKED_NOTICE } from "../../domain/report/reportNotices";
import { sheetRange } from "../sheetNames";
import { CellDescription, CellStyle, SheetDescription } from "../sheetDescription";
import {
  AMOUNT,
  asText,
  CELL,
  CENTERED_TEXT,
  COUNT,
  DATE,
  HEADER_CELL,
  headerBlock,
  HELPER,
  PERCENT,
  PROGRESS_COLORS,
  SheetRows,
  TEXT,
  TEXT_CELL,
  UNNUMBERED_TASK,
} from "./reportLayout";
import { reportText } from "./reportText";

/** The table's columns, A to K printed, L to N beside it for the formulas to count by. */
const WIDTHS = [6, 40, 18, 18, 11, 14, 12, 24, 14, 14, 12, 8, 8, 10];
const PRINTED = 11;
const COLUMN = {
  number: 1,
  task: 2,
  lead: 3,
  schedule: 4,
  deadline: 5,
  progress: 6,
  completed: 7,
  result: 8,
  planned: 9,
  spent: 10,
  note: 11,
  row: 12,
  section: 13,
  units: 14,
} as const;
export type ColumnName = keyof typeof COLUMN;
const letter = (name: ColumnName) => columnLetter(COLUMN[name]);
/** What a task's "units" cell says: the numbers of its lead units in the by-unit sheet, ",1,3,". */
const UNIT_NUMBERS = asText(HELPER);

/** What the summary states, each in one cell of column C. */
export type SummaryLine = keyof ReportSummary | "doneRate" | "spentRate";

/** Where the written report keeps what a test or another sheet reads back. */
export interface PeriodReportLayout {
  /** The cell of each summary line. */
  summary: Record<SummaryLine, string>;
  /** Sheet rows of the first and last task rows of each list (null when it lists none). */
  tables: Record<Exclude<TaskList, "outside">, { from: number; to: number } | null>;
  /** The header row of the period's table. */
  headerRow: number;
}

export interface ReportPlace {
  issuer: string | null;
  place: string | null;
}

/**
 * The period's report as the officer sends it: Nghị định 30's header block and title, the counts
 * (formulas over the tables below, so that an edited progress recounts), a chart of the progress, the
 * tasks in the period grouped by section, then those done on demand. Dates are real dates.
 */
export function periodReportSheet(
  report: PeriodReport,
  name: string,
  place: ReportPlace,
  date: string
): { sheet: SheetDescription; layout: PeriodReportLayout } {
  const rows = new SheetRows(WIDTHS);
  const { period } = report;
  headerBlock(rows, place.issuer, place.place, date, { left: 3, right: 5, last: PRINTED });
  const heading: CellStyle = { ...TEXT, bold: true, horizontal: "center", size: 14 };
  rows.line(reportText.heading, heading, 1, PRINTED);
  rows.line(reportText.title(period), heading, 1, PRINTED);
  const outside = report.tasks.filter((task) => task.list === "outside").length;
  rows.line(
    reportText.window(
      shownDate(period.window.from),
      shownDate(period.window.to),
      shownDate(report.asOf),
      outside
    ),
    { ...TEXT, italic: true, horizontal: "center", size: 13 },
    1,
    PRINTED
  );
  if (!report.tracked) rows.line(UNTRACKED_NOTICE, { ...TEXT, italic: true, size: 12 }, 1, PRINTED);
  rows.blank();

  const part: CellStyle = { ...TEXT, bold: true, size: 13 };
  rows.line(reportText.summaryHeading, part, 1, PRINTED);
  // The summary's rows come before the tables they count, whose rows are known only once written:
  // their formulas are filled in afterwards.
  const lines: SummaryLine[] = [
    "inPeriod",
    "done",
    "inProgress",
    "notStarted",
    "late",
    "overdue",
    "doneRate",
    "onDemand",
    "planned",
    "spent",
    "spentRate",
  ];
  const summaryCells = {} as Record<SummaryLine, CellDescription>;
  const summary = {} as Record<SummaryLine, string>;
  for (const line of lines) {
    const cell: CellDescription = {
      style: line.endsWith("Rate")
        ? PERCENT
        : line === "planned" || line === "spent"
          ? AMOUNT
          : COUNT,
    };
    summaryCells[line] = cell;
    const at = rows.add([
      undefined,
      { value: reportText.summary[line], style: { ...CELL, bold: line === "inPeriod" } },
      cell,
    ]);
    summary[line] = cellAddress(3, at);
  }
  rows.blank();

  const columnHeaders = (): number =>
    rows.add(
      (Object.keys(COLUMN) as ColumnName[]).map((name) => ({
        value: reportText.columns[name],
        style: COLUMN[name] > PRINTED ? { ...HELPER, bold: true } : HEADER_CELL,
      }))
    );
  rows.line(reportText.periodHeading, part, 1, PRINTED);
  const headerRow = columnHeaders();
  const unitNumbers = unitNumbering(report);
  const periodTable = taskTable(rows, report, "period", unitNumbers);
  rows.blank();
  rows.line(reportText.onDemandHeading, part, 1, PRINTED);
  columnHeaders();
  const onDemandTable = taskTable(rows, report, "on-demand", unitNumbers);
  rows.blank();
  signature(rows);

  fillSummary(summaryCells, summary, report.summary, periodTable, onDemandTable);
  const [first, last] = [summary.done, summary.notStarted];
  return {
    sheet: rows.sheet(
      name,
      { orientation: "landscape", repeatRow: headerRow, printedColumns: PRINTED },
      [
        {
          kind: "pie",
          title: reportText.progressChart,
          categories: `B${first.slice(1)}:B${last.slice(1)}`,
          series: [{ name: reportText.summary.inPeriod, values: `${first}:${last}` }],
          colors: PROGRESS_COLORS,
          anchor: {
            from: `E${Number(summary.inPeriod.slice(1))}`,
            to: `I${Number(summary.spentRate.slice(1)) + 1}`,
          },
        },
      ]
    ),
    layout: { summary, tables: { period: periodTable, "on-demand": onDemandTable }, headerRow },
  };
}

/**
 * The tasks of one list, each section's title row above its tasks, and above the first task of a
 * group whose Kinh phí its tasks share, the group's row with that budget (once in the report, in the
 * table of the list it belongs to). The rows written, or null.
 */
function taskTable(
  rows: SheetRows,
  report: PeriodReport,
  list: "period" | "on-demand",
  unitNumbers: (task: ReportTask) => string
): { from: number; to: number } | null {
  const tasks = report.tasks.filter((task) => task.list === list);
  if (tasks.length === 0) {
    rows.line(reportText.noTasks, { ...TEXT, italic: true }, 2, PRINTED);
    return null;
  }
  const budgets = new Map(
    report.groupBudgets
      .filter((budget) => budget.list === list)
      .map((budget) => [budget.row, budget])
  );
  const groupRow = (number: string, title: string, budget: GroupBudget | undefined) => {
    const cells: CellDescription[] = [];
    for (let column = 1; column <= PRINTED; column++) cells.push({ style: CELL });
    const heading: CellStyle = { ...CELL, bold: true, numberFormat: "@" };
    cells[0] = { value: number, style: { ...heading, horizontal: "center" } };
    cells[1] = { value: title, style: heading };
    if (budget) {
      cells[COLUMN.planned - 1] = { value: budget.planned, style: { ...AMOUNT, bold: true } };
      // Counted in its section's budget; no appendix row in "Dòng PL": no task to count.
      cells[COLUMN.section - 1] = { value: budget.section + 1, style: HELPER };
      budgets.delete(budget.row);
    }
    rows.add(cells);
  };
  const from = rows.next;
  let section = -1;
  for (const task of tasks) {
    if (task.section !== section) {
      section = task.section;
      const line = report.bySection[section];
      if (line.sectionRow !== task.row)
        groupRow(line.number, line.title, budgets.get(line.sectionRow));
    }
    const budget = task.budgetGroup === null ? undefined : budgets.get(task.budgetGroup);
    if (budget) groupRow(budget.number, budget.title, budget);
    rows.add(taskCells(task, unitNumbers(task)));
  }
  return { from, to: rows.next - 1 };
}

const OVERDUE_NOTE = asText({ ...CELL, horizontal: "center", bold: true });

/**
 * A task's lead units as their numbers on the by-unit sheet, between commas (",1,3,"): that sheet
 * counts a task for each of its units by matching "*,3,*", a number and never a name (a name may
 * hold "*" or "?", which COUNTIFS reads as wildcards).
 */
function unitNumbering(report: PeriodReport): (task: ReportTask) => string {
  const numbers = new Map(report.byUnit.map((line, index) => [line.unit, index + 1]));
  // A task's units are its lead cell's: each lead text is put in numbers once.
  const byLead = new Map<string, string>();
  return ({ lead, units }) => {
    let text = byLead.get(lead);
    if (text === undefined) {
      const listed = units.map((unit) => numbers.get(unit)).filter((n) => n !== undefined);
      text = listed.length === 0 ? "" : `,${listed.join(",")},`;
      byLead.set(lead, text);
    }
    return text;
  };
}

/**
 * Column `name` of the period sheet down both its tables, as another sheet's formulas name it, or
 * null when neither lists a task. The rows between the tables count for nothing.
 */
export function periodColumn(
  periodSheet: string,
  layout: PeriodReportLayout
): (name: ColumnName) => string | null {
  const tables = [layout.tables.period, layout.tables["on-demand"]].filter(
    (table) => table !== null
  );
  const from = Math.min(...tables.map((table) => table.from));
  const to = Math.max(...tables.map((table) => table.to));
  return (name) =>
    tables.length === 0
      ? null
      : sheetRange(periodSheet, `$${letter(name)}$${from}:$${letter(name)}$${to}`);
}

const date = (day: string | null): CellDescription =>
  day === null ? { style: DATE } : { value: serialOfDay(day), style: DATE };
const amount = (value: number | null): CellDescription =>
  value === null ? { style: AMOUNT } : { value, style: AMOUNT };
const text = (value: string, style = TEXT_CELL): CellDescription => ({ value, style });

function taskCells(task: ReportTask, unitNumbers: string): CellDescription[] {
  const note = task.overdue ? reportText.overdue : task.late ? reportText.late : "";
  return [
    text(task.number ?? "", CENTERED_TEXT),
    text(task.task, task.number === null ? UNNUMBERED_TASK : TEXT_CELL),
    text(task.lead),
    text(task.schedule),
    date(task.deadline),
    text(task.status === null ? "" : reportText.progress[task.status], CENTERED_TEXT),
    date(task.completed),
    text(task.result),
    amount(task.planned),
    amount(task.spent),
    text(note, note === reportText.overdue ? OVERDUE_NOTE : CENTERED_TEXT),
    { value: task.row, style: HELPER },
    { value: task.section + 1, style: HELPER },
    text(unitNumbers, UNIT_NUMBERS),
  ];
}

/**
 * The summary's formulas over the tables (COUNTIFS on Tiến độ and Ghi chú, COUNT on the appendix rows,
 * SUM on the amounts), each with the core's figure as its cached result.
 */
function fillSummary(
  cells: Record<SummaryLine, CellDescription>,
  at: Record<SummaryLine, string>,
  figures: ReportSummary,
  period: { from: number; to: number } | null,
  onDemand: { from: number; to: number } | null
): void {
  const range = (name: ColumnName, table: { from: number; to: number }) =>
    `${letter(name)}${table.from}:${letter(name)}${table.to}`;
  const countIf = (name: ColumnName, value: string) =>
    period ? `COUNTIFS(${range(name, period)},"${value}")` : "0";
  const sum = (name: ColumnName) =>
    [period, onDemand]
      .filter((table) => table !== null)
      .map((table) => `SUM(${range(name, table as { from: number; to: number })})`)
      .join("+") || "0";
  const rate = (part: string, whole: string) => `IF(${whole}=0,0,${part}/${whole})`;
  const formulas: Record<SummaryLine, string> = {
    inPeriod: period ? `COUNT(${range("row", period)})` : "0",
    done: countIf("progress", reportText.progress.done),
    inProgress: countIf("progress", reportText.progress["in-progress"]),
    notStarted: `${at.inPeriod}-${at.done}-${at.inProgress}`,
    late: countIf("note", reportText.late),
    overdue: countIf("note", reportText.overdue),
    doneRate: rate(at.done, at.inPeriod),
    onDemand: onDemand ? `COUNT(${range("row", onDemand)})` : "0",
    planned: sum("planned"),
    spent: sum("spent"),
    spentRate: rate(at.spent, at.planned),
  };
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const values: Record<SummaryLine, number> = {
    ...figures,
    doneRate: ratio(figures.done, figures.inPeriod),
    spentRate: ratio(figures.spent, figures.planned),
  };
  for (const line of Object.keys(cells) as SummaryLine[])
    Object.assign(cells[line], { formula: `=${formulas[line]}`, value: values[line] });
}

/** "Nơi nhận" on the left, the signing body on the right. */
function signature(rows: SheetRows): void {
  const bold: CellStyle = { ...TEXT, bold: true, horizontal: "center", size: 13 };
  const first = rows.add([
    { value: reportText.recipients, style: { ...TEXT, bold: true, italic: true } },
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    { value: reportText.signature[0], style: bold },
  ]);
  rows.merges.push(`A${first}:C${first}`, `H${first}:K${first}`);
  reportText.recipientLines.forEach((line, i) => {
    const cells: (CellDescription | undefined)[] = [{ value: line, style: { ...TEXT, size: 11 } }];
    if (i === 0) cells[7] = { value: reportText.signature[1], style: bold };
    const at = rows.add(cells);
    rows.merges.push(`A${at}:C${at}`);
    if (i === 0) rows.merges.push(`H${at}:K${at}`);
  });
}
