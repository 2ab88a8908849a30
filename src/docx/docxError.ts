/**
 * Why a file cannot be read as a Word document. The reader names the reason; the front ends say it in
 * Vietnamese.
 */
export type DocxProblem =
  | "not-docx" // not a zip at all, an old .doc, or a zip without a Word document in it
  | "damaged" // a zip or XML fault in what should be a .docx
  | "encrypted" // a password-protected document (an OLE container holding an EncryptedPackage)
  | "too-large"; // parts that would inflate past what a plan needs (a zip bomb, or no plan at all)

export class DocxError extends Error {
  constructor(
    readonly reason: DocxProblem,
    options?: { cause?: unknown }
  ) {
    super(reason, options);
    this.name = "DocxError";
  }
}
