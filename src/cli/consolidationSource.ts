import path from "path";
import { SourceInput } from "../domain/consolidation/consolidation";
import { PeriodAsked } from "../domain/consolidation/sourceFigures";
import { tableSource } from "../domain/consolidation/tableSource";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { loadSheet } from "./loadSheet";

/** One source: its appendix summed up, or why it cannot be read (said on stderr as well). */
export async function readSource(file: string, period?: PeriodAsked): Promise<SourceInput> {
  try {
    const loaded = await loadSheet(file);
    return tableSource(
      { file, sheet: loaded.sheet, grid: loaded.grid, appendix: loaded.appendix },
      path.basename(file, path.extname(file)),
      period
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.cannotRead(file, error.message)}\n`);
    return { file, message: error.message };
  }
}
