import path from "path";
import { importPlanText } from "../domain/planText/importPlanText";
import { detectLegacyEncoding } from "../domain/planText/legacyEncodings";
import { ImportedRow, PlanImport } from "../domain/planText/planImport";
import { appendixWorkbook } from "../usecases/createAppendix";
import { importedAppendix } from "../usecases/importPlan";
import { writeSheets } from "../xlsx/writeSheet";
import { writeFileAtomic } from "./atomicWrite";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { readInputFile } from "./inputFile";
import { writeParts } from "./output";
import { outputRefusal, ReportOutput } from "./reportOutput";
import { decodeText } from "./textDecoding";
import { writeFailure } from "./writeFailure";

/** The options of `phuluc import`, as main.ts reads them. */
export interface ImportOptions {
  file: string;
  year?: string;
  /** Keep the text's letters a), b) as the tasks' TT. */
  letters: boolean;
  format: "text" | "json";
  output?: ReportOutput;
}

const EXIT_DONE = 0;
const EXIT_NO_TASKS = 1;
const EXIT_FAILED = 2;
/** A plan of a hundred pages is well under a megabyte of text; a .docx with pictures, a few more. */
const MAX_BYTES = 64 * 1024 * 1024;
const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const;

/**
 * `phuluc import`: a plan's text (.txt or .docx) read into the appendix's rows, printed (or as JSON),
 * and with -o written as a new appendix workbook. The plan's file is only read. Loaded only for this
 * command: it brings the importer, the .docx reader (for a .docx) and the workbook writer.
 */
export async function importCommand(options: ImportOptions): Promise<number> {
  const extension = path.extname(options.file).toLowerCase();
  if (extension !== ".txt" && extension !== ".docx") {
    process.stderr.write(
      `${cliText.cannotRead(options.file, cliText.import.unknownType(extension))}\n`
    );
    return EXIT_FAILED;
  }
  if (options.output !== undefined) {
    // Said before any work; the plan's own file is never the one written.
    const refused = await outputRefusal(options.output, options.file, cliText.import.outputIsInput);
    if (refused !== null) {
      process.stderr.write(`${refused}\n`);
      return EXIT_FAILED;
    }
  }
  const text = await planText(options.file, extension);
  if (typeof text !== "string") {
    process.stderr.write(`${cliText.cannotRead(options.file, text.problem)}\n`);
    return EXIT_FAILED;
  }
  const imported = importPlanText(text, { keepLetters: options.letters });
  if (imported.convertedFrom !== null)
    process.stderr.write(`${cliText.import.converted(ENCODING_NAMES[imported.convertedFrom])}\n`);
  if (imported.rows.length === 0) {
    process.stderr.write(`${cliText.import.noTasks(options.file)}\n`);
    if (options.format === "json") await writeParts(process.stdout, [importJson(imported)]);
    return EXIT_NO_TASKS;
  }
  if (options.output !== undefined) {
    const failed = await writeAppendix(imported, options);
    if (failed !== null) {
      process.stderr.write(`${failed}\n`);
      return EXIT_FAILED;
    }
  }
  await writeParts(
    process.stdout,
    options.format === "json" ? [importJson(imported)] : importText(imported)
  );
  return EXIT_DONE;
}

/** The file's text, or why it cannot be read. */
async function planText(file: string, extension: string): Promise<string | { problem: string }> {
  let data: Buffer;
  try {
    data = await readInputFile(file, MAX_BYTES);
  } catch (error) {
    if (error instanceof InputError) return { problem: error.message };
    throw error;
  }
  if (extension === ".txt") return await decodedPlan(data);
  const { docxText } = await import(/* webpackChunkName: "docx-text" */ "../docx/docxText");
  const { DocxError } = await import(/* webpackChunkName: "docx-text" */ "../docx/docxError");
  try {
    return await docxText(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  } catch (error) {
    if (error instanceof DocxError) return { problem: cliText.import.docx[error.reason] };
    throw error;
  }
}

/**
 * A .txt's text. A file that is neither UTF-8 nor UTF-16 is read in a code page; one typed with an
 * old Vietnamese font (TCVN3, VNI) holds that font's bytes, which the importer converts from their
 * Latin-1 characters: such a file is read byte for byte.
 */
async function decodedPlan(data: Buffer): Promise<string> {
  const decoded = await decodeText(data);
  if (!decoded.guessed || decoded.encoding.startsWith("UTF")) return decoded.text;
  const bytes = data.toString("latin1");
  return detectLegacyEncoding(bytes) === null ? decoded.text : bytes;
}

/** Exactly {"rows": [...], "unused": [...]}: the contract scripts read. */
function importJson(imported: PlanImport): string {
  const rows = imported.rows.map(({ number, task, lead, partners, product, schedule, amount }) => ({
    number,
    task,
    lead,
    partners,
    product,
    schedule,
    amount,
  }));
  return `${JSON.stringify({ rows, unused: imported.unused.map((line) => line.text) })}\n`;
}

function importText(imported: PlanImport): string[] {
  const sections = imported.rows.filter((row) => row.section).length;
  const lines = [
    cliText.import.counts(sections, imported.rows.length - sections, imported.unused.length),
    "",
    ...imported.rows.map((row) => cliText.import.row(row.number, row.task, fieldsOf(row))),
  ];
  if (imported.unused.length > 0)
    lines.push(
      "",
      cliText.import.unusedHeading,
      ...imported.unused.map((line) => cliText.import.unusedLine(line.line, line.text))
    );
  return lines.map((line) => `${line}\n`);
}

function fieldsOf(row: ImportedRow): string[] {
  const names = cliText.import.field;
  const fields: string[] = [];
  for (const field of ["lead", "partners", "product", "schedule"] as const)
    if (row[field] !== "") fields.push(`${names[field]}: ${row[field].replace(/\n/g, "; ")}`);
  if (row.amount !== null) fields.push(`${names.amount}: ${row.amount}`);
  return fields;
}

/** The appendix workbook of the rows, written whole or not at all; null when written, else why not. */
async function writeAppendix(imported: PlanImport, options: ImportOptions): Promise<string | null> {
  const output = options.output as NonNullable<ImportOptions["output"]>;
  const made = importedAppendix(imported.rows, imported.heading, {
    year: options.year,
    reference: {},
  });
  if (made === null) return cliText.import.noTasks(options.file);
  const errors = made.findings.filter((finding) => finding.severity === "error").length;
  const warnings = made.findings.filter((finding) => finding.severity === "warning").length;
  if (errors + warnings > 0) process.stderr.write(`${cliText.import.findings(errors, warnings)}\n`);
  const workbook = appendixWorkbook(made.plan);
  try {
    await writeFileAtomic(output.file, await writeSheets(workbook.sheets), output.force);
  } catch (error) {
    return writeFailure(output.file, error, cliText.outputIsFolder(output.file));
  }
  const written = cliText.written(
    path.resolve(output.file),
    workbook.sheets.map((sheet) => sheet.name)
  );
  process.stderr.write(`${written}\n`);
  return null;
}
