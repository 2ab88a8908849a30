import { IsoDate } from "../calendar";
import { Progress } from "../tracking/tracking";
import { PeriodOfYear } from "./periods";

/**
 * Where a task stands in a period's report: in it (a span of its schedule meets the window), listed on
 * demand in every report (its schedule names no time, or could not be read), or outside it. Every task
 * is in exactly one.
 */
export type TaskList = "period" | "on-demand" | "outside";

/** A task of the appendix (a row with no rows under it) as a period's report sees it. */
export interface ReportTask {
  /** Sheet row of the appendix. */
  row: number;
  /** The TT as written; null for an unnumbered sub-item. */
  number: string | null;
  task: string;
  /** The Chủ trì cell, or the nearest one above it in the tree when the task's own is blank. */
  lead: string;
  /** The units the lead names, each by its one name across the table. */
  units: string[];
  /** The Thời gian cell, or the nearest one above it in the tree when the task's own is blank. */
  schedule: string;
  list: TaskList;
  /** The earliest day due among the dated parts of its schedule that meet the window. */
  deadline: IsoDate | null;
  /** From Tiến độ (or a completion date alone); null when nothing says. */
  status: Progress | null;
  completed: IsoDate | null;
  /** Not done, and its deadline is before the as-of day. */
  overdue: boolean;
  /** Done after its deadline. */
  late: boolean;
  /** Its own Kinh phí in đồng, null when it has none. */
  planned: number | null;
  /** Kinh phí đã sử dụng in đồng, null when nothing is written. */
  spent: number | null;
  /** Kết quả, as written. */
  result: string;
  /** Index into PeriodReport.bySection of its top-level section. */
  section: number;
  /** Sheet row of the group above it that holds the budget of its rows (see GroupBudget); else null. */
  budgetGroup: number | null;
}

/**
 * A Kinh phí written on a group row whose rows below carry none ("1.2 Báo cáo định kỳ … 3.960.000",
 * its sub-items blank): the group's tasks share it. It counts once in the budget of the report and of
 * its section when one of its tasks is listed, in the table of the first list that holds one.
 */
export interface GroupBudget {
  row: number;
  number: string;
  title: string;
  planned: number;
  section: number;
  list: "period" | "on-demand";
}

/**
 * The counts of a report. Status counts are of the tasks in the period (done + inProgress +
 * notStarted = inPeriod; late among the done, overdue among the others); the budget is that of the
 * tasks the report lists, in the period and on demand, and of the group budgets they share.
 */
export interface ReportSummary {
  inPeriod: number;
  done: number;
  late: number;
  overdue: number;
  inProgress: number;
  notStarted: number;
  onDemand: number;
  planned: number;
  spent: number;
}

/** One lead unit's line: the tasks it leads that the report lists (in the period and on demand). */
export interface UnitLine {
  unit: string;
  rows: number[];
  tasks: number;
  done: number;
  overdue: number;
  planned: number;
  spent: number;
}

/** One top-level section's line, over the tasks the report lists. */
export interface SectionLine {
  number: string;
  title: string;
  /** Sheet row of the section's own row. */
  sectionRow: number;
  rows: number[];
  tasks: number;
  done: number;
  planned: number;
  spent: number;
}

export interface PeriodReport {
  period: PeriodOfYear;
  asOf: IsoDate;
  /** Whether the appendix has tracking columns: without them no task can be done, and the report says so. */
  tracked: boolean;
  /** Every task of the appendix, in sheet order. */
  tasks: ReportTask[];
  summary: ReportSummary;
  byUnit: UnitLine[];
  bySection: SectionLine[];
  /** The group budgets the listed tasks share, counted in `summary.planned` and their section's. */
  groupBudgets: GroupBudget[];
}
