import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { AppendixPreview } from "../../usecases/createAppendix";
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
  // The title block as the sheet shows it: centred, the title bold, the reference line italic.
  lines: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground2,
    wordBreak: "break-word",
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS, wordBreak: "break-word" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface RebuildPreviewProps {
  preview: AppendixPreview;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const text = paneText.create.preview;

/**
 * What "Lập lại từ trang đang mở" would write, before anything is: the title and reference lines, what
 * is kept of the source's title block, and what differs from the source. Lập bảng writes it; Hủy drops it.
 */
export function RebuildPreview({ preview, busy, onConfirm, onCancel }: RebuildPreviewProps) {
  const styles = useStyles();
  const headingId = useId("rebuild-heading");
  const heading = useRef<HTMLHeadingElement>(null);
  const { changes, kept } = preview.differences;
  // A new preview (a first one, or one made again because the table changed) is read from its heading.
  useEffect(() => heading.current?.focus(), [preview]);
  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <Text block as="h3" weight="semibold" id={headingId} ref={heading} tabIndex={-1}>
        {text.heading(preview.sheetName)}
      </Text>
      <Text block as="p">
        {text.written}
      </Text>
      <div className={styles.lines}>
        <Text block weight="semibold">
          {preview.title}
        </Text>
        <Text block italic>
          {preview.reference}
        </Text>
      </div>
      {kept !== null && (
        <Text block as="p" size={200}>
          {kept}
        </Text>
      )}
      <Text block as="h4" weight="semibold">
        {text.differences}
      </Text>
      {changes.length === 0 ? (
        <Text block as="p">
          {text.none}
        </Text>
      ) : (
        <ul className={styles.list}>
          {changes.map((change, i) => (
            <li key={i} className={styles.item}>
              <Text>{change.text}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
          {text.confirm}
        </Button>
        <Button disabledFocusable={busy} onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </section>
  );
}
