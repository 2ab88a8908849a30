import { readFileSync } from "fs";
import { Zip, ZipDeflate, strToU8 } from "fflate";
import path from "path";

/**
 * Damaged and hostile inputs for `phuluc check`, made here rather than stored: truncated and
 * bit-flipped workbooks, XML bombs, crafted runs of markup, OLE files (password-protected workbooks and
 * old .xls), binary text. The corpus test runs the command on each; `npm run bench` times the large ones.
 */
export interface HostileInput {
  name: string;
  bytes: Uint8Array;
  /** The exit code `phuluc check` must end with. */
  exit: 0 | 1 | 2;
  /** The error code of `--format json` on exit 2. */
  code?: string;
}

const SAMPLE = path.join(__dirname, "..", "samples", "thuong-lo-2020.xlsx");
const MiB = 1024 * 1024;

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  "</Types>";
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  "</Relationships>";
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  "</Relationships>";
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = "</sheetData></worksheet>";

/** Text of a part, whole or as chunks made one after another so that a large part is never held whole. */
type PartText = string | (() => Iterable<string>);

/** A zip whose parts are deflated in the order given, as fflate streams them. */
export function zipParts(parts: [string, PartText][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of parts) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    if (typeof text === "string") file.push(strToU8(text), true);
    else {
      for (const piece of text()) file.push(strToU8(piece));
      file.push(new Uint8Array(0), true);
    }
  }
  zip.end();
  return concat(chunks);
}

/** A one-sheet workbook whose sheet XML is `sheet`. */
export function workbookWithSheet(sheet: PartText): Uint8Array {
  return zipParts([
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    ["xl/workbook.xml", WORKBOOK],
    ["xl/_rels/workbook.xml.rels", WORKBOOK_RELS],
    ["xl/worksheets/sheet1.xml", sheet],
  ]);
}

/** A sheet of `rows` rows, each a number in A and a text in B, made in chunks of rows. */
function rowsSheet(rows: number, text = "x"): () => Iterable<string> {
  return function* () {
    yield SHEET_START;
    const CHUNK = 1000;
    for (let first = 1; first <= rows; first += CHUNK) {
      let piece = "";
      for (let r = first; r < first + CHUNK && r <= rows; r++)
        piece += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`;
      yield piece;
    }
    yield SHEET_END;
  };
}

/** A sheet whose XML is about `bytes` long: one row of text repeated, compressing about a thousandfold. */
function bombSheet(bytes: number): () => Iterable<string> {
  const row = (r: number) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${"A".repeat(900)}</t></is></c></row>`;
  return rowsOfAbout(bytes, row);
}

function rowsOfAbout(bytes: number, row: (r: number) => string): () => Iterable<string> {
  return function* () {
    yield SHEET_START;
    let written = 0;
    let r = 1;
    while (written < bytes) {
      let piece = "";
      for (let i = 0; i < 1000; i++) piece += row(r++);
      written += piece.length;
      yield piece;
    }
    yield SHEET_END;
  };
}

/** The zip with the uncompressed sizes its central directory declares all set to `size`. */
function withDeclaredSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let entry = view.getUint32(at + 16, true);
    const count = view.getUint16(at + 10, true);
    for (let i = 0; i < count; i++) {
      view.setUint32(entry + 24, size, true);
      entry +=
        46 +
        view.getUint16(entry + 28, true) +
        view.getUint16(entry + 30, true) +
        view.getUint16(entry + 32, true);
    }
    return out;
  }
  throw new Error("no end of central directory");
}

/** A workbook whose one sheet holds `rows` rows of a number and a word. */
export function rowsWorkbook(rows: number): Uint8Array {
  return workbookWithSheet(rowsSheet(rows));
}

/** A workbook of a few hundred kilobytes whose sheet XML is about `bytes` long. */
export function bombWorkbook(bytes: number): Uint8Array {
  return workbookWithSheet(bombSheet(bytes));
}

/**
 * A compound (OLE) file, the container of password-protected workbooks and of old .xls files, with
 * empty streams of the given names: one FAT sector, one directory sector.
 */
