import { analyseAppendix } from "../analysis";
import { Appendix, withPlanYear } from "../appendix";
import { buildReport } from "../report/buildReport";
import { DEFAULT_PERIODS, PeriodId, PeriodRule } from "../report/periods";
import { BLANK_REFERENCE, itemTotal, PlanItem, planFromTable } from "../appendixPlan";
import { checkAppendix } from "../checkAppendix";
import { OutlineNode } from "../outline";

/**
 * What one source appendix gives a consolidation: its tasks, its planned total as written (the Tổng
 * cộng row, else its top-level rows as written) and as its rows add up, its check's errors and
 * warnings, its sections and the lead cell and Kinh phí of each task.
 */
export interface SourceFigures {
  tasks: number;
  /** As written; null when an amount it depends on cannot be read. */
  planned: number | null;
  /** What the rows add up to, the details counted, not the sums written; null when one cannot be read. */
  plannedByRows: number | null;
  errors: number;
  warnings: number;
  sections: { title: string; planned: number; tasks: number }[];
  /** Each task's lead cell (its group's when it has none) and its own Kinh phí. */
  tasksByLead: { lead: string; planned: number }[];
  /** Each task's text, its top-level section's title and its own Kinh phí: what two years compare. */
  taskList: ListedTask[];
  /**
   * When a period is asked for: its tasks in the period, done, overdue and spent, as the period's
   * report counts them; null when the source's year is neither given nor in its title.
   */
  period?: PeriodFigures | null;
}

export interface ListedTask {
  text: string;
  section: string;
  planned: number;
}

export interface PeriodFigures {
  inPeriod: number;
  done: number;
  overdue: number;
  spent: number;
}

/** The period a consolidation is asked for: its rule, and the plans' year when it is given. */
export interface PeriodAsked {
  rule: PeriodRule;
  year?: number;
}

/** The period asked for by its id, with the plans' year when given; undefined when none is. */
export function periodAsked(id: PeriodId | undefined, year?: number): PeriodAsked | undefined {
  const rule = DEFAULT_PERIODS.find((one) => one.id === id);
  return rule ? { rule, year } : undefined;
}

export function sourceFigures(appendix: Appendix, period?: PeriodAsked): SourceFigures {
  const analysis = analyseAppendix(appendix);
  const findings = checkAppendix(appendix, analysis);
  const { outline, budget } = analysis.main;
  const total = appendix.total?.amount;
  const planned =
    total?.kind === "amount"
      ? total.value
      : total === undefined || total.kind === "empty"
        ? budget.topLevelSum
        : null;
  const plan = planFromTable(appendix, "", BLANK_REFERENCE, analysis);
  const unreadable = appendix.rows.some(
    (row) => row.amount.kind === "unreadable" || row.amount.kind === "error"
  );
  const leaves = outline.nodes.filter((node) => node.children.length === 0);
  return {
    tasks: leaves.length,
    planned,
    plannedByRows: unreadable ? null : plan.items.reduce((sum, item) => sum + itemTotal(item), 0),
    errors: findings.filter((finding) => finding.severity === "error").length,
    warnings: findings.filter((finding) => finding.severity === "warning").length,
    sections: plan.items.map((item) => ({
      title: item.task,
      planned: itemTotal(item),
      tasks: countTasks(item),
    })),
    tasksByLead: leaves.map((node) => ({ lead: leadOf(node), planned: ownAmount(node) })),
    taskList: leaves.map((node) => ({
      text: node.row.task,
      section: rootOf(node).row.task,
      planned: ownAmount(node),
    })),
    ...(period ? { period: periodFigures(appendix, period) } : {}),
  };
}

function periodFigures(appendix: Appendix, period: PeriodAsked): PeriodFigures | null {
  const year = period.year ?? appendix.planYear;
  if (year === null) return null;
  const { summary } = buildReport(withPlanYear(appendix, year), { period: period.rule, year });
  return {
    inPeriod: summary.inPeriod,
    done: summary.done,
    overdue: summary.overdue,
    spent: summary.spent,
  };
}

function countTasks(item: PlanItem): number {
  return item.children.length === 0
    ? 1
    : item.children.reduce((sum, child) => sum + countTasks(child), 0);
}

/** A task's lead: its own, else the nearest group's above it that names one. */
function leadOf(node: OutlineNode): string {
  for (let at: OutlineNode | null = node; at !== null; at = at.parent)
    if (at.row.lead !== "") return at.row.lead;
  return "";
}

function rootOf(node: OutlineNode): OutlineNode {
  let at = node;
  while (at.parent !== null) at = at.parent;
  return at;
}

function ownAmount(node: OutlineNode): number {
  const amount = node.row.amount;
  return amount.kind === "amount" ? amount.value : 0;
}
