import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { ImportFindings } from "./ImportFindings";
import { ImportedRows } from "./ImportedRows";
import { importText as text } from "./importText";
import { UnusedLines } from "./UnusedLines";
import { ImportPlanState } from "./useImportPlan";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface ImportedPlanProps {
  importer: ImportPlanState;
  inExcel: boolean;
  busy: boolean;
}

/**
 * What was read from the plan, to correct before it is written: the count of sections and tasks, the
 * check of the rows as they stand, the rows, the lines left out, and the button that writes the sheet.
 */
export function ImportedPlan({ importer, inExcel, busy }: ImportedPlanProps) {
  const styles = useStyles();
  const headingId = useId("imported-heading");
  const hintId = useId("imported-create-hint");
  const heading = useRef<HTMLHeadingElement>(null);
  const { reading, counts } = importer;
  // A new reading is read from its heading, which brings it into view; coming back to the tab is not
  // a new reading.
  const shownReads = useRef(importer.reads);
  useEffect(() => {
    if (importer.reads === shownReads.current) return;
    shownReads.current = importer.reads;
    heading.current?.focus();
  }, [importer.reads]);
  if (reading === null) return null;
  return (
    <section className={styles.result} aria-labelledby={headingId}>
      <div className={styles.top}>
        <Text
          block
          as="h4"
          weight="semibold"
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className={styles.heading}
        >
          {text.counts(counts.sections, counts.tasks)}
        </Text>
        {reading.file !== null && (
          <Text size={200} className={styles.source}>
            {text.fromFile(reading.file)}
          </Text>
        )}
        {reading.convertedFrom !== null && (
          <Text size={200}>{text.converted(reading.convertedFrom)}</Text>
        )}
      </div>
      <ImportFindings findings={importer.findings} />
      <ImportedRows rows={importer.rows} onEdit={importer.editRow} onRemove={importer.removeRow} />
      <UnusedLines lines={reading.unused} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!inExcel}
          disabledFocusable={inExcel && busy}
          aria-describedby={hintId}
          onClick={() => void importer.create()}
        >
          {text.create}
        </Button>
        <Text block id={hintId} size={200}>
          {inExcel ? text.createHint : text.outside}
        </Text>
      </div>
    </section>
  );
}
