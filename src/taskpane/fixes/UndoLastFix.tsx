import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { FixUndo } from "../../usecases/undoFix";
import { paneText } from "../paneText";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  button: { flexShrink: 0, whiteSpace: "nowrap" },
});

interface UndoLastFixProps {
  undo: FixUndo;
  busy: boolean;
  onUndo: () => void;
}

/** The last fix applied, with "Hoàn tác", and a word on why Excel's Ctrl+Z is no way back. */
export function UndoLastFix({ undo, busy, onUndo }: UndoLastFixProps) {
  const styles = useStyles();
  const captionId = useId("undo-caption");
  const noteId = useId("undo-note");
  return (
    <section className={styles.box} aria-labelledby={captionId}>
      <div className={styles.row}>
        <Text id={captionId} weight="semibold">
          {paneText.fixes.undoCaption(undo.title)}
        </Text>
        <Button
          className={styles.button}
          disabledFocusable={busy}
          aria-describedby={noteId}
          onClick={onUndo}
        >
          {busy ? paneText.fixes.undoing : paneText.fixes.undo}
        </Button>
      </div>
      <Text block as="p" id={noteId} size={200}>
        {paneText.fixes.undoNote}
      </Text>
    </section>
  );
}
