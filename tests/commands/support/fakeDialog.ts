import {
  dialogMessage,
  DialogMessage,
  QuickCheckReport,
} from "../../../src/quickcheck/quickCheckReport";
import { readReportFragment, readReportMessage } from "../../../src/quickcheck/readReport";

/*
 * The dialog side of office.js for the ribbon command's tests: Office.context.ui.displayDialogAsync
 * and the Office.Dialog it hands back, recording what the command asks, with a stand-in for
 * quickcheck.html that behaves as the page does (src/quickcheck/index.tsx): it reads its report from
 * its address, or says "ready" and waits for messageChild, then the officer chooses Đóng.
 */

/** office.js's enumerations the command uses, with the values office.js gives them. */
export const OFFICE_ENUMS = {
  EventType: {
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
    DialogParentMessageReceived: "dialogParentMessageReceived",
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

/** An Office.Dialog: the handlers the command added, what it sent and whether it closed it. */
export class FakeDialog {
  private readonly handlers = new Map<string, Handler>();
  /** What the command sent with messageChild. */
  readonly sent: string[] = [];
  /** How many times the command called close(). */
  closed = 0;
  /** Undefined where the Excel has no DialogApi 1.2. */
  messageChild?: (message: string) => void;

  constructor(
    readonly url: string,
    readonly options: Office.DialogOptions | undefined,
    withMessageChild: boolean
  ) {
    if (withMessageChild) this.messageChild = (message) => void this.sent.push(message);
  }

  addEventHandler(eventType: string, handler: Handler): void {
    this.handlers.set(eventType, handler);
  }

  close(): void {
    this.closed++;
  }

  /** The page sends a message to the function file (messageParent). */
  fromPage(message: DialogMessage | string): void {
    const text = typeof message === "string" ? message : dialogMessage(message);
    this.handler(OFFICE_ENUMS.EventType.DialogMessageReceived)({
      message: text,
      origin: new URL(this.url).origin,
    });
  }

  /** The dialog ends by itself: 12006 when the officer closes it with its ×. */
  event(code: number): void {
    this.handler(OFFICE_ENUMS.EventType.DialogEventReceived)({ error: code });
  }

  /** The report the page shows: from its address, else from what the command sent. */
  report(): QuickCheckReport | null {
    const fromAddress = readReportFragment(new URL(this.url).hash);
    if (fromAddress) return fromAddress;
    const last = this.sent[this.sent.length - 1];
    return last === undefined ? null : readReportMessage(last);
  }

  private handler(eventType: string): Handler {
    const handler = this.handlers.get(eventType);
    if (!handler) throw new Error(`The command added no handler for ${eventType}`);
    return handler;
  }
}

/** What the stand-in page does once the dialog opens. */
export type PageScript = (dialog: FakeDialog) => void;

/** The page as quickcheck.html behaves: report from the address or asked for, then Đóng. */
export const officerReadsAndCloses: PageScript = (dialog) => {
  if (!readReportFragment(new URL(dialog.url).hash)) dialog.fromPage({ type: "ready" });
  dialog.fromPage({ type: "close" });
};

/** Office.context.ui of the function file. */
export class FakeDialogUi {
  readonly dialogs: FakeDialog[] = [];
  /** displayDialogAsync fails with this error instead of opening (12009: the officer chose Ignore). */
  failWith: { code: number; message: string } | null = null;
  /** Whether opened dialogs have messageChild (DialogApi 1.2). */
  messageChild = true;
  /** What the page does once open; null leaves the dialog open until the test acts. */
  page: PageScript | null = officerReadsAndCloses;
  private opened: (() => void)[] = [];

  displayDialogAsync(
    url: string,
    options: Office.DialogOptions | undefined,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void
  ): void {
    const answer = (result: object) => callback(result as Office.AsyncResult<Office.Dialog>);
    // office.js answers later, never inside the call.
    setImmediate(() => {
      if (this.failWith) {
        answer({ status: OFFICE_ENUMS.AsyncResultStatus.Failed, error: this.failWith });
        return;
      }
      const dialog = new FakeDialog(url, options, this.messageChild);
      this.dialogs.push(dialog);
      answer({ status: OFFICE_ENUMS.AsyncResultStatus.Succeeded, value: dialog });
      for (const resolve of this.opened.splice(0)) resolve();
      const page = this.page;
      if (page) setImmediate(() => page(dialog));
    });
  }

  /** Resolves once a dialog is open. */
  whenOpen(): Promise<FakeDialog> {
    if (this.dialogs.length > 0) return Promise.resolve(this.dialogs[this.dialogs.length - 1]);
    return new Promise((resolve) =>
      this.opened.push(() => resolve(this.dialogs[this.dialogs.length - 1]))
    );
  }
}
