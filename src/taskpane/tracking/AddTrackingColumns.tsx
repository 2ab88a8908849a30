import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AddTrackingResult } from "../../usecases/addTrackingColumns";
import { ExcelActions } from "../host/excelActions";
import { trackingPaneText } from "./trackingText";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  // The box's items keep their own width; a long message takes the pane's and wraps.
  message: { alignSelf: "stretch" },
});

interface AddTrackingColumnsProps {
  actions: ExcelActions;
  /** The sheet whose appendix gets the columns; the active one when omitted. */
  sheetName?: string;
  /** Told when the columns were added, for a panel that reads them next. */
  onAdded?: (result: Extract<AddTrackingResult, { kind: "added" }>) => void;
}

type Outcome =
  { intent: "success" | "warning"; message: string } | { intent: "error"; message: string };

/**
 * "Thêm cột theo dõi": one button that adds the four tracking columns beside the appendix, and what
 * came of it: added (and whether the print area was set), refused with the reason (the table has
 * them already, the cells beside it hold data, no appendix), or Excel's error in Vietnamese.
 */
export function AddTrackingColumns({ actions, sheetName, onAdded }: AddTrackingColumnsProps) {
  const styles = useStyles();
  const titleId = useId("tracking-title");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const add = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await actions.addTrackingColumns(sheetName);
      setOutcome({
        intent: result.kind === "added" ? "success" : "warning",
        message: result.message,
      });
      if (result.kind === "added") onAdded?.(result);
    } catch (error) {
      setOutcome({ intent: "error", message: actions.errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.box} aria-labelledby={titleId}>
      <Text id={titleId} weight="semibold">
        {trackingPaneText.title}
      </Text>
      <Text block as="p" size={200}>
        {trackingPaneText.intro}
      </Text>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => void add()}>
        {busy ? trackingPaneText.adding : trackingPaneText.add}
      </Button>
      {outcome && (
        <MessageBar
          className={styles.message}
          intent={outcome.intent}
          politeness={outcome.intent === "error" ? "assertive" : "polite"}
        >
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
