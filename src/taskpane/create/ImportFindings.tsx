import { makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import type { Severity } from "../../domain/finding";
import { paneText } from "../paneText";
import { importText as text } from "./importText";
import { RowFinding } from "./useImportPlan";
import { useListStyles } from "../shared/listStyles";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The severity as a bar on the left, as the Kiểm tra tab shows it.
  item: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: {},
  where: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
});

/** How many findings are listed: the first few, the rest counted. */
const SHOWN = 5;

/** The check of the rows as they stand: how many findings of each kind, and the first few. */
export function ImportFindings({ findings }: { findings: readonly RowFinding[] }) {
  const styles = useStyles();
  const lists = useListStyles();
  const headingId = useId("import-findings");
  const count = (severity: Severity) =>
    findings.filter(({ finding }) => finding.severity === severity).length;
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <Text id={headingId} weight="semibold">
        {text.findingsHeading(findings.length)}
      </Text>
      {findings.length > 0 && (
        <>
          <Text size={200}>
            {paneText.findings.summary(count("error"), count("warning"), count("info"))}
          </Text>
          <ul className={lists.list}>
            {findings.slice(0, SHOWN).map(({ finding, row }, index) => {
              const number = row?.number ?? finding.number;
              return (
                <li key={index} className={mergeClasses(styles.item, styles[finding.severity])}>
                  {number && <span className={styles.where}>{text.findingAt(number)}</span>}
                  {finding.message}
                </li>
              );
            })}
          </ul>
          {findings.length > SHOWN && (
            <Text size={200}>{text.moreFindings(findings.length - SHOWN)}</Text>
          )}
        </>
      )}
      <Text size={200} className={styles.note}>
        {text.findingsNote}
      </Text>
    </section>
  );
}
