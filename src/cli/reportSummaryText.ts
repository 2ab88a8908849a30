import { shownDate } from "../domain/calendar";
import { periodWithYear } from "../domain/report/periods";
import { PeriodReport } from "../domain/report/report";
import { UNTRACKED_NOTICE } from "../domain/report/reportNotices";
import { cliText } from "./cliText";

/** A task's words on one line of the terminal: blanks folded, cut with "…" past this many characters. */
const TASK_WIDTH = 80;

/**
 * What `phuluc report` prints without --format json: the period and its window, the counts, the
 * budget, then the overdue tasks one line each (TT and row, to find them in the appendix). The
 * whole list of tasks is for the JSON and the report sheets.
 */
export function* reportSummaryText(
  file: string,
  sheet: string,
  report: PeriodReport
): Generator<string> {
  const { period, summary } = report;
  const text = cliText.report;
  yield `${text.heading(periodWithYear(period), file, sheet)}\n`;
  yield `${text.window(shownDate(period.window.from), shownDate(period.window.to), shownDate(period.due), shownDate(report.asOf))}\n`;
  if (!report.tracked) yield `${UNTRACKED_NOTICE}\n`;
  yield `${text.inPeriod(summary)}\n`;
  const outside = report.tasks.length - summary.inPeriod - summary.onDemand;
  yield `${text.otherLists(summary.onDemand, outside)}\n`;
  yield `${text.budget(summary.planned, summary.spent)}\n`;
  if (summary.overdue === 0) return;
  yield `\n${text.overdueHeading(summary.overdue)}\n`;
  for (const task of report.tasks) {
    if (!task.overdue || task.deadline === null) continue;
    yield `  ${text.overdueTask(task.number, task.row, oneLine(task.task), shownDate(task.deadline))}\n`;
  }
}

function oneLine(words: string): string {
  const folded = words.replace(/\s+/g, " ").trim();
  return folded.length <= TASK_WIDTH ? folded : `${folded.slice(0, TASK_WIDTH - 1).trimEnd()}…`;
}
