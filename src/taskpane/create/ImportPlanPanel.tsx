import {
  Button,
  Field,
  makeStyles,
  Spinner,
  Switch,
  Text,
  Textarea,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useRef } from "react";
import { StatusBar } from "../shared/StatusBar";
import { ImportedPlan } from "./ImportedPlan";
import { importText as text } from "./importText";
import { ImportPlanState } from "./useImportPlan";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Full width, one under the other, as the tab's other actions.
  buttons: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  file: { display: "none" },
  box: { minWidth: 0 },
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** What the file picker offers: Word documents. */
const DOCX_TYPES = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface ImportPlanPanelProps {
  importer: ImportPlanState;
  inExcel: boolean;
  busy: boolean;
}

/**
 * "Nhập từ Kế hoạch": the plan's text pasted, or a .docx chosen (read at once), "Đọc kế hoạch", and the
 * switch that keeps the text's letters as TT; then what was read, to correct and write (ImportedPlan).
 */
export function ImportPlanPanel({ importer, inExcel, busy }: ImportPlanPanelProps) {
  const styles = useStyles();
  const headingId = useId("import-plan");
  const hintId = useId("keep-letters-hint");
  const file = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Text block as="h3" weight="semibold" size={400} id={headingId} className={styles.text}>
        {text.heading}
      </Text>
      <Text block as="p" size={200} className={styles.text}>
        {text.intro}
      </Text>
      <Field className={styles.box} label={text.textLabel}>
        <Textarea
          value={importer.text}
          placeholder={text.textPlaceholder}
          rows={5}
          resize="vertical"
          onChange={(_, data) => importer.setText(data.value)}
        />
      </Field>
      <input
        ref={file}
        className={styles.file}
        type="file"
        accept={DOCX_TYPES}
        aria-label={text.fileLabel}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          // The same file chosen again (edited in Word meanwhile) is read again.
          event.currentTarget.value = "";
          if (chosen) void importer.readFile(chosen);
        }}
      />
      <div className={styles.buttons}>
        <Button disabledFocusable={busy} onClick={() => void importer.readText()}>
          {text.read}
        </Button>
        <Button disabledFocusable={busy} onClick={() => file.current?.click()}>
          {text.chooseFile}
        </Button>
      </div>
      <Switch
        className={styles.switch}
        checked={importer.keepLetters}
        disabled={busy}
        label={text.keepLetters}
        aria-describedby={hintId}
        onChange={(_, data) => importer.setKeepLetters(data.checked)}
      />
      <Text block id={hintId} size={200}>
        {text.keepLettersHint}
      </Text>
      {importer.readingNow && <Spinner size="tiny" label={text.reading} />}
      <StatusBar status={importer.readOutcome} />
      <ImportedPlan importer={importer} inExcel={inExcel} busy={busy} />
    </section>
  );
}
