import {
  Button,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { MessageBarIntent } from "@fluentui/react-components";
import { useEffect } from "react";
import { QuickCheckReport, ReportProblem } from "./quickCheckReport";
import { quickCheckText } from "./quickCheckText";
import { useListStyles } from "../taskpane/shared/listStyles";

const useStyles = makeStyles({
  page: {
    height: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  title: {
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  body: {
    flexGrow: 1,
    overflowY: "auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  paragraph: { margin: 0, overflowWrap: "anywhere" },
  counts: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: {},
  where: { fontWeight: tokens.fontWeightSemibold },
  done: { margin: 0, color: tokens.colorNeutralForeground2 },
  footer: {
    display: "flex",
    alignItems: "center",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  closeHint: { margin: 0, marginRight: "auto", color: tokens.colorNeutralForeground2 },
});

/** What the dialog has to show: the report, or that it is still coming, or that it never came. */
export type DialogState =
  { status: "ready"; report: QuickCheckReport } | { status: "waiting" } | { status: "missing" };

export interface QuickCheckDialogProps {
  state: DialogState;
  /** Asks the function file to close the dialog. */
  onClose: () => void;
  /** Đóng was chosen and the dialog is still open: say how to close it by hand. */
  closeFailed?: boolean;
}

/** The "Kiểm tra nhanh" dialog: what the check found on the sheet, and one Đóng button. */
export function QuickCheckDialog({ state, onClose, closeFailed = false }: QuickCheckDialogProps) {
  const styles = useStyles();
  useEffect(() => {
    // Esc closes the dialog, as it does Excel's own.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onClose]);

  const report = state.status === "ready" ? state.report : null;
  const title =
    report && report.kind !== "failed"
      ? quickCheckText.title(report.sheet)
      : quickCheckText.titleWithoutSheet;
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <h1 className={styles.title}>{title}</h1>
        <main className={styles.body} aria-live="polite">
          {report ? (
            <ReportBody report={report} />
          ) : (
            <p className={styles.paragraph}>
              {state.status === "waiting" ? quickCheckText.waiting : quickCheckText.missing}
            </p>
          )}
        </main>
        <footer className={styles.footer}>
          {closeFailed && (
            <p className={styles.closeHint} role="status">
              {quickCheckText.closeByHand}
            </p>
          )}
          <Button appearance="primary" autoFocus onClick={onClose}>
            {quickCheckText.close}
          </Button>
        </footer>
      </div>
    </FluentProvider>
  );
}

function ReportBody({ report }: { report: QuickCheckReport }) {
  const styles = useStyles();
  const lists = useListStyles();
  if (report.kind === "failed")
    return (
      <>
        <Headline intent="error" title={quickCheckText.failed} text={report.message} />
        <p className={styles.paragraph}>{quickCheckText.failedNext}</p>
      </>
    );
  if (report.kind === "no-appendix")
    return (
      <>
        <Headline
          intent="warning"
          title={quickCheckText.noAppendix(report.sheet)}
          text={report.reason}
        />
        <p className={styles.paragraph}>{quickCheckText.noAppendixDone}</p>
      </>
    );

  const { errors, warnings, notes, problems, selected } = report;
  const total = errors + warnings + notes;
  const headline =
    errors > 0 ? (
      <Headline intent="error" title={quickCheckText.errorsFound(errors)} />
    ) : warnings > 0 ? (
      <Headline intent="warning" title={quickCheckText.warningsOnly(warnings)} />
    ) : (
      <Headline intent="success" title={quickCheckText.clean} text={quickCheckText.cleanDetail} />
    );
  const what = quickCheckText.markedWhat(errors, warnings);
  const done =
    errors > 0 && selected
      ? quickCheckText.markedAndSelected(what, selected)
      : errors + warnings > 0
        ? quickCheckText.marked(what)
        : quickCheckText.nothingMarked;
  return (
    <>
      {headline}
      <p className={styles.counts}>{quickCheckText.counts(errors, warnings, notes)}</p>
      {/* What was done on the sheet comes before the list, where it is read without scrolling. */}
      <p className={styles.paragraph}>
        {done}
        {notes > 0 ? ` ${quickCheckText.notesNotMarked}` : ""}
      </p>
      {problems.length > 0 && (
        <>
          <p className={styles.paragraph}>
            {problems.length < total
              ? quickCheckText.listFirst(problems.length, total)
              : quickCheckText.listAll}
          </p>
          <ul className={lists.list} aria-label={quickCheckText.listLabel}>
            {problems.map((problem, index) => (
              <ProblemItem key={index} problem={problem} />
            ))}
          </ul>
        </>
      )}
      {total > 0 && <p className={styles.done}>{quickCheckText.morePane}</p>}
    </>
  );
}

function Headline({
  intent,
  title,
  text,
}: {
  intent: MessageBarIntent;
  title: string;
  text?: string;
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text && <div>{text}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

function ProblemItem({ problem }: { problem: ReportProblem }) {
  const styles = useStyles();
  const where = [
    quickCheckText.severity[problem.severity],
    quickCheckText.cell(problem.cell),
    problem.number ? quickCheckText.number(problem.number) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className={mergeClasses(styles.item, styles[problem.severity])}>
      <span className={styles.where}>{where}</span>
      <span>{problem.message}</span>
    </li>
  );
}
