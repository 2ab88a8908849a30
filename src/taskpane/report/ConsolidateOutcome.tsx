import { makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import type { SourceLine } from "../../domain/consolidation/consolidation";
import type { ConsolidateResult } from "../../usecases/consolidateSheets";
import { FigureLine, FigureList } from "../shared/FigureList";
import { consolidateText as text } from "./consolidateText";
import { useListStyles } from "../shared/listStyles";

const useStyles = makeStyles({
  outcome: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  source: { overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalS },
  // A source that needs the officer's eye carries a bar of its status's colour on its left.
  flagged: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  fine: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}` },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: 600 },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: 600 },
  detail: { color: tokens.colorNeutralForeground3 },
});

/** What "Tổng hợp" came to: the totals across the sheets read, then each sheet with its status. */
export function ConsolidateOutcome({ result }: { result: ConsolidateResult }) {
  const styles = useStyles();
  const lists = useListStyles();
  const sourcesId = useId("consolidate-sources");
  const { sources, total } = result.summary;
  const read = sources.filter((source) => source.status !== "unreadable").length;
  const lines: FigureLine[] = [
    { label: text.sourcesRead, value: [text.readOf(read, sources.length)] },
    { label: text.tasks, value: [String(total.tasks)] },
    { label: text.planned, value: [text.amount(total.planned)] },
    ...periodLines(sources),
  ];
  return (
    <div className={styles.outcome}>
      <FigureList title={text.totals} lines={lines} />
      <section aria-labelledby={sourcesId}>
        <Text id={sourcesId} block weight="semibold">
          {text.sourcesHeading(sources.length)}
        </Text>
        <ul className={mergeClasses(lists.list, lists.spaced)} aria-labelledby={sourcesId}>
          {sources.map((source) => (
            <SourceItem key={source.file} source={source} />
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The period's figures summed over the sources that have them; none when no period was asked. */
function periodLines(sources: readonly SourceLine[]): FigureLine[] {
  const figures = sources.flatMap((source) => (source.period ? [source.period] : []));
  if (!sources.some((source) => source.period !== undefined)) return [];
  const sum = (key: "inPeriod" | "done" | "overdue" | "spent") =>
    figures.reduce((total, one) => total + one[key], 0);
  return [
    { label: text.inPeriod, value: [String(sum("inPeriod"))] },
    { label: text.done, value: [String(sum("done"))] },
    { label: text.overdue, value: [String(sum("overdue"))] },
    { label: text.spent, value: [text.amount(sum("spent"))] },
  ];
}

function SourceItem({ source }: { source: SourceLine }) {
  const styles = useStyles();
  const ok = source.status === "ok";
  const status =
    source.status === "ok"
      ? text.ok
      : source.status === "errors"
        ? text.errors(source.errors)
        : text.unreadable;
  const detail =
    source.status === "unreadable"
      ? source.message
      : text.sourceFigures(source.tasks, source.planned);
  return (
    <li className={mergeClasses(styles.source, ok ? styles.fine : styles.flagged)}>
      <Text block>{text.sourceName(source.unit, source.sheet ?? source.file)}</Text>
      <Text block size={200}>
        <span className={ok ? styles.ok : styles.bad}>{status}</span>
        {detail && <span className={styles.detail}>{` · ${detail}`}</span>}
      </Text>
      {source.period === null && (
        <Text block size={200} className={styles.detail}>
          {text.noPeriodYear}
        </Text>
      )}
      {source.period && (
        <Text block size={200} className={styles.detail}>
          {text.sourcePeriod(source.period.inPeriod, source.period.done, source.period.overdue)}
        </Text>
      )}
      {source.status === "errors" && (
        <Text block size={200} className={styles.detail}>
          {text.errorsHint}
        </Text>
      )}
    </li>
  );
}
