import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { UNTRACKED_NOTICE } from "../../domain/report/reportNotices";
import { shownDate } from "../../domain/calendar";
import type { WrittenReport } from "../../usecases/makeReport";
import { reportPaneText as text } from "./reportPaneText";
import { ReportFigures } from "./ReportFigures";
import { OverdueTasks } from "./OverdueTasks";

const useStyles = makeStyles({
  outcome: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    outlineStyle: "none",
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * What "Lập báo cáo" came to: the sheets written (and the settings sheet the first time), the
 * report's figures and its overdue tasks, and what of the settings sheet could not be used; or why
 * nothing was written. It takes the focus when it arrives, so the officer (and a screen reader) is
 * brought to it below the form.
 */
export function ReportOutcome({ outcome }: { outcome: WrittenReport }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [outcome]);

  if (outcome.kind === "refused")
    return (
      <div ref={box} tabIndex={-1} className={styles.outcome}>
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{text.refused}</MessageBarTitle> {outcome.message}
          </MessageBarBody>
        </MessageBar>
      </div>
    );

  const { report } = outcome;
  const { period } = report;
  return (
    <div ref={box} tabIndex={-1} className={styles.outcome}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{text.written(period)}</MessageBarTitle>
          <Text block>{text.sheets(outcome.sheets)}</Text>
          <Text block>
            {text.window(
              shownDate(period.window.from),
              shownDate(period.window.to),
              shownDate(report.asOf)
            )}
          </Text>
          {outcome.settingsSheet !== null && (
            <Text block>{text.settingsSheet(outcome.settingsSheet)}</Text>
          )}
        </MessageBarBody>
      </MessageBar>
      {!report.tracked && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{UNTRACKED_NOTICE}</MessageBarBody>
        </MessageBar>
      )}
      <ReportFigures summary={report.summary} />
      <OverdueTasks tasks={report.tasks.filter((task) => task.overdue)} />
      {outcome.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text block>{text.problemsHeading}</Text>
            <ul className={styles.problems}>
              {outcome.problems.map((problem) => (
                <li key={`${problem.cell} ${problem.message}`}>
                  {text.problem(problem.cell, problem.message)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
