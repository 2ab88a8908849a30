import { childValue, firstChild, XmlElement } from "./xmlTree";

/** The numbering a paragraph style gives its paragraphs (<w:numPr> in the style's <w:pPr>). */
export interface StyleNumbering {
  numId?: string;
  ilvl?: string;
}

/** What word/styles.xml says about numbering. */
export interface WordStyles {
  /** The style of paragraphs that name none. */
  defaultParagraphStyle?: string;
  /** A paragraph style's numbering, inherited along w:basedOn. */
  paragraphNumbering(styleId: string | undefined): StyleNumbering;
  /** The numbering instance a numbering style (w:type="numbering") stands for. */
  numberingStyleNumId(styleId: string): string | undefined;
}

/** Word's styles are not inherited deeper than this; past it a w:basedOn loop is assumed. */
const MAX_INHERITANCE = 32;

export function readWordStyles(styles: XmlElement | null): WordStyles {
  const byId = new Map<string, XmlElement>();
  let defaultParagraphStyle: string | undefined;
  for (const style of styles?.children ?? []) {
    const id = style.attributes["w:styleId"];
    if (style.name !== "w:style" || id === undefined) continue;
    byId.set(`${style.attributes["w:type"]}/${id}`, style);
    if (style.attributes["w:type"] === "paragraph" && isOn(style.attributes["w:default"]))
      defaultParagraphStyle ??= id;
  }
  const numPr = (style: XmlElement) => {
    const properties = firstChild(style, "w:pPr");
    return properties && firstChild(properties, "w:numPr");
  };

  return {
    defaultParagraphStyle,
    paragraphNumbering(styleId) {
      const found: StyleNumbering = {};
      let style = styleId === undefined ? undefined : byId.get(`paragraph/${styleId}`);
      for (let depth = 0; style && depth < MAX_INHERITANCE; depth++) {
        const properties = numPr(style);
        found.numId ??= childValue(properties, "w:numId");
        found.ilvl ??= childValue(properties, "w:ilvl");
        const basedOn = childValue(style, "w:basedOn");
        style = basedOn === undefined ? undefined : byId.get(`paragraph/${basedOn}`);
      }
      return found;
    },
    numberingStyleNumId(styleId) {
      const style = byId.get(`numbering/${styleId}`);
      return style && childValue(numPr(style), "w:numId");
    },
  };
}

/** An on/off attribute: present and not "0", "false" or "off". */
function isOn(value: string | undefined): boolean {
  return value !== undefined && !["0", "false", "off"].includes(value);
}
