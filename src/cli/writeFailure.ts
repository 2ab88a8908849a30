import { cliText } from "./cliText";

/** The file system's errors on writing, as an officer reads them. */
const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: cliText.noFolder,
  ENOTDIR: cliText.noFolder,
  EACCES: cliText.notWritable,
  EPERM: cliText.notWritable,
  EROFS: cliText.notWritable,
  ENOSPC: cliText.diskFull,
  EDQUOT: cliText.quotaFull,
  EBUSY: cliText.busy,
  ETXTBSY: cliText.busy,
  ENAMETOOLONG: cliText.nameTooLong,
};

/**
 * The line to print when writing FILE failed. Any error of the system (EIO on a failing disk…) is said
 * with its code; an error that is not the system's is a fault of the program and is thrown again.
 */
export function writeFailure(file: string, error: unknown, isFolder: string): string {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code === "EEXIST") return cliText.exists(file);
  const why =
    code === "EISDIR"
      ? isFolder
      : (WRITE_PROBLEMS[code] ?? (/^E[A-Z]+$/.test(code) ? cliText.systemError(code) : undefined));
  if (why === undefined) throw error;
  return cliText.cannotWrite(file, why);
}
