import { readFile, stat } from "fs/promises";
import { cliText } from "./cliText";
import { InputError } from "./inputError";

/**
 * The bytes of an input file, or an InputError saying why not in Vietnamese: no such file, a folder,
 * a file that cannot be opened ("not-found": for a script, no file to read), or, given `maxBytes`, a
 * file larger than that ("too-large", known before anything is read).
 */
export async function readInputFile(file: string, maxBytes?: number): Promise<Buffer> {
  try {
    if (maxBytes !== undefined && (await stat(file)).size > maxBytes)
      throw new InputError("too-large", cliText.tooLarge({ what: "bytes", value: maxBytes }));
    return await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      "not-found",
      code === "ENOENT" || code === "ENOTDIR"
        ? cliText.missing
        : code === "EISDIR"
          ? cliText.isFolder
          : cliText.unreadable
    );
  }
}
