import { ReportSummary } from "../../domain/report/report";
import { FigureLine, FigureList } from "../shared/FigureList";
import { reportPaneText as text } from "./reportPaneText";

/**
 * The report's counts and budget as label and figure, the way its summary block reads: the tasks in
 * the period by status, those on demand, then the planned and spent amounts (spent with its share).
 */
export function ReportFigures({ summary }: { summary: ReportSummary }) {
  const lines: FigureLine[] = [
    { label: text.inPeriod, value: [String(summary.inPeriod)] },
    { label: text.done, value: [String(summary.done)] },
    { label: text.late, value: [String(summary.late)], part: true },
    { label: text.inProgress, value: [String(summary.inProgress)] },
    { label: text.notStarted, value: [String(summary.notStarted)] },
    { label: text.overdue, value: [String(summary.overdue)] },
    { label: text.onDemand, value: [String(summary.onDemand)] },
    { label: text.planned, value: [text.amount(summary.planned)] },
    {
      label: text.spent,
      value: [text.amount(summary.spent), text.share(summary.spent, summary.planned)],
    },
  ];
  return <FigureList title={text.figures} lines={lines} />;
}
