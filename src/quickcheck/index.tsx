import { createRoot } from "react-dom/client";
import { DialogState, QuickCheckDialog } from "./QuickCheckDialog";
import { dialogMessage, DialogMessage } from "./quickCheckReport";
import { readReportFragment, readReportMessage } from "./readReport";

/*
 * quickcheck.html: the dialog "Kiểm tra nhanh" opens (src/commands/quickCheckDialog.ts). Its report
 * comes in the address's fragment (Excel without DialogApi 1.2), or else from the function file by
 * Dialog.messageChild once this page says it is listening. A dialog may call only messageParent,
 * isSetSupported and addHandlerAsync (DialogParentMessageReceived) of office.js; it cannot close
 * itself: Đóng asks the function file to close it.
 */

/** How long Đóng waits for the function file to close the dialog before saying how to close it. */
const CLOSE_WAIT_MS = 2_000;
/** How long the page waits for the report from the function file before saying it did not come. */
const REPORT_WAIT_MS = 15_000;

/** The part of office.js a dialog uses. */
interface DialogUi {
  messageParent(message: string): void;
  addHandlerAsync(
    eventType: Office.EventType,
    handler: (arg: { message: string }) => void,
    callback?: (result: { status: Office.AsyncResultStatus }) => void
  ): void;
}

/** office.js's dialog side once it is ready; null outside Office (offline, a plain browser). */
async function officeUi(): Promise<DialogUi | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  await Office.onReady();
  const ui = Office.context?.ui as unknown as Partial<DialogUi> | undefined;
  return typeof ui?.messageParent === "function" ? (ui as DialogUi) : null;
}

async function main() {
  const container = document.getElementById("root");
  if (!container) throw new Error("#root is missing from quickcheck.html");
  const root = createRoot(container);
  const fromAddress = readReportFragment(window.location.hash);
  let state: DialogState = fromAddress
    ? { status: "ready", report: fromAddress }
    : { status: "waiting" };
  let closeFailed = false;

  let ui: DialogUi | null = null;
  try {
    ui = await officeUi();
  } catch (error) {
    console.error(error);
  }
  const send = (message: DialogMessage) => ui?.messageParent(dialogMessage(message));

  const onClose = () => {
    if (ui) send({ type: "close" });
    else window.close();
    // The function file closes the dialog at once; when it cannot (it has ended), say how to.
    window.setTimeout(() => {
      closeFailed = true;
      render();
    }, CLOSE_WAIT_MS);
  };
  const render = () =>
    root.render(<QuickCheckDialog state={state} onClose={onClose} closeFailed={closeFailed} />);
  const settle = (next: DialogState) => {
    state = next;
    render();
  };

  render();
  if (state.status === "ready") return;
  if (!ui) {
    settle({ status: "missing" });
    return;
  }
  const listening = ui;
  const timer = window.setTimeout(() => settle({ status: "missing" }), REPORT_WAIT_MS);
  listening.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg) => {
      const report = readReportMessage(arg.message);
      if (!report) return;
      window.clearTimeout(timer);
      settle({ status: "ready", report });
    },
    (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        window.clearTimeout(timer);
        settle({ status: "missing" });
      } else send({ type: "ready" });
    }
  );
}

main().catch((error) => console.error(error));
