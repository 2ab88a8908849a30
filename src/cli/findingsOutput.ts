import { stat } from "fs/promises";
import path from "path";
import { Finding } from "../domain/finding";
import { findingColumns, findingsOrder, findingsSheet } from "../sheet/findingsSheet";
import { findingsText } from "../sheet/sheetText";
import { writeFileAtomic } from "./atomicWrite";
import { writeFailure } from "./writeFailure";
import { cliText } from "./cliText";
import { WORKBOOK_TYPES } from "./loadSheet";

/**
 * `phuluc check FILE --output RESULT.xlsx|RESULT.csv`: the findings written to a file as well as
 * printed. Loaded only when --output is given; the .xlsx writer only for an .xlsx.
 */

export type ResultFormat = "xlsx" | "csv";

export interface ResultOutput {
  file: string;
  format: ResultFormat;
  /** Replace RESULT when it exists. */
  force: boolean;
}

export interface CheckedFile {
  /** The file checked, as given. */
  file: string;
  /** The sheet checked, as the workbook names it. */
  sheet: string;
  findings: readonly Finding[];
  date: Date;
}

const BOM = "\uFEFF";
/** A field Excel would take for a formula when it opens the .csv: = + - @ first, or a tab or CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The findings as .csv: UTF-8 with a BOM (without it Excel reads the bytes as the machine's code page
 * and the Vietnamese comes out garbled), commas, every field in double quotes, CRLF line ends;
 * the header row, then one row per finding in the findings sheet's order. A field Excel would run
 * as a formula ("=…", "-…", "+…", "@…"; a TT such as "-1") gets a leading apostrophe and stays text.
 */
export function findingsCsv(findings: readonly Finding[]): string {
  const rows = [findingsText.headers, ...findingsOrder(findings).map(findingColumns)];
  return `${BOM}${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function csvField(text: string): string {
  const safe = text.length > 1 && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The bytes of RESULT. The .xlsx has the one sheet "Kết quả kiểm tra", naming the file checked. */
export async function resultBytes(format: ResultFormat, checked: CheckedFile): Promise<Uint8Array> {
  if (format === "csv") return Buffer.from(findingsCsv(checked.findings), "utf8");
  const workbook = WORKBOOK_TYPES.includes(path.extname(checked.file).toLowerCase());
  const { sheet } = findingsSheet({
    // A text file has no sheets: loadSheet names it after the file, which the title already gives.
    sheet: workbook ? checked.sheet : null,
    file: path.basename(checked.file),
    date: checked.date,
    findings: checked.findings,
    // The findings leave with this file, away from the file checked: a link into it would break.
    links: false,
  });
  const { writeSheets } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/writeSheet");
  return writeSheets([sheet]);
}

/**
 * Writes RESULT whole or not at all (atomicWrite), never over an existing file without --force and
 * never over the file checked; says on stderr what it did or why it could not. False when RESULT
 * was not written.
 */
export async function writeResult(output: ResultOutput, checked: CheckedFile): Promise<boolean> {
  const refused = await refusal(output, checked.file);
  if (refused !== null) {
    process.stderr.write(`${refused}\n`);
    return false;
  }
  const data = await resultBytes(output.format, checked);
  try {
    await writeFileAtomic(output.file, data, output.force);
  } catch (error) {
    process.stderr.write(
      `${writeFailure(output.file, error, cliText.resultIsFolder(output.file))}\n`
    );
    return false;
  }
  process.stderr.write(`${cliText.resultWritten(path.resolve(output.file))}\n`);
  return true;
}

/** Why RESULT cannot be written, known before writing: the file checked, a folder, a file to keep. */
async function refusal(output: ResultOutput, input: string): Promise<string | null> {
  let existing;
  try {
    existing = await stat(output.file);
  } catch {
    // Nothing there (or nothing to be known yet): writing the file will say what is wrong, if anything.
    return null;
  }
  if (path.resolve(output.file) === path.resolve(input)) return cliText.resultIsInput(output.file);
  try {
    // The same file under another name (a link, another spelling of the path).
    const checked = await stat(input);
    if (checked.dev === existing.dev && checked.ino === existing.ino) {
      return cliText.resultIsInput(output.file);
    }
  } catch {
    // The file checked has gone meanwhile: nothing of it to protect.
  }
  if (existing.isDirectory()) {
    return cliText.cannotWrite(output.file, cliText.resultIsFolder(output.file));
  }
  return output.force ? null : cliText.exists(output.file);
}
