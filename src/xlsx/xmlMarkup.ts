/**
 * XML built as a tree of elements, so that every text and attribute value is escaped where it goes in:
 * a chart's title or a sheet's name ("Ea H'Leo", "A & B") can never break the markup of a part.
 */

/** Markup already made by `element`, as opposed to a string, which is always text to escape. */
export interface Markup {
  readonly markup: string;
}

export type Attributes = Record<string, string | number | undefined>;

/** `<name attributes…>children…</name>`, or `<name …/>` without children; undefined attributes are left out. */
export function element(
  name: string,
  attributes: Attributes = {},
  children: readonly (Markup | string)[] = []
): Markup {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join("");
  if (children.length === 0) return { markup: `<${name}${attributeText}/>` };
  const inner = children.map((child) =>
    typeof child === "string" ? escapeXml(child) : child.markup
  );
  return { markup: `<${name}${attributeText}>${inner.join("")}</${name}>` };
}

/** An element holding one `val` attribute, DrawingML's way of giving a setting: <c:order val="0"/>. */
export function setting(name: string, value: string | number): Markup {
  return element(name, { val: value });
}

/** A whole part: the XML declaration, then the root element. */
export function xmlPart(root: Markup): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root.markup}`;
}

/** What text may hold that needs writing otherwise (tested first, so most text goes through as is). */
/* eslint-disable no-control-regex -- control characters are what these find */
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-f]{4}_/i;
const ESCAPED = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9a-f]{4}_)/gi;
/* eslint-enable no-control-regex */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Text with &, < and > written as entities, and the characters XML cannot hold (control characters,
 * which a damaged cell may carry) as OOXML's _xHHHH_, as is a carriage return, which XML would turn
 * into a line feed; an "_" that starts such a code in the text itself becomes _x005F_ so that it is
 * read back as written. Apostrophes stay as they are: 'Ea H''Leo'!$B$5 reads as Excel wrote it.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(
    ESCAPED,
    (character) =>
      ENTITIES[character] ??
      `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

/** An attribute value, in double quotes: escaped as text, with its quotes and line breaks as entities. */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
