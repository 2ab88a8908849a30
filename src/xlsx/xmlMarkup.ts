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
    .map(([key, value]) => ` ${key}="${escapeXml(String(value)).replace(/"/g, "&quot;")}"`)
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

/**
 * Text with &, < and > written as entities; an attribute value (always in double quotes here) has its
 * double quotes written so too. Apostrophes stay as they are: 'Ea H''Leo'!$B$5 reads as Excel wrote it.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
