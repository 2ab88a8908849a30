import mammoth from "mammoth";

/**
 * An element of mammoth's document model (mammoth/lib/documents.js), with the fields this reader uses.
 * mammoth publishes no types for it.
 */
export interface MammothElement {
  /** "document", "paragraph", "run", "text", "tab", "break", "hyperlink", "table", "tableRow", "tableCell"… */
  type: string;
  children?: MammothElement[];
  /** A text's characters. */
  value?: string;
  /** A break's kind: "line", "page" or "column". */
  breakType?: string;
  /** A paragraph's list level as mammoth reads it: null outside lists. */
  numbering?: { level: string; isOrdered: boolean } | null;
  /** A table cell's extent, merged cells included. */
  colSpan?: number;
  rowSpan?: number;
}

/**
 * The document's body as mammoth reads it: paragraphs with their runs, tables with their rows and
 * cells, tracked insertions in and deletions out; headers, footers, footnotes and comments are not
 * in it. Rejects when mammoth cannot read the file.
 */
export async function readMammothDocument(bytes: Uint8Array): Promise<MammothElement> {
  let body: MammothElement | undefined;
  // A copy of exactly the file's bytes: `bytes` may be a view into a larger buffer (a Node Buffer is).
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  // mammoth's Node build opens { buffer }, its browser build (webpack's "browser" field) { arrayBuffer };
  // both hand it to JSZip, which takes an ArrayBuffer.
  const input = { arrayBuffer: copy.buffer, buffer: copy.buffer };
  await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, {
    transformDocument(document: MammothElement) {
      body = document;
      // Only the model is wanted: mammoth then writes an empty page instead of the whole document.
      return { ...document, children: [] };
    },
  });
  if (!body) throw new Error("mammoth gave no document");
  return body;
}
