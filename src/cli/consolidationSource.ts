import path from "path";
import { SourceInput } from "../domain/consolidation/consolidation";
import { PeriodAsked, sourceFigures } from "../domain/consolidation/sourceFigures";
import { readTitleBlock } from "../domain/titleBlock";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { loadSheet } from "./loadSheet";

/** One source: its appendix summed up, or why it cannot be read (said on stderr as well). */
export async function readSource(file: string, period?: PeriodAsked): Promise<SourceInput> {
  try {
    const loaded = await loadSheet(file);
    const { appendix, grid } = loaded;
    const issuer = readTitleBlock(grid, appendix.headerRow - grid.firstRow).reference.issuer;
    return {
      file,
      sheet: loaded.sheet,
      unit: issuer ?? path.basename(file, path.extname(file)),
      figures: sourceFigures(appendix, period),
      year: appendix.planYear,
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.cannotRead(file, error.message)}\n`);
    return { file, message: error.message };
  }
}
