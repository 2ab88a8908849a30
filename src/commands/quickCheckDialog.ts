import { Finding, SEVERITIES } from "../domain/finding";
import {
  MAX_PROBLEMS,
  QuickCheckReport,
  readDialogMessage,
  reportFragment,
  reportMessage,
  shorten,
} from "../quickcheck/quickCheckReport";
import { QuickCheckResult } from "../usecases/quickCheck";

/*
 * The dialog that tells the officer what "Kiểm tra nhanh" found (quickcheck.html, src/quickcheck),
 * opened from the ribbon's function file with Office.context.ui.displayDialogAsync:
 * - DialogApi 1.1 (Excel 2016 and later, Excel on the web) opens it; without it there is no dialog and
 *   the command does what it did before dialogs: marks and selection only.
 * - DialogApi 1.2 (Microsoft 365, Excel 2021 and later, Excel on the web) has Dialog.messageChild: the
 *   address carries nothing, the dialog says "ready" and the report is sent to it. Without it the
 *   report rides in the address's #fragment, which no browser sends to a server (reportFragment).
 * - The dialog cannot close itself: its Đóng button sends "close" and the command closes it. Office ends
 *   a function command's runtime when it calls event.completed(), so the command waits for the dialog
 *   to close (Đóng, its ×, Esc) before completing; Excel queues another click of the button until then.
 *   Office also ends the runtime five minutes after the click, after which Đóng could no longer close
 *   the dialog: the command closes it itself before that (DIALOG_LIFETIME_MS).
 */

/** The dialog page, beside the function file (commands.html) on the same origin, as Office requires. */
export const DIALOG_PAGE = "quickcheck.html";

/** The dialog's size in percent of the screen: about 550 × 460 pixels on a 1366 × 768 laptop. */
export const DIALOG_SIZE = { width: 40, height: 60 } as const;

/** How long the dialog may stay open: less than the five minutes Office gives a function command. */
export const DIALOG_LIFETIME_MS = 270_000;

/** DialogEventReceived's code when the dialog was closed with its × (or Esc). */
export const DIALOG_CLOSED_BY_USER = 12006;

/** The longest message the dialog shows of one problem or failure; the pane shows them whole. */
const MAX_MESSAGE = 400;

/** The report of a quick check that ran to its end. */
export function reportOf(result: QuickCheckResult): QuickCheckReport {
  if (result.noAppendix !== null)
    return { kind: "no-appendix", sheet: result.sheetName, reason: result.noAppendix };
  // Errors first, then warnings, then notes, each by position.
  const [errors, warnings, notes] = SEVERITIES.map((severity) =>
    result.findings.filter((finding) => finding.severity === severity)
  );
  const first: Finding[] = [...errors, ...warnings, ...notes].slice(0, MAX_PROBLEMS);
  return {
    kind: "checked",
    sheet: result.sheetName,
    errors: errors.length,
    warnings: warnings.length,
    notes: notes.length,
    problems: first.map(({ severity, cell, number, message }) => ({
      severity,
      cell,
      number,
      message: shorten(message, MAX_MESSAGE),
    })),
    selected: result.selected,
  };
}

/** The report of a quick check that failed: the Vietnamese message of what went wrong. */
export function failureReport(message: string): QuickCheckReport {
  return { kind: "failed", message: shorten(message, MAX_MESSAGE) };
}

/** How the dialog ended. */
export type DialogOutcome =
  /** The officer chose Đóng (or pressed Esc in the page). */
  | { kind: "closed" }
  /** The dialog was closed with its × (DialogEventReceived 12006), or failed once open (12002 …). */
  | { kind: "dismissed"; code: number }
  /** Still open after DIALOG_LIFETIME_MS: the command closed it. */
  | { kind: "expired" }
  /** This Excel has no DialogApi 1.1: no dialog. */
  | { kind: "unsupported" }
  /** displayDialogAsync failed (12009: the officer chose Ignore on Office on the web). */
  | { kind: "not-opened"; code: number; message: string };

/** The part of Office.context.ui that opens the dialog. */
export interface DialogOpener {
  displayDialogAsync(
    startAddress: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void
  ): void;
}

/** What showReport needs of Office: the function file's UI, its requirement sets and its address. */
export interface DialogHost {
  ui: DialogOpener | undefined;
  supportsSet(name: string, version: string): boolean;
  /** The function file's address (commands.html), which the dialog page's is made from. */
  base: string;
  /** DIALOG_LIFETIME_MS, unless a test says otherwise. */
  lifetimeMs?: number;
}

/** The dialog's address: the page beside the function file, with the report in its fragment or not. */
export function dialogUrl(base: string, fragment: string | null): string {
  const url = new URL(DIALOG_PAGE, base);
  url.search = "";
  url.hash = fragment ?? "";
  return url.href;
}

/**
 * Opens the report's dialog and resolves once it is closed, or at once when it cannot open. Never
 * rejects: a dialog that does not open leaves the sheet's marks and selection, which say enough.
 */
export function showReport(report: QuickCheckReport, host: DialogHost): Promise<DialogOutcome> {
  const { ui } = host;
  if (!ui || typeof ui.displayDialogAsync !== "function" || !host.supportsSet("DialogApi", "1.1"))
    return Promise.resolve({ kind: "unsupported" });
  const viaMessage = host.supportsSet("DialogApi", "1.2");
  const url = dialogUrl(host.base, viaMessage ? null : reportFragment(report));

  return new Promise<DialogOutcome>((resolve) => {
    const options: Office.DialogOptions = { ...DIALOG_SIZE, displayInIframe: true };
    ui.displayDialogAsync(url, options, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        resolve({ kind: "not-opened", code: result.error.code, message: result.error.message });
        return;
      }
      const dialog = result.value;
      let open = true;
      const end = (outcome: DialogOutcome, close: boolean) => {
        if (!open) return;
        open = false;
        clearTimeout(timer);
        if (close) dialog.close();
        resolve(outcome);
      };
      const timer = setTimeout(
        () => end({ kind: "expired" }, true),
        host.lifetimeMs ?? DIALOG_LIFETIME_MS
      );
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const message = "message" in arg ? readDialogMessage(String(arg.message)) : null;
        if (message?.type === "close") end({ kind: "closed" }, true);
        // The page found no report in its address and listens for it.
        else if (message?.type === "ready" && open && typeof dialog.messageChild === "function")
          dialog.messageChild(reportMessage(report));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = "error" in arg ? Number(arg.error) : 0;
        // 12006: closed by its ×; anything else (12002: the page did not load) leaves it to close.
        end({ kind: "dismissed", code }, code !== DIALOG_CLOSED_BY_USER);
      });
    });
  });
}
