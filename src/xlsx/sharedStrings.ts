import { unescapeText } from "./ooxmlValues";
import { RichText } from "./richText";
import { XmlVisitor } from "./xmlPart";

/** The strings of the shared strings part, which cells of type "s" name by index. */
export interface SharedStrings {
  readonly strings: string[];
  /** BOLD | ITALIC of each string, for rich text whose every run has them. */
  readonly flags: number[];
}

/** Reads the shared strings part: each `<si>` item. */
export class SharedStringsVisitor implements XmlVisitor, SharedStrings {
  readonly strings: string[] = [];
  readonly flags: number[] = [];
  private readonly item = new RichText();
  private inItem = false;

  open(name: string, attributes: Record<string, string>): void {
    if (this.inItem) this.item.open(name, attributes);
    else if (name === "si") {
      this.inItem = true;
      this.item.reset();
    }
  }

  close(name: string): void {
    if (!this.inItem) return;
    if (name === "si") {
      this.inItem = false;
      this.strings.push(unescapeText(this.item.value));
      this.flags.push(this.item.flags());
    } else this.item.close(name);
  }

  text(text: string): void {
    if (this.inItem) this.item.text(text);
  }
}
