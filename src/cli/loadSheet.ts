import path from "path";
import { Appendix } from "../domain/appendix";
import { encodingNotice } from "../domain/checks/fileEncoding";
import { readDelimited, separatorOf } from "../domain/delimitedText";
import { Finding } from "../domain/finding";
import { Grid } from "../domain/grid";
import { findAppendix } from "../domain/readAppendix";
import type { Workbook } from "../xlsx/readWorkbook";
import { sameSheetName } from "../sheet/sheetNames";
import { WorkbookError } from "../xlsx/workbookError";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { readInputFile } from "./inputFile";

export { InputError } from "./inputError";

export interface LoadedSheet {
  sheet: string;
  grid: Grid;
  appendix: Appendix;
  /** What is worth saying about the file itself (an encoding that had to be guessed), at A1. */
  notices: Finding[];
  /** The workbook's sheets in tab order (a text file's one "sheet" is named after the file). */
  sheetNames: string[];
  /**
   * Another sheet of the workbook (the report's settings sheet), read when asked for; null when the
   * file has no sheet by that name. Throws InputError when the sheet cannot be read.
   */
  otherSheet(name: string): Grid | null;
}

/** The extensions read as workbooks; the others as text tables. */
export const WORKBOOK_TYPES = [".xlsx", ".xlsm"];
const TEXT_TYPES = [".csv", ".tsv", ".txt"];
/** A text file is read into one string: stay well below what a JavaScript string can hold. */
const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * Reads FILE (.xlsx, .csv, .tsv or .txt) and finds the appendix on the named sheet, or on the first
 * visible sheet that has one. Throws InputError when it cannot.
 */
export async function loadSheet(file: string, sheetName?: string): Promise<LoadedSheet> {
  const extension = path.extname(file).toLowerCase();
  const workbook = WORKBOOK_TYPES.includes(extension);
  if (!workbook && !TEXT_TYPES.includes(extension)) {
    throw new InputError("unsupported", cliText.unknownType(extension));
  }
  const data = await readInputFile(file);
  // The workbook reader and the text decoder are loaded only for the files that need them.
  if (workbook) {
    const { openWorkbook } = await import(
      /* webpackChunkName: "xlsx-reader" */ "../xlsx/readWorkbook"
    );
    return explained(() => {
      const opened = openWorkbook(data);
      const sheetNames = opened.sheets.map(({ name }) => name);
      const otherSheet = (name: string) => {
        const found = sheetNames.find((other) => sameSheetName(other, name));
        return found === undefined ? null : explained(() => opened.readSheet(found));
      };
      return { ...chooseSheet(opened, sheetName), notices: [], sheetNames, otherSheet };
    });
  }
  if (data.length > MAX_TEXT_BYTES) {
    throw new InputError("too-large", cliText.tooLarge({ what: "bytes", value: MAX_TEXT_BYTES }));
  }
  const { decodeText } = await import(/* webpackChunkName: "text-decoding" */ "./textDecoding");
  const decoded = await decodeText(data);
  const name = path.basename(file, path.extname(file));
  if (sheetName !== undefined && !sameSheetName(sheetName, name)) {
    throw new InputError("no-sheet", cliText.noSheet(sheetName, [name]));
  }
  const notices: Finding[] = [];
  if (decoded.guessed) notices.push(encodingNotice(decoded.encoding));
  return {
    ...appendixOn(name, delimitedGrid(decoded.text), sheetName),
    notices,
    sheetNames: [name],
    otherSheet: () => null,
  };
}

type ChosenSheet = Pick<LoadedSheet, "sheet" | "grid" | "appendix">;

/**
 * The sheet to check: the one named (hidden or not), or else the first visible sheet holding an
 * appendix. Sheets are read one at a time, and none after the one chosen.
 */
export function chooseSheet(workbook: Workbook, sheetName?: string): ChosenSheet {
  if (sheetName !== undefined) {
    const sheet =
      workbook.sheets.find(({ name }) => name === sheetName) ??
      workbook.sheets.find(({ name }) => sameSheetName(name, sheetName));
    if (!sheet) {
      throw new InputError(
        "no-sheet",
        cliText.noSheet(
          sheetName,
          workbook.sheets.map(({ name }) => name)
        )
      );
    }
    return appendixOn(sheet.name, workbook.readSheet(sheet.name), sheetName);
  }
  for (const { name, hidden } of workbook.sheets) {
    if (hidden) continue;
    const grid = workbook.readSheet(name);
    const appendix = appendixOf(grid);
    if (appendix) return { sheet: name, grid, appendix };
  }
  const hidden = workbook.sheets.filter((sheet) => sheet.hidden).map(({ name }) => name);
  throw new InputError(
    "no-appendix",
    hidden.length > 0 ? cliText.noAppendixVisible(hidden) : cliText.noAppendix
  );
}

function appendixOn(sheet: string, grid: Grid, sheetName: string | undefined): ChosenSheet {
  const appendix = appendixOf(grid);
  if (appendix) return { sheet, grid, appendix };
  throw new InputError(
    "no-appendix",
    sheetName === undefined ? cliText.noAppendix : cliText.noAppendixOn(sheet)
  );
}

function appendixOf(grid: Grid): Appendix | null {
  const result = findAppendix(grid);
  return result.found ? result.appendix : null;
}

/** The reader's reasons, said in Vietnamese with the code scripts see. */
function explained<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    switch (error.problem) {
      case "not-a-workbook":
        throw new InputError("not-a-workbook", cliText.notWorkbook);
      case "encrypted":
        throw new InputError("encrypted", cliText.encrypted);
      case "too-large":
        throw new InputError("too-large", cliText.tooLarge(error.limit));
      case "unsupported":
        throw new InputError("unsupported", cliText.unsupportedWorkbook);
      default:
        throw new InputError("damaged", cliText.damaged);
    }
  }
}

function delimitedGrid(text: string): Grid {
  return readDelimited(text, separatorOf(text));
}
