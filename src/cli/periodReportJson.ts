import { IsoDate } from "../domain/calendar";
import { PeriodId } from "../domain/report/periods";
import {
  PeriodReport,
  ReportSummary,
  ReportTask,
  SectionLine,
  UnitLine,
} from "../domain/report/report";

/**
 * The JSON that `phuluc report --format json` prints: a contract for scripts, pinned by the schema in
 * reportSchemas.ts. Every task of the appendix is in `tasks` once; the keys are these, in this order,
 * and no more (the domain's result, section, budgetGroup and sectionRow stay out).
 */
export interface PeriodReportJson {
  file: string;
  sheet: string;
  period: PeriodId;
  year: number;
  window: { from: IsoDate; to: IsoDate };
  due: IsoDate;
  asOf: IsoDate;
  tasks: TaskJson[];
  summary: ReportSummary;
  byUnit: UnitJson[];
  bySection: SectionJson[];
}

/** A task as the JSON gives it: the domain's, without what only the report sheets use. */
export type TaskJson = Omit<ReportTask, "result" | "section" | "budgetGroup">;
export type UnitJson = UnitLine;
export type SectionJson = Omit<SectionLine, "sectionRow">;

/** The report as its JSON says it; each object built key by key, so the order is the contract's. */
export function periodReportJson(
  file: string,
  sheet: string,
  report: PeriodReport
): PeriodReportJson {
  const { period, summary } = report;
  return {
    file,
    sheet,
    period: period.rule.id,
    year: period.year,
    window: { from: period.window.from, to: period.window.to },
    due: period.due,
    asOf: report.asOf,
    tasks: report.tasks.map((task) => ({
      row: task.row,
      number: task.number,
      task: task.task,
      lead: task.lead,
      units: task.units,
      schedule: task.schedule,
      list: task.list,
      deadline: task.deadline,
      status: task.status,
      completed: task.completed,
      overdue: task.overdue,
      late: task.late,
      planned: task.planned,
      spent: task.spent,
    })),
    summary: {
      inPeriod: summary.inPeriod,
      done: summary.done,
      late: summary.late,
      overdue: summary.overdue,
      inProgress: summary.inProgress,
      notStarted: summary.notStarted,
      onDemand: summary.onDemand,
      planned: summary.planned,
      spent: summary.spent,
    },
    byUnit: report.byUnit.map((line) => ({
      unit: line.unit,
      rows: line.rows,
      tasks: line.tasks,
      done: line.done,
      overdue: line.overdue,
      planned: line.planned,
      spent: line.spent,
    })),
    bySection: report.bySection.map((line) => ({
      number: line.number,
      title: line.title,
      rows: line.rows,
      tasks: line.tasks,
      done: line.done,
      planned: line.planned,
      spent: line.spent,
    })),
  };
}

const nested = (value: unknown, indent: string) =>
  JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);

/**
 * `JSON.stringify(document, null, 2)` and a line break, in pieces: the lists item by item, so that a
 * 10,000-task report is never one giant string.
 */
export function* streamedJson(document: PeriodReportJson): Generator<string> {
  const { tasks, summary, byUnit, bySection, ...head } = document;
  // The head's closing brace becomes the comma before the lists.
  yield nested(head, "").replace(/\n}$/, ",\n");
  yield* listJson("tasks", tasks, ",");
  yield `  "summary": ${nested(summary, "  ")},\n`;
  yield* listJson("byUnit", byUnit, ",");
  yield* listJson("bySection", bySection, "");
  yield "}\n";
}

function* listJson(name: string, items: readonly unknown[], after: string): Generator<string> {
  yield `  "${name}": [`;
  let first = true;
  for (const item of items) {
    yield `${first ? "" : ","}\n    ${nested(item, "    ")}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}]${after}\n`;
}
