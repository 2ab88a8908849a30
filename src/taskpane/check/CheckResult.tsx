import {
  createFocusOutlineStyle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Dispatch } from "react";
import { Finding } from "../../domain/finding";
import { FindingList } from "./FindingList";
import { paneText } from "../paneText";
import { CheckedTable } from "./useCheck";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    position: "relative",
    margin: 0,
    // Scrolled to the top of the pane, the heading keeps a little room above it.
    scrollMarginTop: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    ...createFocusOutlineStyle(),
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface CheckResultProps {
  checked: CheckedTable;
  onSelect?: Dispatch<Finding>;
  /**
   * A check the user asked for has just come back: the heading is scrolled to the top of the pane and
   * takes the focus (a screen reader reads it out), then onRevealed is called. Not when the result is
   * shown again on returning to the tab.
   */
  reveal?: boolean;
  onRevealed?: () => void;
}

/** What the last check found, or why the table is not an appendix. */
export function CheckResult({ checked, onSelect, reveal = false, onRevealed }: CheckResultProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const { outcome, sheetName } = checked;

  useEffect(() => {
    const element = heading.current;
    if (!reveal || !element) return;
    element.focus({ preventScroll: true });
    // jsdom has no scrolling.
    element.scrollIntoView?.({ block: "start" });
    onRevealed?.();
  }, [reveal, checked, onRevealed]);

  return (
    <section className={styles.result}>
      <Text
        block
        as="h2"
        size={400}
        weight="semibold"
        className={styles.heading}
        ref={heading}
        tabIndex={-1}
      >
        {sheetName === null ? paneText.check.checkedText : paneText.check.checkedSheet(sheetName)}
      </Text>
      {sheetName === null && (
        <Text block as="p" size={200} className={styles.note}>
          {paneText.check.checkedTextNote}
        </Text>
      )}
      {outcome.kind === "no-appendix" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      ) : (
        <FindingList findings={outcome.findings} onSelect={onSelect} />
      )}
    </section>
  );
}
