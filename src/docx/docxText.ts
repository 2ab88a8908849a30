import { documentLines } from "./documentLines";
import { DocxError } from "./docxError";
import { readDocxParts } from "./docxPackage";
import { readListDefinitions } from "./listDefinitions";
import { readMammothDocument } from "./mammothDocument";
import { pairLabels } from "./pairLabels";
import { wordParagraphLabels } from "./wordParagraphLabels";
import { readWordStyles } from "./wordStyles";

/**
 * A Word document (.docx) as plain text, one line per paragraph in document order, with the numbers
 * and bullets Word shows before list paragraphs ("I.", "1.", "1.2.", "a)"; "- " for a bullet, "+ "
 * for a deeper one), which Word keeps out of the paragraph's text. A table row is one line, its cells
 * separated by tabs. Headers, footers, footnotes and comments are left out. The text is NFC.
 *
 * Throws DocxError: "not-docx", "encrypted" or "damaged".
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const parts = await readDocxParts(bytes);
  try {
    const styles = readWordStyles(parts.styles);
    const labels = wordParagraphLabels(
      parts.document,
      readListDefinitions(parts.numbering, styles),
      styles
    );
    const document = await readMammothDocument(bytes);
    return documentLines(document, pairLabels(document, labels)).join("\n").normalize("NFC");
  } catch (error) {
    // The parts read as XML: what fails now is the document's content.
    throw new DocxError("damaged", { cause: error });
  }
}
