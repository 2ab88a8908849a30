import { BOLD, ITALIC } from "./formatFlags";
import { isOn } from "./ooxmlValues";
import { XmlVisitor } from "./xmlPart";

/**
 * The text of a shared or inline string: its `<t>`, or its runs' `<t>` joined, leaving out phonetic
 * hints (`<rPh>`); and whether every run is bold or italic.
 */
export class RichText implements XmlVisitor {
  value = "";
  private runs = 0;
  private allBold = true;
  private allItalic = true;
  private runBold = false;
  private runItalic = false;
  private inProperties = false;
  private inPhonetic = false;
  private capturing = false;

  reset(): void {
    this.value = "";
    this.runs = 0;
    this.allBold = this.allItalic = true;
    this.inProperties = this.inPhonetic = this.capturing = false;
  }

  open(name: string, attributes: Record<string, string>): void {
    if (this.inPhonetic) return;
    switch (name) {
      case "t":
        this.capturing = true;
        break;
      case "r":
        this.runs++;
        this.runBold = this.runItalic = false;
        break;
      case "rPr":
        this.inProperties = true;
        break;
      case "b":
        if (this.inProperties) this.runBold = isOn(attributes.val);
        break;
      case "i":
        if (this.inProperties) this.runItalic = isOn(attributes.val);
        break;
      case "rPh":
        this.inPhonetic = true;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case "t":
        this.capturing = false;
        break;
      case "r":
        if (this.inPhonetic) break;
        this.allBold &&= this.runBold;
        this.allItalic &&= this.runItalic;
        break;
      case "rPr":
        this.inProperties = false;
        break;
      case "rPh":
        this.inPhonetic = false;
        break;
    }
  }

  text(text: string): void {
    if (this.capturing && !this.inPhonetic) this.value += text;
  }

  /** BOLD and ITALIC when every run has them; 0 for a plain string. */
  flags(): number {
    if (this.runs === 0) return 0;
    return (this.allBold ? BOLD : 0) | (this.allItalic ? ITALIC : 0);
  }
}
