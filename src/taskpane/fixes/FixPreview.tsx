import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Fragment } from "react";
import { afterText, Fix } from "../../domain/fixes/fix";
import { paneText } from "../paneText";

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  scroll: { overflowX: "auto", maxHeight: "50vh", overflowY: "auto" },
  value: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  // The cell column stays narrow; the contents take the rest of the pane's width.
  table: { tableLayout: "auto" },
  address: { width: "4.5em", whiteSpace: "nowrap" },
});

/** Lets a long formula wrap after its commas rather than inside a cell reference (<wbr> adds no text). */
const breakable = (text: string) =>
  text.split(",").map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          ,<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));

interface FixPreviewProps {
  id: string;
  fix: Fix;
  /** Why Áp dụng cannot be used here, when it cannot. */
  blockedReason: string | null;
  busy: boolean;
  onApply: () => void;
}

/** Every cell the fix changes, what it holds now and after; nothing is written before Áp dụng. */
export function FixPreview({ id, fix, blockedReason, busy, onApply }: FixPreviewProps) {
  const styles = useStyles();
  const noteId = useId("fix-note");
  const caption = paneText.fixes.previewCaption(fix.title);
  const shown = (text: string) =>
    text === "" ? <span className={styles.empty}>{paneText.fixes.empty}</span> : breakable(text);
  return (
    <section id={id} className={styles.preview} aria-label={caption}>
      <Text block as="h3" weight="semibold">
        {caption}
      </Text>
      {fix.insertRows && (
        <Text block as="p">
          {paneText.fixes.insertRows(fix.insertRows.count, fix.insertRows.before)}
        </Text>
      )}
      <div className={styles.scroll}>
        <Table size="small" aria-label={caption} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.address}>
                {paneText.fixes.cellColumn}
              </TableHeaderCell>
              <TableHeaderCell>{paneText.fixes.beforeColumn}</TableHeaderCell>
              <TableHeaderCell>{paneText.fixes.afterColumn}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {fix.edits.map((edit) => (
              <TableRow key={edit.address}>
                <TableCell className={styles.address}>{edit.address}</TableCell>
                <TableCell className={styles.value}>{shown(edit.before)}</TableCell>
                <TableCell className={styles.value}>{shown(afterText(edit))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div>
        <Button
          appearance="primary"
          disabledFocusable={blockedReason !== null || busy}
          aria-describedby={noteId}
          onClick={onApply}
        >
          {busy ? paneText.fixes.applying : paneText.fixes.apply}
        </Button>
      </div>
      {/* Why Áp dụng cannot be used here; or that Excel's Ctrl+Z will not undo it, Hoàn tác will. */}
      <Text block as="p" id={noteId} size={200}>
        {blockedReason ?? paneText.fixes.applyNote}
      </Text>
    </section>
  );
}
