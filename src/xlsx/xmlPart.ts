import { SaxesParser } from "saxes";
import { ByteBudget } from "./byteBudget";
import { WorkbookError } from "./workbookError";
import { ZipArchive, ZipEntry } from "./zipArchive";

/** What reads one part: told of each element and text as saxes parses them. */
export interface XmlVisitor {
  /** An element opens; `name` is without its namespace prefix. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** No workbook part nests deeper or has more attributes on one element; past them it is crafted. */
const MAX_DEPTH = 128;
const MAX_ATTRIBUTES = 512;

/** Hands `visitor` one part, inflated in chunks, decoded as a stream and parsed by saxes. */
export function readXmlPart(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: ByteBudget,
  visitor: XmlVisitor
): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  let depth = 0;
  let attributes = 0;
  // saxes gathers an element's attributes before it reports the element: count them one by one.
  parser.on("attribute", () => {
    if (++attributes > MAX_ATTRIBUTES) throw new WorkbookError("damaged");
  });
  parser.on("opentag", (tag) => {
    attributes = 0;
    if (++depth > MAX_DEPTH) throw new WorkbookError("damaged");
    visitor.open(localName(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag) => {
    depth--;
    visitor.close(localName(tag.name));
  });
  parser.on("text", (text) => visitor.text(text));
  parser.on("cdata", (text) => visitor.text(text));
  let decoder: TextDecoder | undefined;
  zip.read(entry, budget, (chunk) => {
    // Parts are UTF-8 as Excel writes them; the package format also allows UTF-16 with a BOM.
    decoder ??= new TextDecoder(
      chunk[0] === 0xff && chunk[1] === 0xfe
        ? "utf-16le"
        : chunk[0] === 0xfe && chunk[1] === 0xff
          ? "utf-16be"
          : "utf-8",
      { fatal: true }
    );
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  if (decoder) parser.write(decoder.decode());
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
