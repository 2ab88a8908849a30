import { useCallback, useMemo, useState } from "react";
import { Finding } from "../../domain/finding";
import {
  checkPastedText,
  CheckOutcome,
  markedFindings,
  SheetCheck,
} from "../../usecases/checkSheet";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";
import { describeError, useAction } from "../shared/useAction";

/** The table last checked: a sheet in Excel (by name), or pasted text (sheetName null). */
export interface CheckedTable {
  sheetName: string | null;
  outcome: CheckOutcome;
}

/** Checking a sheet or pasted text, the result the Check and Fix tabs share, and the cell marks. */
export function useCheck(actions: ExcelActions | null) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [checked, setChecked] = useState<CheckedTable | null>(null);
  const [highlight, setHighlight] = useState(false);
  const [pasted, setPastedText] = useState("");
  /** The pasted text is a table converted from the clipboard's HTML (htmlTable.ts), shown as a table. */
  const [pastedTable, setPastedTable] = useState(false);
  /** A check the user asked for came back and its result is not yet brought into view. */
  const [unseen, setUnseen] = useState(false);
  const seen = useCallback(() => setUnseen(false), []);

  /** Shows a new check of a sheet; with marks on, they move to the new findings. */
  const replace = async (next: SheetCheck) => {
    const previous = checked?.sheetName;
    setChecked(next);
    if (actions && highlight) {
      if (previous && previous !== next.sheetName) await actions.setHighlights(previous, [], false);
      const findings = next.outcome.kind === "checked" ? next.outcome.findings : [];
      await actions.setHighlights(next.sheetName, markedFindings(findings), true);
    }
  };

  const checkSheet = (sheetName?: string) =>
    run(async () => {
      if (!actions) return null;
      await replace(await actions.check(sheetName));
      setUnseen(true);
      return null;
    });

  /** Text typed or pasted into the box: its separator is found when checking. */
  const setPasted = useCallback((text: string) => {
    setPastedText(text);
    setPastedTable(false);
  }, []);

  /** A table pasted as HTML, converted to tab-separated text keeping bold and italic. */
  const pasteTable = useCallback((text: string) => {
    setPastedText(text);
    setPastedTable(true);
  }, []);

  const checkText = () =>
    run(async () => {
      if (pasted.trim() === "") {
        setChecked(null);
        return { intent: "info", text: paneText.check.pasteEmpty };
      }
      setChecked({
        sheetName: null,
        outcome: checkPastedText(pasted, pastedTable ? "\t" : undefined),
      });
      setUnseen(true);
      return null;
    });

  const selectFinding = (finding: Finding) =>
    run(async () => {
      if (actions && checked?.sheetName) await actions.selectCell(checked.sheetName, finding.cell);
      return null;
    });

  const toggleHighlight = (on: boolean) =>
    run(async () => {
      const sheetName = checked?.sheetName;
      if (!actions || !sheetName) return null;
      const findings = checked.outcome.kind === "checked" ? checked.outcome.findings : [];
      await actions.setHighlights(sheetName, markedFindings(findings), on);
      setHighlight(on);
      return null;
    });

  return {
    busy,
    status,
    checked,
    highlight,
    pasted,
    pastedTable,
    setPasted,
    pasteTable,
    /** Shows a pasted table as its text, to edit. */
    editPastedText: () => setPastedTable(false),
    unseen,
    seen,
    checkSheet,
    checkText,
    selectFinding,
    toggleHighlight,
    replace,
  };
}

export type CheckState = ReturnType<typeof useCheck>;
