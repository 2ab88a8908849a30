import { useCallback, useRef, useState } from "react";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";

export type StatusIntent = "error" | "warning" | "success" | "info";

/** A message the pane shows in a MessageBar. */
export interface Status {
  intent: StatusIntent;
  text: string;
}

/** Vietnamese for an error: the Excel adapter's translation in Excel, the error's text elsewhere. */
export function describeError(actions: ExcelActions | null): (error: unknown) => string {
  if (actions) return (error) => actions.errorMessage(error);
  return (error) => paneText.unexpected(error instanceof Error ? error.message : String(error));
}

/**
 * Runs one user action at a time (a second one started meanwhile is ignored): busy while it runs, its
 * outcome as a status. An error is logged and shown, never dropped.
 */
export function useAction(describe: (error: unknown) => string) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async (task: () => Promise<Status | null>) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setStatus(null);
      try {
        setStatus(await task());
      } catch (error) {
        console.error(error);
        setStatus({ intent: "error", text: describe(error) });
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [describe]
  );
  return { busy, status, setStatus, run };
}
