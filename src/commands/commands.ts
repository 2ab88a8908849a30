import { NoAppendixError } from "../domain/readAppendix";
import { excelErrorMessage } from "../excel/excelErrorMessage";
import { excelSheets } from "../excel/excelSheets";
import { quickCheck } from "../usecases/quickCheck";

/*
 * The ribbon's function file (commands.html). office.js is loaded by the page before this bundle,
 * so Office.actions exists when the command is registered below.
 */

/** The "Kiểm tra nhanh" button: FunctionName "quickCheck" in manifest.xml. */
export async function quickCheckCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.onReady();
    await Excel.run((context) => quickCheck(context, excelSheets));
  } catch (error) {
    // A command has no pane to show this in; the console (F12 on the add-in) keeps the whole error.
    // When reading or checking failed, nothing was written: the sheet is marked only once it is checked.
    const message = error instanceof NoAppendixError ? error.message : excelErrorMessage(error);
    console.error(`Phụ lục — Kiểm tra nhanh: ${message}`, error);
  } finally {
    // Always: otherwise Excel leaves the button busy.
    event.completed();
  }
}

Office.actions.associate("quickCheck", quickCheckCommand);
