import { Appendix } from "../appendix";
import { IsoDate } from "../calendar";
import { AmountReading } from "../money";
import { analyseSequence } from "../numberSequence";
import { buildOutline, isGroup, nodesWithAmountsBelow, OutlineNode } from "../outline";
import { readSchedule } from "../schedule/readSchedule";
import { UnitAlias } from "../units/unitNames";
import { unitNames } from "../units/unitNames";
import { PeriodRule, periodOfYear } from "./periods";
import { GroupBudget, PeriodReport, ReportTask, SectionLine, TaskList, UnitLine } from "./report";
import { deadlineOf, listOf } from "./taskList";
import { statusOf } from "./taskStatus";

export interface ReportRequest {
  period: PeriodRule;
  /** The plan's year, which the schedules are read in. */
  year: number;
  /** The day the report judges overdue work by; the end of the period's window when omitted. */
  asOf?: IsoDate;
  /** The officer's own names for units ("VP-TK" is "Văn phòng – Thống kê"), from the settings sheet. */
  aliases?: readonly UnitAlias[];
}

/**
 * A period's report of an appendix: every task (a row with no rows under it) in one of the three
 * lists, where it stands on the as-of day, and the counts by lead unit and by top-level section.
 * Linear in rows: one pass over the tree, schedules read once per distinct text.
 */
export function buildReport(appendix: Appendix, request: ReportRequest): PeriodReport {
  const period = periodOfYear(request.period, request.year);
  const asOf = request.asOf ?? period.window.to;
  const outline = buildOutline(appendix.rows, analyseSequence(appendix.rows));

  // A sub-item left blank does what the row above it in the tree says: its lead, its schedule.
  // A group's Kinh phí with none below it is its rows' budget, which they pass down.
  const inherited = new Map<OutlineNode, Inherited>();
  const withAmountsBelow = nodesWithAmountsBelow(outline);
  const sections: SectionLine[] = [];
  const leaves: { node: OutlineNode; own: Inherited }[] = [];
  for (const node of outline.nodes) {
    const above = node.parent ? (inherited.get(node.parent) as Inherited) : null;
    if (!above) sections.push(sectionLine(node));
    const holds = isGroup(node) && node.row.amount.kind === "amount" && !withAmountsBelow.has(node);
    const own: Inherited = {
      lead: node.row.lead || (above?.lead ?? ""),
      schedule: node.row.schedule || (above?.schedule ?? ""),
      section: above ? above.section : sections.length - 1,
      budgetGroup: holds ? node : (above?.budgetGroup ?? null),
    };
    if (isGroup(node)) inherited.set(node, own);
    else leaves.push({ node, own });
  }
  const units = unitNames(
    leaves.map((leaf) => leaf.own.lead),
    request.aliases ?? []
  );
  // Plans repeat their schedule and lead cells ("Thường xuyên trong năm", "VP-TK"): each text is
  // read once.
  const timings = new Map<string, Timing>();
  const timingOf = (text: string): Timing => {
    let timing = timings.get(text);
    if (!timing) {
      const reading = readSchedule(text, request.year);
      const list = listOf(reading, period.window);
      timing = { list, deadline: list === "period" ? deadlineOf(reading, period.window) : null };
      timings.set(text, timing);
    }
    return timing;
  };
  const unitsByLead = new Map<string, string[]>();
  const unitsOf = (lead: string) => {
    let named = unitsByLead.get(lead);
    if (!named) unitsByLead.set(lead, (named = units.unitsOf(lead)));
    return named;
  };

  const tasks = leaves.map(({ node: { row }, own }): ReportTask => {
    const { list, deadline } = timingOf(own.schedule);
    const { status, completed, overdue, late } = statusOf(row.tracking, deadline, asOf);
    // Written out, not spread: every task is then one shape of object, which the sheets read fast.
    return {
      row: row.row,
      number: row.numberText === "" ? null : row.numberText,
      task: row.task,
      lead: own.lead,
      units: unitsOf(own.lead),
      schedule: own.schedule,
      list,
      deadline,
      status,
      completed,
      overdue,
      late,
      planned: amountOf(row.amount),
      spent: row.tracking ? amountOf(row.tracking.spent) : null,
      result: row.tracking?.result ?? "",
      section: own.section,
      budgetGroup: own.budgetGroup?.row.row ?? null,
    };
  });
  const groupBudgets = sharedBudgets(leaves, tasks);
  return {
    period,
    asOf,
    tracked: appendix.tracking !== null,
    tasks,
    ...tally(tasks, sections, groupBudgets),
    groupBudgets,
  };
}

