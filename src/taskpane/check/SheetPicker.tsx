import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { paneText } from "../paneText";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  // A long sheet name ("BC Quý I 2024 - bộ phận") widens a native select: it shrinks instead.
  select: { minWidth: 0 },
});

interface SheetPickerProps {
  names: string[];
  /** "" for the active sheet. */
  selected: string;
  onSelect: Dispatch<string>;
  onReload: () => void;
  /** While the workbook is being read: the list stays usable, reloading waits. */
  busy: boolean;
}

/** The sheet to check: the active one by default, or any sheet of the workbook. */
export function SheetPicker({ names, selected, onSelect, onReload, busy }: SheetPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={paneText.check.sheetLabel} className={styles.field}>
        <Select
          className={styles.select}
          value={selected}
          onChange={(_, data) => onSelect(data.value)}
        >
          <option value="">{paneText.check.activeSheet}</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        onClick={onReload}
        disabledFocusable={busy}
        aria-label={paneText.check.reloadSheetsLabel}
      >
        {paneText.check.reloadSheets}
      </Button>
    </div>
  );
}
