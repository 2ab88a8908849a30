import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Dispatch, KeyboardEvent } from "react";
import { Finding } from "../../domain/finding";
import { paneText } from "../paneText";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    ...createFocusOutlineStyle(),
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: {},
  button: {
    cursor: "pointer",
    borderTop: "none",
    borderRight: "none",
    borderBottom: "none",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

interface FindingItemProps {
  finding: Finding;
  /** Selects the finding's cell; absent outside Excel, where the item can only take focus. */
  onSelect?: Dispatch<Finding>;
}

/** One finding: where it is (cell, TT), what is wrong, and the likely cause or what to do. */
export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const className = mergeClasses(styles.item, styles[finding.severity], onSelect && styles.button);
  const content = (
    <>
      <span className={styles.where}>
        {paneText.findings.cell(finding.cell)}
        {finding.number ? ` · ${paneText.findings.number(finding.number)}` : ""}
      </span>
      <span>{finding.message}</span>
      {finding.hint && <span className={styles.hint}>{finding.hint}</span>}
    </>
  );
  if (!onSelect) {
    return (
      <div className={className} tabIndex={0}>
        {content}
      </div>
    );
  }
  // A button clicks on Enter by itself; handling Enter here (and stopping the native click) makes it
  // one selection however the key arrives.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onSelect(finding);
  };
  return (
    <button
      type="button"
      className={className}
      onClick={() => onSelect(finding)}
      onKeyDown={onKeyDown}
    >
      {content}
    </button>
  );
}
