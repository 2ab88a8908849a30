import { makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { FixPreview } from "./FixPreview";
import { FixProposal } from "./FixProposal";
import { UndoLastFix } from "./UndoLastFix";
import { paneText } from "../paneText";
import { StatusBar } from "../shared/StatusBar";
import { CheckedTable } from "../check/useCheck";
import { FixesState } from "./useFixes";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

interface FixesPanelProps {
  inExcel: boolean;
  checked: CheckedTable | null;
  fixes: FixesState;
}

/**
 * "Sửa": the fixes proposed for the checked table, each previewed before it is applied, and "Hoàn tác"
 * for the last one applied.
 */
export function FixesPanel({ inExcel, checked, fixes }: FixesPanelProps) {
  const styles = useStyles();
  const previewId = useId("fix-preview");
  let body;
  if (checked === null)
    body = <StatusBar status={{ intent: "info", text: paneText.fixes.notChecked }} />;
  else if (checked.outcome.kind === "no-appendix")
    body = <StatusBar status={{ intent: "warning", text: paneText.fixes.noAppendix }} />;
  else if (fixes.fixes.length === 0)
    body = <StatusBar status={{ intent: "success", text: paneText.fixes.none }} />;
  else {
    let blockedReason: string | null = null;
    if (!inExcel) blockedReason = paneText.fixes.applyOutside;
    else if (checked.sheetName === null) blockedReason = paneText.fixes.applyFromText;
    const { preview } = fixes;
    body = (
      <>
        <Text block as="p">
          {paneText.fixes.intro}
        </Text>
        <ul className={styles.list} aria-label={paneText.fixes.listLabel}>
          {fixes.fixes.map((fix) => (
            <li key={fix.kind}>
              <FixProposal
                fix={fix}
                open={preview?.kind === fix.kind}
                previewId={previewId}
                onToggle={() => fixes.setPreviewed(preview?.kind === fix.kind ? null : fix.kind)}
              />
            </li>
          ))}
        </ul>
        {preview && (
          <FixPreview
            id={previewId}
            fix={preview}
            blockedReason={blockedReason}
            busy={fixes.busy}
            onApply={() => void fixes.apply(preview)}
          />
        )}
      </>
    );
  }
  return (
    <div className={styles.panel}>
      <StatusBar status={fixes.status} />
      {inExcel && fixes.undoable && (
        <UndoLastFix undo={fixes.undoable} busy={fixes.busy} onUndo={() => void fixes.undo()} />
      )}
      {body}
    </div>
  );
}
