import { makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { Fragment } from "react";
import { ReportSummary } from "../../domain/report/report";
import { reportPaneText as text } from "./reportPaneText";

const useStyles = makeStyles({
  figures: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  // One line a figure: the label whole on the left, the figure on the right, wrapping (between the
  // amount and its share) only when the pane is too narrow for both.
  pair: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  label: { margin: 0, whiteSpace: "nowrap" },
  // "Trong đó trễ hạn" is a part of "Đã hoàn thành": set in under it.
  part: { paddingLeft: tokens.spacingHorizontalL },
  value: {
    margin: 0,
    flex: "1 1 0",
    minWidth: 0,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  piece: { whiteSpace: "nowrap" },
});

/**
 * The report's counts and budget as label and figure, the way its summary block reads: the tasks in
 * the period by status, those on demand, then the planned and spent amounts (spent with its share).
 */
export function ReportFigures({ summary }: { summary: ReportSummary }) {
  const styles = useStyles();
  const titleId = useId("report-figures");
  const lines: { label: string; value: (string | null)[]; part?: boolean }[] = [
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
  return (
    <section aria-labelledby={titleId}>
      <Text id={titleId} block weight="semibold">
        {text.figures}
      </Text>
      <dl className={styles.figures}>
        {lines.map((line) => (
          <div key={line.label} className={styles.pair}>
            <dt className={mergeClasses(styles.label, line.part && styles.part)}>{line.label}</dt>
            <dd className={styles.value}>
              {line.value
                .filter((piece) => piece !== null)
                .map((piece, index) => (
                  <Fragment key={piece}>
                    {index > 0 && " "}
                    <span className={styles.piece}>{piece}</span>
                  </Fragment>
                ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
