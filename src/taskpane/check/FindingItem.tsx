import {
  Button,
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
    // The focus ring (Fluent's outline, drawn by ::after) is placed around this box.
    position: "relative",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    // The severity bar on the left is a shadow, not a border: the focus style clears border colours.
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    ...createFocusOutlineStyle(),
  },
  error: { boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorStatusDangerBorder2}` },
  warning: {
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorStatusWarningBorder2}`,
  },
  info: {},
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  rows: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: { minWidth: "auto" },
  hint: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

interface FindingItemProps {
  /** One finding, or several saying the same thing on different rows (findingGroups.ts). */
  findings: readonly Finding[];
  /** Selects a finding's cell; absent outside Excel, where the item can only take focus. */
  onSelect?: Dispatch<Finding>;
}

/**
 * One entry of the findings: where it is (cell and TT, or the rows of identical findings), what is
 * wrong, and the likely cause or what to do. In Excel one finding is a button selecting its cell, and
 * identical findings are one entry whose rows are buttons; outside Excel the entry only takes focus.
 */
export function FindingItem({ findings, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const [first] = findings;
  const single = findings.length === 1;
  const className = mergeClasses(
    styles.item,
    styles[first.severity],
    onSelect && single && styles.button
  );
  const what = (
    <>
      <span>{first.message}</span>
      {first.hint && <span className={styles.hint}>{first.hint}</span>}
    </>
  );

  if (!single) {
    return (
      <div className={className} tabIndex={onSelect ? undefined : 0}>
        <span className={styles.rows}>
          {paneText.findings.rows(findings.length)}
          {onSelect
            ? findings.map((finding, index) => (
                <Button
                  key={`${finding.cell}-${index}`}
                  size="small"
                  className={styles.row}
                  aria-label={where(finding)}
                  title={where(finding)}
                  onClick={() => onSelect(finding)}
                  onKeyDown={enterSelects(finding, onSelect)}
                >
                  {finding.row}
                </Button>
              ))
            : ` ${findings.map((finding) => finding.row).join(", ")}`}
        </span>
        {what}
      </div>
    );
  }

  const content = (
    <>
      <span className={styles.where}>{where(first)}</span>
      {what}
    </>
  );
  if (!onSelect) {
    return (
      <div className={className} tabIndex={0}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={className}
      onClick={() => onSelect(first)}
      onKeyDown={enterSelects(first, onSelect)}
    >
      {content}
    </button>
  );
}

/** "Ô G7 · TT 1". */
function where(finding: Finding): string {
  const cell = paneText.findings.cell(finding.cell);
  return finding.number ? `${cell} · ${paneText.findings.number(finding.number)}` : cell;
}

/**
 * A button clicks on Enter by itself; handling Enter here (and stopping the native click) makes it
 * one selection however the key arrives.
 */
function enterSelects(finding: Finding, onSelect: Dispatch<Finding>) {
  return (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onSelect(finding);
  };
}
