import { CellStyle } from "../sheet/sheetDescription";
import { escapeAttribute, xmlPart } from "./xmlMarkup";

/*
 * The workbook's styles part (xl/styles.xml, ECMA-376 Part 1 §18.8): each distinct cell style becomes
 * one cell format (xf), its font, border and number format filed once. A cell names its format by
 * index, so that 200,000 cells of a dozen looks cost a dozen formats.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** What a font leaves unsaid, as the workbook's default font (font 0) says it. */
const DEFAULT_FONT = { name: "Calibri", size: 11 };
/** Number formats every spreadsheet knows by id (Part 1 §18.8.30); any other is declared from 164. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN_BORDER =
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>';
const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

/** Distinct markups, each with its index in the order first met. */
class Catalogue {
  private readonly indices = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    first.forEach((markup) => this.indexOf(markup));
  }
  indexOf(markup: string): number {
    let index = this.indices.get(markup);
    if (index === undefined) {
      index = this.indices.size;
      this.indices.set(markup, index);
    }
    return index;
  }
  get markups(): string[] {
    return [...this.indices.keys()];
  }
}

export class StyleSheet {
  private readonly fonts = new Catalogue([fontMarkup({})]);
  private readonly formats = new Map<string, number>();
  private readonly cellFormats = new Catalogue([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);

  /** The index of the cell format (xf) that shows a cell as `style` says: 0 for no style. */
  formatOf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const font = this.fonts.indexOf(fontMarkup(style));
    const border = style.border ? 1 : 0;
    const format = this.numberFormatId(style.numberFormat);
    const alignment = alignmentMarkup(style);
    const applied =
      (format > 0 ? ' applyNumberFormat="1"' : "") +
      (font > 0 ? ' applyFont="1"' : "") +
      (border > 0 ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "");
    const xf = `<xf numFmtId="${format}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"${applied}`;
    return this.cellFormats.indexOf(alignment ? `${xf}>${alignment}</xf>` : `${xf}/>`);
  }

  /** The styles part holding every format asked for so far. */
  xml(): string {
    const fonts = this.fonts.markups;
    const cellFormats = this.cellFormats.markups;
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`
    );
    return xmlPart({
      markup:
        `<styleSheet xmlns="${MAIN_NS}">` +
        (formats.length > 0
          ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>`
          : "") +
        `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
        '<fill><patternFill patternType="gray125"/></fill></fills>' +
        `<borders count="2">${NO_BORDER}${THIN_BORDER}</borders>` +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="${cellFormats.length}">${cellFormats.join("")}</cellXfs>` +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        "</styleSheet>",
    });
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }
}

/** CT_Font's children in the order Excel writes them; what the style leaves out is the default font's. */
function fontMarkup(style: CellStyle): string {
  return (
    "<font>" +
    (style.bold ? "<b/>" : "") +
    (style.italic ? "<i/>" : "") +
    `<sz val="${style.size ?? DEFAULT_FONT.size}"/>` +
    `<name val="${escapeAttribute(style.font ?? DEFAULT_FONT.name)}"/>` +
    "</font>"
  );
}

function alignmentMarkup(style: CellStyle): string {
  const attributes =
    (style.horizontal ? ` horizontal="${style.horizontal}"` : "") +
    (style.vertical ? ` vertical="${VERTICAL[style.vertical]}"` : "") +
    (style.wrap ? ' wrapText="1"' : "");
  return attributes ? `<alignment${attributes}/>` : "";
}
