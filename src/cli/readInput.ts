import { errorJson } from "./checkReport";
import { cliText } from "./cliText";
import { InputError } from "./inputError";
import { LoadedSheet, loadSheet } from "./loadSheet";
import { writeParts } from "./output";

/**
 * The appendix FILE holds, or null once the reason it cannot be read is said: on stderr, and with
 * --format json as JSON on stdout too, since scripts read stdout (the reason's code included).
 */
export async function readInput(
  file: string,
  sheet: string | undefined,
  json: boolean
): Promise<LoadedSheet | null> {
  try {
    return await loadSheet(file, sheet);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${cliText.cannotRead(file, error.message)}\n`);
    if (json) await writeParts(process.stdout, [errorJson(file, error)]);
    return null;
  }
}
