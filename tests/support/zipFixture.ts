import { strToU8, zipSync, Zippable } from "fflate";

/** Parts of a zip in the order they are written: name → content. */
export type Parts = [name: string, content: string | Uint8Array][];

/** A zip holding `parts` in the order given, deflated (or stored with `level` 0). */
export function zipParts(parts: Parts, level: 0 | 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of parts) {
    if (name in files) throw new Error(`part ${name} given twice`);
    files[name] = [typeof content === "string" ? strToU8(content) : content, { level }];
  }
  return zipSync(files);
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;

function view(zip: Uint8Array): DataView {
  return new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
}

/** Where the End Of Central Directory record starts (zips written here have no comment). */
export function endOfCentralDirectory(zip: Uint8Array): number {
  const at = zip.length - 22;
  if (view(zip).getUint32(at, true) !== END) throw new Error("no End Of Central Directory");
  return at;
}

/** Each entry of the central directory: its name and where its header starts. */
export function centralEntries(zip: Uint8Array): { name: string; at: number }[] {
  const data = view(zip);
  const end = endOfCentralDirectory(zip);
  const entries: { name: string; at: number }[] = [];
  let at = data.getUint32(end + 16, true);
  for (let n = data.getUint16(end + 10, true); n > 0; n--) {
    if (data.getUint32(at, true) !== CENTRAL) throw new Error("not a central directory entry");
    const nameLength = data.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, at });
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  return entries;
}

export interface EntryPatch {
  flags?: number;
  method?: number;
  crc?: number;
  compressedSize?: number;
  size?: number;
}

/** A copy of `zip` whose central directory says other things of the entry `name`. */
export function patchEntry(zip: Uint8Array, name: string, patch: EntryPatch): Uint8Array {
  const copy = zip.slice();
  const entry = centralEntries(copy).find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  const data = view(copy);
  if (patch.flags !== undefined) data.setUint16(entry.at + 8, patch.flags, true);
  if (patch.method !== undefined) data.setUint16(entry.at + 10, patch.method, true);
  if (patch.crc !== undefined) data.setUint32(entry.at + 16, patch.crc, true);
  if (patch.compressedSize !== undefined) data.setUint32(entry.at + 20, patch.compressedSize, true);
  if (patch.size !== undefined) data.setUint32(entry.at + 24, patch.size, true);
  return copy;
}

/** The uncompressed size the central directory gives the entry `name`. */
export function declaredSize(zip: Uint8Array, name: string): number {
  const entry = centralEntries(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  return view(zip).getUint32(entry.at + 24, true);
}

/** A copy of `zip` whose End Of Central Directory names another disk, as a split archive does. */
export function onDisk(zip: Uint8Array, disk: number): Uint8Array {
  const copy = zip.slice();
  const at = endOfCentralDirectory(copy);
  view(copy).setUint16(at + 4, disk, true);
  view(copy).setUint16(at + 6, disk, true);
  return copy;
}

/**
 * The same archive written as ZIP64: every entry's sizes and offset saturated in the central
 * directory and given in a ZIP64 extra field, then a ZIP64 End Of Central Directory record and
 * its locator.
 */
export function toZip64(zip: Uint8Array): Uint8Array {
  const data = view(zip);
  const end = endOfCentralDirectory(zip);
  const directoryOffset = data.getUint32(end + 16, true);
  const headers: Uint8Array[] = [];
  for (const { at } of centralEntries(zip)) {
    const nameLength = data.getUint16(at + 28, true);
    const header = new Uint8Array(46 + nameLength + 28);
    header.set(zip.subarray(at, at + 46 + nameLength));
    const out = view(header);
    const size = data.getUint32(at + 24, true);
    const compressedSize = data.getUint32(at + 20, true);
    const offset = data.getUint32(at + 42, true);
    out.setUint32(20, 0xffffffff, true);
    out.setUint32(24, 0xffffffff, true);
    out.setUint32(42, 0xffffffff, true);
    out.setUint16(30, 28, true);
    out.setUint16(32, 0, true);
    const extra = 46 + nameLength;
    out.setUint16(extra, 1, true);
    out.setUint16(extra + 2, 24, true);
    out.setBigUint64(extra + 4, BigInt(size), true);
    out.setBigUint64(extra + 12, BigInt(compressedSize), true);
    out.setBigUint64(extra + 20, BigInt(offset), true);
    headers.push(header);
  }
  const directorySize = headers.reduce((n, h) => n + h.length, 0);
  const count = headers.length;
  const tail = new Uint8Array(56 + 20 + 22);
  const t = view(tail);
  const zip64End = directoryOffset + directorySize;
  t.setUint32(0, 0x06064b50, true);
  t.setBigUint64(4, 44n, true);
  t.setUint16(12, 45, true);
  t.setUint16(14, 45, true);
  t.setBigUint64(24, BigInt(count), true);
  t.setBigUint64(32, BigInt(count), true);
  t.setBigUint64(40, BigInt(directorySize), true);
  t.setBigUint64(48, BigInt(directoryOffset), true);
  t.setUint32(56, 0x07064b50, true);
  t.setBigUint64(64, BigInt(zip64End), true);
  t.setUint32(72, 1, true);
  t.setUint32(76, END, true);
  t.setUint16(84, 0xffff, true);
  t.setUint16(86, 0xffff, true);
  t.setUint32(88, 0xffffffff, true);
  t.setUint32(92, 0xffffffff, true);
  const result = new Uint8Array(directoryOffset + directorySize + tail.length);
  result.set(zip.subarray(0, directoryOffset));
  let at = directoryOffset;
  for (const header of headers) {
    result.set(header, at);
    at += header.length;
  }
  result.set(tail, at);
  return result;
}
