import { readFile } from "fs/promises";
import path from "path";
import { readDelimited } from "../domain/delimitedText";
import { Grid } from "../domain/grid";
import { readAppendix, NoAppendixError } from "../domain/readAppendix";
import { Appendix } from "../domain/appendix";
import { readWorkbook, SheetGrid } from "../xlsx/readWorkbook";
import { cliText } from "./cliText";

/** A reason the input cannot be checked at all; the command line exits with 2 and says it. */
export class InputError extends Error {}

export interface LoadedSheet {
  sheet: string;
  grid: Grid;
  appendix: Appendix;
}

/** Reads FILE (.xlsx, .csv or .tsv) and finds the appendix on the named sheet, or on the first sheet that has one. */
export async function loadSheet(file: string, sheetName?: string): Promise<LoadedSheet> {
  const extension = path.extname(file).toLowerCase();
  if (![".xlsx", ".xlsm", ".csv", ".tsv", ".txt"].includes(extension)) {
    throw new InputError(cliText.unknownType(extension));
  }
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? cliText.missing
        : code === "EISDIR"
          ? cliText.isFolder
          : cliText.unreadable
    );
  }
  const sheets =
    extension === ".xlsx" || extension === ".xlsm"
      ? await workbookSheets(data)
      : [delimitedSheet(file, data)];
  const candidates = sheetName === undefined ? sheets : [namedSheet(sheets, sheetName)];
  for (const { name, grid } of candidates) {
    try {
      return { sheet: name, grid, appendix: readAppendix(grid) };
    } catch (error) {
      if (!(error instanceof NoAppendixError)) throw error;
    }
  }
  throw new InputError(
    sheetName === undefined ? cliText.noAppendix : cliText.noAppendixOn(sheetName)
  );
}

async function workbookSheets(data: Buffer): Promise<SheetGrid[]> {
  if (data.subarray(0, 2).toString("latin1") !== "PK") throw new InputError(cliText.notWorkbook);
  try {
    return await readWorkbook(data);
  } catch {
    // The library's own error (a zip or XML fault) means nothing to an officer; the file is damaged.
    throw new InputError(cliText.damaged);
  }
}

function delimitedSheet(file: string, data: Buffer): SheetGrid {
  const text = data.toString("utf8");
  const sample = text.slice(0, 65536);
  const count = (ch: string) => sample.split(ch).length;
  const separator = sample.includes("\t") ? "\t" : count(";") > count(",") ? ";" : ",";
  return { name: path.basename(file, path.extname(file)), grid: readDelimited(text, separator) };
}

function namedSheet(sheets: SheetGrid[], name: string): SheetGrid {
  const exact = sheets.find((sheet) => sheet.name === name);
  const loose = sheets.find(
    (sheet) => sheet.name.normalize("NFC").toLowerCase() === name.normalize("NFC").toLowerCase()
  );
  const found = exact ?? loose;
  if (!found)
    throw new InputError(
      cliText.noSheet(
        name,
        sheets.map((sheet) => sheet.name)
      )
    );
  return found;
}
