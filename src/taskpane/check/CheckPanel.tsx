import { Button, makeStyles, Spinner, Switch, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { CheckResult } from "./CheckResult";
import { ExcelActions } from "../host/excelActions";
import { OutsideExcelNotice } from "../host/OutsideExcelNotice";
import { paneText } from "../paneText";
import { PasteBox } from "./PasteBox";
import { SheetPicker } from "./SheetPicker";
import { StatusBar } from "../shared/StatusBar";
import { describeError, useAction } from "../shared/useAction";
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
  /** For "Xuất kết quả ra trang tính"; null outside Excel. */
  actions?: ExcelActions | null;
}

/** "Kiểm tra": a sheet of the workbook in Excel, a pasted table elsewhere; then the findings. */
export function CheckPanel({ inExcel, check, sheets, actions = null }: CheckPanelProps) {
  const styles = useStyles();
  const sheetChecked = check.checked?.sheetName != null;
  const exporting = useAction(useMemo(() => describeError(actions), [actions]));
  const checkedSheet = check.checked?.sheetName ?? null;
  const outcome = check.checked?.outcome;
  const exportable = actions !== null && checkedSheet !== null && outcome?.kind === "checked";
  const busy = check.busy || exporting.busy;

  const exportFindings = () =>
    exporting.run(async () => {
      if (!exportable) return null;
      const written = await actions.exportFindings(checkedSheet, outcome.findings, new Date());
      // The new sheet is the active one now: the next Kiểm tra stays on the sheet just checked.
      sheets.setSelected(checkedSheet);
      void sheets.reload();
      return { intent: "success", text: paneText.check.exported(written, checkedSheet) };
    });
  return (
    <div className={styles.panel}>
      {inExcel ? (
        <>
          <SheetPicker
            names={sheets.names}
            selected={sheets.selected}
            onSelect={sheets.setSelected}
            onReload={() => void sheets.reload()}
            busy={sheets.busy || busy}
          />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => {
                exporting.setStatus(null);
                void check.checkSheet(sheets.selected || undefined);
              }}
            >
              {paneText.check.run}
            </Button>
            <Switch
              label={paneText.check.highlight}
              checked={check.highlight}
              disabled={!sheetChecked}
              onChange={(_, data) => void check.toggleHighlight(data.checked)}
            />
            <Button
              disabledFocusable={busy || !exportable}
              title={paneText.check.exportHint}
              onClick={() => void exportFindings()}
            >
              {paneText.check.export}
            </Button>
          </div>
        </>
      ) : (
        <>
          <OutsideExcelNotice />
          <PasteBox
            value={check.pasted}
            asTable={check.pastedTable}
            onChange={check.setPasted}
            onPasteTable={check.pasteTable}
            onEditText={check.editPastedText}
            onCheck={() => void check.checkText()}
            busy={check.busy}
          />
        </>
      )}
      {busy && <Spinner size="tiny" label={paneText.busy} />}
      {sheets.status?.text !== check.status?.text && <StatusBar status={sheets.status} />}
      <StatusBar status={check.status} />
      <StatusBar status={exporting.status} />
      {check.checked && (
        <CheckResult
          checked={check.checked}
          onSelect={inExcel ? check.selectFinding : undefined}
          reveal={check.unseen && !busy}
          onRevealed={check.seen}
        />
      )}
    </div>
  );
}
