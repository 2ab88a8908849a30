import { DocxError, DocxProblem } from "../../docx/docxError";
import { MAX_PLAN_FILE_MB } from "./importText";

/** A chosen file's text, or why it has none to give. */
export type PlanFileText =
  | { ok: true; text: string }
  /** "too-large": the file, over the pane's limit; "inflated": its parts, once unpacked (the reader's). */
  | { ok: false; problem: Exclude<DocxProblem, "too-large"> | "too-large" | "inflated" | "empty" };

const MAX_BYTES = MAX_PLAN_FILE_MB * 1024 * 1024;

/**
 * The text of a plan's .docx chosen in the pane. The Word reader is loaded as a chunk of its own when
 * a file is first chosen. A file over the size limit is not read at all; what is no .docx, damaged or
 * encrypted is said by the reader (DocxError); any other error is thrown.
 */
export async function planFileText(file: Blob): Promise<PlanFileText> {
  if (file.size > MAX_BYTES) return { ok: false, problem: "too-large" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { docxText } = await import(/* webpackChunkName: "docx-text" */ "../../docx/docxText");
  try {
    const text = await docxText(bytes);
    return text.trim() === "" ? { ok: false, problem: "empty" } : { ok: true, text };
  } catch (error) {
    if (error instanceof DocxError)
      return { ok: false, problem: error.reason === "too-large" ? "inflated" : error.reason };
    throw error;
  }
}
