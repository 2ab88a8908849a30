import { Button, makeStyles, Spinner, Switch, tokens } from "@fluentui/react-components";
import { CheckResult } from "./CheckResult";
import { OutsideExcelNotice } from "./OutsideExcelNotice";
import { paneText } from "./paneText";
import { PasteBox } from "./PasteBox";
import { SheetPicker } from "./SheetPicker";
import { StatusBar } from "./StatusBar";
import { CheckState } from "./useCheck";
import { SheetNamesState } from "./useSheetNames";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
});

interface CheckPanelProps {
  inExcel: boolean;
  check: CheckState;
  sheets: SheetNamesState;
}

/** "Kiểm tra": a sheet of the workbook in Excel, a pasted table elsewhere; then the findings. */
export function CheckPanel({ inExcel, check, sheets }: CheckPanelProps) {
  const styles = useStyles();
  const sheetChecked = check.checked?.sheetName != null;
  return (
    <div className={styles.panel}>
      {inExcel ? (
        <>
          <SheetPicker
            names={sheets.names}
            selected={sheets.selected}
            onSelect={sheets.setSelected}
            onReload={() => void sheets.reload()}
            busy={sheets.busy || check.busy}
          />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabledFocusable={check.busy}
              onClick={() => void check.checkSheet(sheets.selected || undefined)}
            >
              {paneText.check.run}
            </Button>
            <Switch
              label={paneText.check.highlight}
              checked={check.highlight}
              disabled={!sheetChecked}
              onChange={(_, data) => void check.toggleHighlight(data.checked)}
            />
          </div>
        </>
      ) : (
        <>
          <OutsideExcelNotice />
          <PasteBox
            value={check.pasted}
            onChange={check.setPasted}
            onCheck={() => void check.checkText()}
            busy={check.busy}
          />
        </>
      )}
      {check.busy && <Spinner size="tiny" label={paneText.busy} />}
      {sheets.status?.text !== check.status?.text && <StatusBar status={sheets.status} />}
      <StatusBar status={check.status} />
      {check.checked && (
        <CheckResult checked={check.checked} onSelect={inExcel ? check.selectFinding : undefined} />
      )}
    </div>
  );
}
