import {
  Button,
  makeStyles,
  mergeClasses,
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
  // An amount, a number or a piece of a formula between commas never breaks across lines.
  unbroken: { whiteSpace: "nowrap" },
  empty: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  // The cell column stays narrow; the contents take the rest of the pane's width.
  table: { tableLayout: "auto" },
  address: { width: "4.5em", whiteSpace: "nowrap" },
});

/** A cell that holds only a number: an amount (12.900.000, 12,900,000, 12 900 000 đ, 12,9) or a TT (2,2,1). */
const NUMBER_ONLY = /^[-+−]?\d[\d.,\s]*(?:\s?(?:đồng|đ|vnđ|vnd)\.?)?$/iu;
/**
 * A number inside a text: digits with the dots or commas between them, or a space before a group of
 * three ("12 900 000"); the capture keeps it in split.
 */
const NUMBER_IN_TEXT = /(\d(?:[\d.,]|\s(?=\d{3}(?!\d)))*\d)/;

/** What the preview shows for a cell's text, before or after the fix. */
type Shown = { kind: "empty" } | { kind: "number" | "formula" | "text"; text: string };

function shownAs(text: string): Shown {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("=")) return { kind: "formula", text };
  if (NUMBER_ONLY.test(text.trim())) return { kind: "number", text };
  return { kind: "text", text };
}

/**
 * The pieces of a shown text, and whether each must stay on one line: a formula's pieces between its
 * commas (it wraps only after a comma), or a number inside a text (the rest wraps anywhere).
 */
function pieces(shown: Extract<Shown, { text: string }>): { text: string; unbroken: boolean }[] {
  if (shown.kind === "number") return [{ text: shown.text, unbroken: false }];
  if (shown.kind === "formula")
    return shown.text.split(",").map((part, i, parts) => ({
      text: i < parts.length - 1 ? `${part},` : part,
      unbroken: true,
    }));
  return shown.text
    .split(NUMBER_IN_TEXT)
    .map((part, i) => ({ text: part, unbroken: i % 2 === 1 }))
    .filter((piece) => piece.text !== "");
}

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
  const cell = (text: string) => {
    const shown = shownAs(text);
    return (
      <TableCell className={mergeClasses(styles.value, shown.kind === "number" && styles.unbroken)}>
        {shown.kind === "empty" ? (
          <span className={styles.empty}>{paneText.fixes.empty}</span>
        ) : (
          pieces(shown).map((piece, i) => (
            <Fragment key={i}>
              {/* After a formula's comma, a place to wrap (<wbr> adds no text). */}
              {i > 0 && shown.kind === "formula" && <wbr />}
              {piece.unbroken ? <span className={styles.unbroken}>{piece.text}</span> : piece.text}
            </Fragment>
          ))
        )}
      </TableCell>
    );
  };
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
                {cell(edit.before)}
                {cell(afterText(edit))}
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
