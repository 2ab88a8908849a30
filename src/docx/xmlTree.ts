import { SaxesParser, SaxesTagNS } from "saxes";
import { WORD_NAMESPACES } from "./wordNamespaces";

/**
 * An element of a Word part. Only what numbering needs is kept: names, attributes and child elements,
 * no text. Names carry the prefixes of WORD_NAMESPACES ("w:p", "w:val"); a name in another namespace
 * is "{uri}local", one in no namespace is its local name.
 */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
}

/** Where the namespace declarations (xmlns:w="…") are: not attributes the reader looks at. */
const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Word nests tables in tables, but not this deep: past it the file is crafted. */
const MAX_DEPTH = 512;

/**
 * The part's elements as a tree. mc:AlternateContent is replaced by what its mc:Fallback holds, as
 * mammoth does, so that both readers see the same paragraphs. Throws on malformed XML.
 */
export function parseXml(bytes: Uint8Array): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  parser.on("error", (error) => {
    // Word files sometimes use a prefix they never declare; mammoth's parser lets that pass.
    if (!error.message.includes("unbound namespace prefix")) throw error;
  });
  parser.on("opentag", (tag) => {
    if (open.length > MAX_DEPTH) throw new Error("XML nested too deep");
    const element: XmlElement = {
      name: nameOf(tag.uri, tag.local),
      attributes: attributesOf(tag),
      children: [],
    };
    open[open.length - 1].children.push(element);
    open.push(element);
  });
  parser.on("closetag", () => {
    const element = open.pop() as XmlElement;
    if (element.name !== "mc:AlternateContent") return;
    const siblings = open[open.length - 1].children;
    siblings.splice(
      siblings.length - 1,
      1,
      ...(firstChild(element, "mc:Fallback")?.children ?? [])
    );
  });
  parser.write(decode(bytes)).close();
  const documentElement = root.children[0];
  if (!documentElement) throw new Error("XML without an element");
  return documentElement;
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The w:val of the named child, as properties such as <w:numId w:val="3"/> give it. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return element && firstChild(element, name)?.attributes["w:val"];
}

function nameOf(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = WORD_NAMESPACES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === XMLNS) continue;
    attributes[nameOf(attribute.uri, attribute.local)] = attribute.value;
  }
  return attributes;
}

/** Parts are UTF-8 as Word writes them; the package format also allows UTF-16 with a byte order mark. */
function decode(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}
