import { XmlBytes } from "./xmlBytes";
import { escapeXml } from "./xmlMarkup";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Characters a cell holds at most, in Excel. */
const MAX_CELL_TEXT = 32767;

/**
 * The workbook's shared strings (xl/sharedStrings.xml, ECMA-376 Part 1 §18.4): each distinct text once,
 * cells naming it by index, as Excel saves text. A unit or a status repeated on thousands of rows is
 * written once.
 */
export class StringTable {
  private readonly indices = new Map<string, number>();
  private uses = 0;

  indexOf(whole: string): number {
    this.uses++;
    // Excel refuses a file holding a longer text (a cell read from a CSV can hold any length).
    const text = whole.length > MAX_CELL_TEXT ? `${whole.slice(0, MAX_CELL_TEXT - 1)}…` : whole;
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.indices.size;
      this.indices.set(text, index);
    }
    return index;
  }

  get size(): number {
    return this.indices.size;
  }

  /** Writes xl/sharedStrings.xml to `out`. */
  write(out: XmlBytes): void {
    out.text(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.indices.size}">`
    );
    for (const text of this.indices.keys()) {
      // Spaces at either end are kept only when the text says so.
      out.markup(/^\s|\s$/.test(text) ? '<si><t xml:space="preserve">' : "<si><t>");
      out.text(escapeXml(text)).markup("</t></si>");
    }
    out.markup("</sst>");
  }
}
