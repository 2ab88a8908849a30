/**
 * Why a file cannot be read as a workbook. The reader names the reason and what was exceeded; the
 * front ends say it in Vietnamese.
 */
export type WorkbookProblem =
  | "not-a-workbook" // not a zip at all: an old .xls, or another file renamed
  | "encrypted" // a password-protected workbook (an OLE container holding an EncryptedPackage)
  | "damaged" // a zip or XML fault, or a part the workbook names that is not there
  | "too-large" // over a limit on uncompressed size, rows or cells
  | "unsupported"; // a zip feature an .xlsx never needs (another compression method, multi-disk)

export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    /** For "too-large": the limit that was reached. */
    readonly limit?: { what: "bytes" | "rows" | "cells"; value: number }
  ) {
    super(problem);
    this.name = "WorkbookError";
  }
}
