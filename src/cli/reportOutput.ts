import { stat } from "fs/promises";
import path from "path";
import { SheetDescription } from "../sheet/sheetDescription";
import { writeFileAtomic } from "./atomicWrite";
import { cliText } from "./cliText";
import { writeFailure } from "./writeFailure";

/** Where `phuluc report -o` writes the report sheets. */
export interface ReportOutput {
  file: string;
  /** Replace the file when it exists. */
  force: boolean;
}

/**
 * Why a command's workbook cannot go to OUT, known before any work: it is the file being read (by name
 * or as the same file under another name; `isInput` says so in the command's words), a folder, or a
 * file to keep without --force. Null when it can.
 */
export async function outputRefusal(
  output: ReportOutput,
  input: string,
  isInput: (file: string) => string
): Promise<string | null> {
  let existing;
  try {
    existing = await stat(output.file);
  } catch {
    // Nothing there (or nothing to be known yet): writing the file will say what is wrong, if anything.
    return null;
  }
  if (path.resolve(output.file) === path.resolve(input)) {
    return isInput(output.file);
  }
  try {
    const appendix = await stat(input);
    if (appendix.dev === existing.dev && appendix.ino === existing.ino) {
      return isInput(output.file);
    }
  } catch {
    // The appendix has gone meanwhile: nothing of it to protect.
  }
  if (existing.isDirectory()) {
    return cliText.cannotWrite(output.file, cliText.outputIsFolder(output.file));
  }
  return output.force ? null : cliText.exists(output.file);
}

/**
 * Writes the sheets to OUT whole or not at all (atomicWrite). Null when written, else the line to
 * say on stderr. The .xlsx writer is loaded only here.
 */
export async function writeReportSheets(
  output: ReportOutput,
  sheets: SheetDescription[]
): Promise<string | null> {
  const { writeSheets } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/writeSheet");
  const data = await writeSheets(sheets);
  try {
    await writeFileAtomic(output.file, data, output.force);
  } catch (error) {
    return writeFailure(output.file, error, cliText.outputIsFolder(output.file));
  }
  return null;
}
