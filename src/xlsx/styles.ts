import { isBuiltInDateFormat, isDateFormat } from "../domain/excelDates";
import { BOLD, DATE, ITALIC } from "./formatFlags";
import { isOn } from "./ooxmlValues";
import { XmlVisitor } from "./xmlPart";

/** BOLD | ITALIC | DATE for each cell format (the `s` of a cell). */
export type Styles = Uint8Array;

/** Reads the styles part: number formats and fonts, then the cell formats that name them. */
export class StylesVisitor implements XmlVisitor {
  private readonly formats = new Map<number, string>();
  private readonly fonts: number[] = [];
  private readonly formatsAndFonts: [number, number][] = [];
  private section = "";
  private inFont = false;

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case "numFmts":
      case "fonts":
      case "cellXfs":
        this.section = name;
        break;
      case "numFmt":
        if (this.section === "numFmts")
          this.formats.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
        break;
      case "font":
        if (this.section === "fonts") {
          this.fonts.push(0);
          this.inFont = true;
        }
        break;
      case "b":
      case "i":
        if (this.inFont && isOn(attributes.val))
          this.fonts[this.fonts.length - 1] |= name === "b" ? BOLD : ITALIC;
        break;
      case "xf":
        if (this.section === "cellXfs")
          this.formatsAndFonts.push([
            Number(attributes.numFmtId ?? 0),
            Number(attributes.fontId ?? 0),
          ]);
        break;
    }
  }

  close(name: string): void {
    if (name === this.section) this.section = "";
    else if (name === "font") this.inFont = false;
  }

  text(): void {}

  result(): Styles {
    const styles = new Uint8Array(this.formatsAndFonts.length);
    const dates = new Map<number, boolean>();
    this.formatsAndFonts.forEach(([format, font], index) => {
      let date = dates.get(format);
      if (date === undefined) {
        const code = this.formats.get(format);
        date = code === undefined ? isBuiltInDateFormat(format) : isDateFormat(code);
        dates.set(format, date);
      }
      styles[index] = ((this.fonts[font] ?? 0) & (BOLD | ITALIC)) | (date ? DATE : 0);
    });
    return styles;
  }
}
