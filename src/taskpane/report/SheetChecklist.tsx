import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { consolidateText as text } from "./consolidateText";

const useStyles = makeStyles({
  // A native fieldset: the checkboxes cost the pane's bundle nothing.
  box: { margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: 600 },
  // Twenty departments' sheets scroll inside the list rather than push the button out of sight.
  list: {
    maxHeight: "240px",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minHeight: "28px",
    cursor: "pointer",
  },
  check: {
    margin: 0,
    flexShrink: 0,
    width: "16px",
    height: "16px",
    accentColor: tokens.colorCompoundBrandBackground,
  },
  name: { minWidth: 0, overflowWrap: "anywhere" },
});

interface SheetChecklistProps {
  names: readonly string[];
  chosen: ReadonlySet<string>;
  onToggle: (name: string, on: boolean) => void;
  disabled: boolean;
}

/** The workbook's sheets, each with a checkbox: those to sum up. */
export function SheetChecklist({ names, chosen, onToggle, disabled }: SheetChecklistProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.box} disabled={disabled}>
      <legend className={styles.legend}>{text.sheets}</legend>
      {names.length === 0 ? (
        <Text block>{text.noSheets}</Text>
      ) : (
        <div className={styles.list}>
          {names.map((name) => (
            <label key={name} className={styles.item}>
              <input
                type="checkbox"
                className={styles.check}
                checked={chosen.has(name)}
                onChange={(event) => onToggle(name, event.target.checked)}
              />
              <span className={styles.name}>{name}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
