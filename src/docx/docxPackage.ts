import JSZip from "jszip";
import { holdsEncryptedPackage, isCompoundFile } from "../xlsx/compoundFile";
import { declaredSize } from "./declaredSize";
import { DocxError } from "./docxError";
import { firstChild, parseXml, XmlElement } from "./xmlTree";

/** The parts of a .docx that say how its paragraphs are numbered. */
export interface DocxParts {
  /** The main document (word/document.xml): its root is w:document. */
  document: XmlElement;
  numbering: XmlElement | null;
  styles: XmlElement | null;
}

/**
 * What a plan's package may inflate to: a hundred-page plan's document.xml is a few megabytes; its
 * pictures, which are not read, count too.
 */
const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

// Relationship types end so in Transitional and Strict Open XML alike.
const OFFICE_DOCUMENT = "/officeDocument";
const NUMBERING = "/numbering";
const STYLES = "/styles";

/**
 * Opens the package and reads the main document, numbering and styles parts, finding them as mammoth
 * does (by the package's relationships, else at their usual names) so that both read the same parts.
 * Throws DocxError: "not-docx" for what is no Word document, "encrypted" for a password-protected
 * one, "damaged" for a broken zip or XML.
 */
export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  if (isCompoundFile(bytes))
    throw new DocxError(holdsEncryptedPackage(bytes) ? "encrypted" : "not-docx");
  // Every zip, a .docx included, starts with a local file header "PK\x03\x04".
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError("not-docx");
  if ((declaredSize(bytes) ?? 0) > MAX_INFLATED_BYTES) throw new DocxError("too-large");
  const zip = await damagedOnError(() => JSZip.loadAsync(bytes));
  await checkPartSizes(zip);
  const read = (name: string) =>
    damagedOnError(async () => {
      const file = zip.file(name);
      return file ? parseXml(await file.async("uint8array")) : null;
    });

  const packageLinks = await read("_rels/.rels");
  const documentName = partName(zip, packageLinks, "", OFFICE_DOCUMENT, "word/document.xml");
  const document = await read(documentName);
  if (document?.name !== "w:document" || !firstChild(document, "w:body"))
    throw new DocxError("not-docx");

  const folder = documentName.slice(0, documentName.lastIndexOf("/") + 1);
  const documentLinks = await read(`${folder}_rels/${documentName.slice(folder.length)}.rels`);
  const related = (type: string, usual: string) =>
    read(partName(zip, documentLinks, folder, type, usual));
  return {
    document,
    numbering: await related(NUMBERING, "word/numbering.xml"),
    styles: await related(STYLES, "word/styles.xml"),
  };
}

/**
 * Every XML part inflated once, chunk by chunk, never past the size the package gives it. JSZip, and
 * mammoth through it, inflates a part whole before it compares its size: a part of a few kilobytes
 * that says it is small and inflates to gigabytes would fill the memory first. Pictures, which
 * neither reads, are left alone.
 */
async function checkPartSizes(zip: JSZip): Promise<void> {
  let left = MAX_INFLATED_BYTES;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/i.test(file.name)) continue;
    const limit = Math.min(declaredBytes(file) ?? left, left);
    left -= await inflatedBytes(file, limit);
  }
}

/** Bytes the part inflates to; rejects with DocxError "damaged" past `limit` or on a zip fault. */
function inflatedBytes(file: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let inflated = 0;
    const stream = (file as StreamingZipObject).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        inflated += chunk.length;
        if (inflated <= limit) return;
        stream.pause();
        reject(new DocxError("damaged"));
      })
      .on("error", (error) => reject(new DocxError("damaged", { cause: error })))
      .on("end", () => resolve(inflated))
      .resume();
  });
}

/**
 * JSZip's own streaming of an entry (ZipObject#internalStream in its documentation), which its type
 * declarations leave out.
 */
interface StreamingZipObject extends JSZip.JSZipObject {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** The size the package's central directory gives the entry, as JSZip read it (kept on `_data`). */
function declaredBytes(file: JSZip.JSZipObject): number | null {
  const size = (file as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === "number" ? size : null;
}

async function damagedOnError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new DocxError("damaged", { cause: error });
  }
}

/** The first target of a relationship of `type` that is in the package, else `usual`. */
function partName(
  zip: JSZip,
  relationships: XmlElement | null,
  folder: string,
  type: string,
  usual: string
): string {
  for (const link of relationships?.children ?? []) {
    const { Type: linkType, Target: target, TargetMode: mode } = link.attributes;
    if (link.name !== "relationships:Relationship" || mode === "External") continue;
    if (!linkType?.endsWith(type) || target === undefined) continue;
    const name = resolveTarget(folder, target);
    if (zip.file(name)) return name;
  }
  return usual;
}

/** A relationship target as a part name: relative to the source's folder, or absolute ("/…"). */
function resolveTarget(folder: string, target: string): string {
  const segments: string[] = [];
  const path = target.split("\\").join("/");
  for (const segment of (path.startsWith("/") ? path : folder + path).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}
