import { inflateRawSync } from "zlib";
import { ByteBudget } from "./byteBudget";
import { holdsEncryptedPackage, isCompoundFile } from "./compoundFile";
import { crc32 } from "./crc32";
import { WorkbookError } from "./workbookError";

// Zip libraries read whole archives or stream them from the start, and give no entry's offset; random
// access to one part at a time, by the central directory (the local headers may hold no sizes, and
// parts come in any order), is this small reader of the End Of Central Directory record and the
// entries it lists. Inflating is Node's zlib.

export interface ZipEntry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

export interface ZipArchive {
  find(name: string): ZipEntry | undefined;
  /** Hands `sink` the entry's bytes in chunks, spending them from `budget`. */
  read(entry: ZipEntry, budget: ByteBudget, sink: (chunk: Uint8Array) => void): void;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Bytes handed on at once: the XML parser takes a part as a stream of such slices. */
const SLICE = 256 * 1024;

export function openZip(bytes: Uint8Array): ZipArchive {
  if (isCompoundFile(bytes)) {
    throw new WorkbookError(holdsEncryptedPackage(bytes) ? "encrypted" : "not-a-workbook");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const value = view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new WorkbookError("damaged");
    return Number(value);
  };
  const startsLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b;

  const end = findEndOfCentralDirectory(bytes, view);
  if (end < 0) throw new WorkbookError(startsLikeZip ? "damaged" : "not-a-workbook");
  let disk = u16(end + 4);
  let directoryDisk = u16(end + 6);
  let entriesHere = u16(end + 8);
  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryOffset = u32(end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(locator) === ZIP64_LOCATOR) {
    if (u32(locator + 16) > 1) throw new WorkbookError("unsupported");
    const zip64 = u64(locator + 8);
    if (zip64 + 56 > bytes.length || u32(zip64) !== ZIP64_END) throw new WorkbookError("damaged");
    disk = u32(zip64 + 16);
    directoryDisk = u32(zip64 + 20);
    entriesHere = u64(zip64 + 24);
    count = u64(zip64 + 32);
    directorySize = u64(zip64 + 40);
    directoryOffset = u64(zip64 + 48);
  }
  if (disk !== 0 || directoryDisk !== 0 || entriesHere !== count)
    throw new WorkbookError("unsupported");
  if (directoryOffset + directorySize > bytes.length) throw new WorkbookError("damaged");

  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL_ENTRY) throw new WorkbookError("damaged");
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const next = at + 46 + nameLength + extraLength + u16(at + 32);
    if (next > bytes.length) throw new WorkbookError("damaged");
    const entry: ZipEntry = {
      flags: u16(at + 8),
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localHeader: u32(at + 42),
    };
    let startDisk = u16(at + 34);
    // ZIP64: sizes, offset and disk saturated in the entry are in extra field 1, in that order.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(extra);
      const size = u16(extra + 2);
      if (id === 1) {
        let field = extra + 4;
        const fieldsEnd = field + size;
        const take64 = () => {
          if (field + 8 > fieldsEnd) throw new WorkbookError("damaged");
          field += 8;
          return u64(field - 8);
        };
        if (entry.size === 0xffffffff) entry.size = take64();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = take64();
        if (entry.localHeader === 0xffffffff) entry.localHeader = take64();
        if (startDisk === 0xffff) {
          if (field + 4 > fieldsEnd) throw new WorkbookError("damaged");
          startDisk = u32(field);
        }
      }
      extra += 4 + size;
    }
    if (startDisk !== 0) throw new WorkbookError("unsupported");
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (!name.endsWith("/")) entries.set(partKey(name), entry);
    at = next;
  }
  if (entries.size === 0) throw new WorkbookError("not-a-workbook");

  return {
    find(name) {
      const entry = entries.get(partKey(name));
      if (entry || !name.includes("%")) return entry;
      try {
        return entries.get(partKey(decodeURIComponent(name)));
      } catch {
        return undefined;
      }
    },
    read(entry, budget, sink) {
      readEntry(bytes, u16, u32, entry, budget, sink);
    },
  };
}

/** Part names are compared without case and without a leading "/" (the package format's rule). */
export function partKey(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).split("\\").join("/").toLowerCase();
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (
      bytes[at] === 0x50 &&
      view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY &&
      at + 22 + view.getUint16(at + 20, true) <= bytes.length
    )
      return at;
  }
  return -1;
}

function readEntry(
  bytes: Uint8Array,
  u16: (at: number) => number,
  u32: (at: number) => number,
  entry: ZipEntry,
  budget: ByteBudget,
  sink: (chunk: Uint8Array) => void
): void {
  if (entry.flags & 1) throw new WorkbookError("encrypted");
  if (entry.method !== 0 && entry.method !== 8) throw new WorkbookError("unsupported");
  budget.check(entry.size);
  const header = entry.localHeader;
  if (header + 30 > bytes.length || u32(header) !== LOCAL_HEADER)
    throw new WorkbookError("damaged");
  const start = header + 30 + u16(header + 26) + u16(header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new WorkbookError("damaged");

  let produced = 0;
  let crc = -1;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.spend(chunk.length);
    crc = crc32(crc, chunk);
    sink(chunk);
  };
  if (entry.method === 0 && entry.compressedSize !== entry.size) throw new WorkbookError("damaged");
  if (start === end && entry.method === 8) throw new WorkbookError("damaged");
  // A part is inflated in one call, never past the size it declares (checked against the budget
  // above): a part that would inflate further lies about its size and fails here, before it is
  // held. Node's zlib does in a few milliseconds what a JavaScript inflater takes tens of
  // milliseconds to warm up for, and a one-shot command pays that warm-up every time.
  const data =
    entry.method === 0
      ? bytes.subarray(start, end)
      : inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, entry.size) });
  for (let at = 0; at < data.length; at += SLICE)
    take(data.subarray(at, Math.min(data.length, at + SLICE)));
  if (produced !== entry.size || ~crc >>> 0 !== entry.crc) throw new WorkbookError("damaged");
}