/** The group budgets of the listed tasks, each once, in the table of the first list holding one of its tasks. */
function sharedBudgets(
  leaves: readonly { own: Inherited }[],
  tasks: readonly ReportTask[]
): GroupBudget[] {
  const budgets = new Map<OutlineNode, GroupBudget>();
  tasks.forEach((task, index) => {
    const group = leaves[index].own.budgetGroup;
    if (group === null || task.list === "outside") return;
    const found = budgets.get(group);
    if (found) {
      if (task.list === "period") found.list = "period";
      return;
    }
    budgets.set(group, {
      row: group.row.row,
      number: group.row.numberText,
      title: group.row.task,
      planned: amountOf(group.row.amount) ?? 0,
      section: leaves[index].own.section,
      list: task.list,
    });
  });
  return [...budgets.values()];
}

/** Where a schedule puts its tasks in the period. */
interface Timing {
  list: TaskList;
  deadline: IsoDate | null;
}

/** What a row passes down to the rows under it, and keeps for itself. */
interface Inherited {
  lead: string;
  schedule: string;
  /** Index of its top-level section. */
  section: number;
  /** The group above whose Kinh phí is its rows' budget, none below it having one. */
  budgetGroup: OutlineNode | null;
}

function amountOf(reading: AmountReading): number | null {
  return reading.kind === "amount" ? reading.value : null;
}

function sectionLine(node: OutlineNode): SectionLine {
  return {
    number: node.row.numberText,
    title: node.row.task,
    sectionRow: node.row.row,
    rows: [],
    tasks: 0,
    done: 0,
    planned: 0,
    spent: 0,
  };
}

/** The summary and the lines by unit and by section, in one pass over the tasks. */
function tally(
  tasks: readonly ReportTask[],
  sections: SectionLine[],
  groupBudgets: readonly GroupBudget[]
): Pick<PeriodReport, "summary" | "byUnit" | "bySection"> {
  const summary = {
    inPeriod: 0,
    done: 0,
    late: 0,
    overdue: 0,
    inProgress: 0,
    notStarted: 0,
    onDemand: 0,
    planned: 0,
    spent: 0,
  };
  const byUnit = new Map<string, UnitLine>();
  for (const task of tasks) {
    if (task.list === "outside") continue;
    const done = task.status === "done";
    if (task.list === "period") {
      summary.inPeriod++;
      if (done) summary.done++;
      else if (task.status === "in-progress") summary.inProgress++;
      else summary.notStarted++;
      if (task.late) summary.late++;
      if (task.overdue) summary.overdue++;
    } else summary.onDemand++;
    summary.planned += task.planned ?? 0;
    summary.spent += task.spent ?? 0;
    for (const unit of task.units) {
      let line = byUnit.get(unit);
      if (!line) {
        line = { unit, rows: [], tasks: 0, done: 0, overdue: 0, planned: 0, spent: 0 };
        byUnit.set(unit, line);
      }
      count(line, task);
      if (task.overdue) line.overdue++;
    }
    count(sections[task.section], task);
  }
  for (const budget of groupBudgets) {
    summary.planned += budget.planned;
    sections[budget.section].planned += budget.planned;
  }
  return { summary, byUnit: [...byUnit.values()], bySection: sections };
}

function count(line: UnitLine | SectionLine, task: ReportTask): void {
  line.rows.push(task.row);
  line.tasks++;
  if (task.status === "done") line.done++;
  line.planned += task.planned ?? 0;
  line.spent += task.spent ?? 0;
}
