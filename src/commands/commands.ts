import { supportsSet } from "../excel/apiSupport";
import { excelErrorMessage } from "../excel/excelErrorMessage";
import { excelSheets } from "../excel/excelSheets";
import { QuickCheckReport } from "../quickcheck/quickCheckReport";
import { quickCheck } from "../usecases/quickCheck";
import {
  DIALOG_CLOSED_BY_USER,
  DialogOutcome,
  failureReport,
  reportOf,
  showReport,
} from "./quickCheckDialog";

/*
 * The ribbon's function file (commands.html). office.js is loaded by the page before this bundle,
 * so Office.actions exists when the command is registered below.
 */

/** The start of every line the command writes to the console (F12 on the add-in). */
export const LOG_PREFIX = "Phụ lục — Kiểm tra nhanh: ";

/**
 * The "Kiểm tra nhanh" button: FunctionName "quickCheck" in manifest.xml. Checks the active sheet
 * (src/usecases/quickCheck.ts: marks its errors and warnings, selects the first error), then says what
 * it found in a dialog (./quickCheckDialog.ts), and completes once the dialog is closed.
 */
export async function quickCheckCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.onReady();
    const report = await checkActiveSheet();
    const outcome = await showReport(report, {
      ui: Office.context?.ui,
      supportsSet,
      base: location.href,
    });
    logOutcome(outcome);
  } catch (error) {
    // Only office.js itself can get here (onReady, displayDialogAsync throwing): the check's own
    // errors are the dialog's report.
    console.error(`${LOG_PREFIX}${excelErrorMessage(error)}`, error);
  } finally {
    // Always: otherwise Excel leaves the button busy.
    event.completed();
  }
}

/**
 * The quick check in one Excel.run, as the report the dialog shows. When Excel refuses, nothing was
 * written (the sheet is marked only once it is checked) or only the selection is missing; the report
 * says so in Vietnamese and the console keeps the whole error.
 */
async function checkActiveSheet(): Promise<QuickCheckReport> {
  try {
    return reportOf(await Excel.run((context) => quickCheck(context, excelSheets)));
  } catch (error) {
    const message = excelErrorMessage(error);
    console.error(`${LOG_PREFIX}${message}`, error);
    return failureReport(message);
  }
}

/** A dialog that could not be shown is worth a line in the console; the sheet's marks remain. */
function logOutcome(outcome: DialogOutcome): void {
  if (outcome.kind === "unsupported")
    console.info(`${LOG_PREFIX}Excel này không mở được hộp thoại (cần DialogApi 1.1).`);
  else if (outcome.kind === "not-opened")
    console.error(
      `${LOG_PREFIX}không mở được hộp thoại kết quả (mã ${outcome.code}: ${outcome.message}).`
    );
  else if (outcome.kind === "dismissed" && outcome.code !== DIALOG_CLOSED_BY_USER)
    console.error(`${LOG_PREFIX}hộp thoại kết quả bị đóng vì lỗi (mã ${outcome.code}).`);
}

Office.actions.associate("quickCheck", quickCheckCommand);
