import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { ReportSummary } from "../../domain/report/report";
import { reportPaneText as text } from "./reportPaneText";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  // Each pair in a div (allowed in a dl) that leaves the grid to the dt and dd.
  pair: { display: "contents" },
  label: { margin: 0 },
  // "Trong đó trễ hạn" is a part of "Đã hoàn thành": set in under it.
  part: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  value: {
    margin: 0,
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
});

/**
 * The report's counts and budget as label and figure, the way its summary block reads: the tasks in
 * the period by status, those on demand, then the planned and spent amounts (spent with its share).
 */
export function ReportFigures({ summary }: { summary: ReportSummary }) {
  const styles = useStyles();
  const titleId = useId("report-figures");
  const lines: { label: string; value: string; part?: boolean }[] = [
    { label: text.inPeriod, value: String(summary.inPeriod) },
    { label: text.done, value: String(summary.done) },
    { label: text.late, value: String(summary.late), part: true },
    { label: text.inProgress, value: String(summary.inProgress) },
    { label: text.notStarted, value: String(summary.notStarted) },
    { label: text.overdue, value: String(summary.overdue) },
    { label: text.onDemand, value: String(summary.onDemand) },
    { label: text.planned, value: text.amount(summary.planned) },
    { label: text.spent, value: text.spentShare(summary.spent, summary.planned) },
  ];
  return (
    <section aria-labelledby={titleId}>
      <Text id={titleId} block weight="semibold">
        {text.figures}
      </Text>
      <dl className={styles.figures}>
        {lines.map((line) => (
          <div key={line.label} className={styles.pair}>
            <dt className={line.part ? styles.part : styles.label}>{line.label}</dt>
            <dd className={styles.value}>{line.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