export function compoundFile(streams: string[]): Uint8Array {
  const SECTOR = 512;
  const END_OF_CHAIN = 0xfffffffe;
  const FREE = 0xffffffff;
  const out = new Uint8Array(SECTOR * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cut-off
  view.setUint32(60, END_OF_CHAIN, true);
  view.setUint32(68, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  const fat = SECTOR;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, 0xfffffffd, true); // the FAT sector itself
  view.setUint32(fat + 4, END_OF_CHAIN, true); // the directory
  const entries = ["Root Entry", ...streams];
  entries.forEach((name, i) => {
    const at = SECTOR * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, stream
    out[at + 67] = 1; // black
    view.setUint32(at + 68, FREE, true); // left sibling
    view.setUint32(at + 72, i > 0 && i < entries.length - 1 ? i + 1 : FREE, true); // right sibling
    view.setUint32(at + 76, i === 0 && entries.length > 1 ? 1 : FREE, true); // child
    view.setUint32(at + 116, END_OF_CHAIN, true); // start sector: empty stream
  });
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The sample with `count` bytes flipped at even steps through its middle half (its compressed parts). */
function bitFlipped(bytes: Uint8Array, count: number): Uint8Array {
  const out = bytes.slice();
  const from = Math.floor(out.length / 4);
  const step = Math.floor(out.length / 2 / count);
  for (let i = 0; i < count; i++) out[from + i * step] ^= 0x5a;
  return out;
}

/**
 * Every input of the corpus. Sizes are chosen for a test: the XML bombs pass the reader's limits by a
 * little, not by hundreds of megabytes (the bench makes the large ones).
 */
export function hostileInputs(): HostileInput[] {
  const sample = new Uint8Array(readFileSync(SAMPLE));
  const bomb = workbookWithSheet(bombSheet(72 * MiB));
  return [
    {
      name: "truncated-half.xlsx",
      bytes: sample.slice(0, sample.length >> 1),
      exit: 2,
      code: "damaged",
    },
    {
      name: "truncated-end.xlsx",
      bytes: sample.slice(0, sample.length - 10),
      exit: 2,
      code: "damaged",
    },
    { name: "bit-flipped.xlsx", bytes: bitFlipped(sample, 12), exit: 2, code: "damaged" },
    { name: "empty.xlsx", bytes: new Uint8Array(0), exit: 2, code: "not-a-workbook" },
    {
      name: "garbage.xlsx",
      bytes: strToU8("Đây không phải bảng tính.\n".repeat(50)),
      exit: 2,
      code: "not-a-workbook",
    },
    {
      name: "only-zip-header.xlsx",
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      exit: 2,
      code: "damaged",
    },
    {
      // A zip that is no workbook, such as a renamed .docx.
      name: "zip-without-workbook.xlsx",
      bytes: zipParts([["hello.txt", "xin chào"]]),
      exit: 2,
      code: "not-a-workbook",
    },
    {
      name: "password.xlsx",
      bytes: compoundFile(["EncryptionInfo", "EncryptedPackage"]),
      exit: 2,
      code: "encrypted",
    },
    { name: "old-excel.xlsx", bytes: compoundFile(["Workbook"]), exit: 2, code: "not-a-workbook" },
    { name: "xml-bomb.xlsx", bytes: bomb, exit: 2, code: "too-large" },
    {
      // A part that inflates past the size the zip declares for it is a damaged zip.
      name: "xml-bomb-lying-size.xlsx",
      bytes: withDeclaredSizes(bomb, 4096),
      exit: 2,
      code: "damaged",
    },
    {
      name: "too-many-rows.xlsx",
      bytes: workbookWithSheet(rowsSheet(120_000)),
      exit: 2,
      code: "too-large",
    },
    {
      name: "merge-cell-run.xlsx",
      bytes: workbookWithSheet(
        `${SHEET_START}${SHEET_END.slice(0, -12)}<mergeCells>${'<mergeCell ref="A1:B2"/>'.repeat(100_000)}</mergeCells></worksheet>`
      ),
      exit: 2,
      code: "no-appendix",
    },
    {
      name: "merge-cell-unclosed.xlsx",
      bytes: workbookWithSheet(
        `${SHEET_START}</sheetData>${'<mergeCell ref="A1:B2" '.repeat(100_000)}`
      ),
      exit: 2,
      code: "damaged",
    },
    {
      name: "formula-run.xlsx",
      bytes: workbookWithSheet(
        `${SHEET_START}<row r="1"><c r="A1"><f t="shared" si="0">${"<f>".repeat(50_000)}</f></c></row>${SHEET_END}`
      ),
      exit: 2,
      code: "damaged",
    },
    {
      name: "entity-expansion.xlsx",
      bytes: workbookWithSheet(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
          Array.from(
            { length: 9 },
            (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`
          ).join("") +
          ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
      ),
      exit: 2,
      code: "damaged",
    },
    {
      // Just under the reader's 24 MiB of XML, all of it rows with a style and no cell: the slowest
      // kind of XML to parse, read to its end, in a file of a few kilobytes.
      name: "style-only-rows.xlsx",
      bytes: workbookWithSheet(rowsOfAbout(23 * MiB, () => `<row r="5" s="1" customFormat="1"/>`)),
      exit: 2,
      code: "no-appendix",
    },
    {
      // No worksheet nests elements hundreds of levels deep: the reader stops at 128.
      name: "deep-nesting.xlsx",
      bytes: workbookWithSheet(
        `${SHEET_START}${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}${SHEET_END}`
      ),
      exit: 2,
      code: "damaged",
    },
    {
      name: "long-attribute.xlsx",
      bytes: workbookWithSheet(
        `${SHEET_START}<row r="1"><c r="${"A".repeat(500_000)}1"><v>1</v></c></row>${SHEET_END}`
      ),
      exit: 2,
      code: "damaged",
    },
    {
      name: "binary.csv",
      bytes: Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256),
      exit: 2,
      code: "no-appendix",
    },
    {
      name: "one-long-line.csv",
      bytes: strToU8(",".repeat(1_000_000)),
      exit: 2,
      code: "no-appendix",
    },
    { name: "quotes.csv", bytes: strToU8('"'.repeat(999_999)), exit: 2, code: "no-appendix" },
  ];
}
