import { Inflate } from "fflate";
import { SaxesParser } from "saxes";
import { dayMonthYear } from "../domain/dates";
import { cellAddress, Grid, GridCell } from "../domain/grid";
import { shiftFormula } from "./shiftFormula";
import { WorkbookError } from "./workbookError";

export interface WorkbookSheet {
  name: string;
  /** Hidden from the tabs ("hidden" or "veryHidden" in the file). */
  hidden: boolean;
}

/** What one file may make the reader hold. Past any of them the file is refused as "too-large". */
export interface ReadLimits {
  /**
   * Uncompressed bytes of the parts read from one file (the workbook, its shared strings and
   * styles, each sheet every time it is read), each part and all of them together: a part
   * declaring more than is left is refused before it is inflated, and inflated bytes are counted as
   * they come, since declared sizes can lie. Shared formulas written out for the cells sharing
   * them count too.
   */
  maxPartBytes: number;
  /** The last sheet row holding a value. */
  maxRows: number;
  /** Cells holding a value or a formula on one sheet; merged areas are counted against it too. */
  maxCells: number;
}

/**
 * An appendix has tens to a few thousand rows of about ten columns: the 10,000-row appendix of the
 * benchmark is 3.7 MB of XML (a 2.7 MB sheet, 0.9 MB of shared strings) and 66,000 cells.
 * - 16 MiB of XML leaves four times that, and keeps crafted files cheap: XML of nothing but tiny
 *   elements or one long attribute parses at only 15–30 MB/s, so a part that lies about its size
 *   costs at most about a second and 200 MiB before it is refused (64 MiB took 2–3.5 s and up to
 *   350 MiB). The parts of a file share the 16 MiB, or a small file naming many such parts would
 *   cost a second each.
 * - 100,000 rows: ten times the largest appendix measured.
 * - 1,000,000 cells: about what 16 MiB of the smallest cells hold; at about 50 bytes a cell, grids
 *   stay under 100 MiB.
 */
export const READ_LIMITS: ReadLimits = Object.freeze({
  maxPartBytes: 16 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 1_000_000,
});

export interface Workbook {
  /** The sheets in tab order. */
  sheets: WorkbookSheet[];
  /** Reads the named sheet: a WorkbookError when the file fails, an Error for no such sheet. */
  readSheet(name: string): Grid;
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  grid: Grid;
}

/**
 * Opens an .xlsx (or .xlsm) file: its sheet names, shared strings and styles are read now, each
 * sheet when asked for. Throws a WorkbookError naming why a file cannot be read, never another
 * error.
 */
export function openWorkbook(bytes: Uint8Array, limits?: Partial<ReadLimits>): Workbook {
  return guarded(() => new XlsxWorkbook(bytes, withDefaults(limits)));
}

/** Every sheet of the file, in tab order. */
export function readWorkbook(bytes: Uint8Array, limits?: Partial<ReadLimits>): SheetGrid[] {
  return guarded(() => {
    const workbook = new XlsxWorkbook(bytes, withDefaults(limits));
    return workbook.sheets.map((sheet, index) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      grid: workbook.readSheetAt(index),
    }));
  });
}

function withDefaults(limits: Partial<ReadLimits> = {}): ReadLimits {
  return {
    maxPartBytes: limits.maxPartBytes ?? READ_LIMITS.maxPartBytes,
    maxRows: limits.maxRows ?? READ_LIMITS.maxRows,
    maxCells: limits.maxCells ?? READ_LIMITS.maxCells,
  };
}

/** Runs `read`, turning any fault of the libraries or of the bytes into "damaged". */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof WorkbookError || error instanceof SheetNameError) throw error;
    const damaged = new WorkbookError("damaged");
    damaged.cause = error;
    throw damaged;
  }
}

class SheetNameError extends Error {}

// ---------------------------------------------------------------------------------------------
// The workbook: relationships, sheet list, shared strings and styles, then one sheet on request.

const OFFICE_DOCUMENT = "/officeDocument";
const WORKSHEET = "/worksheet";
const SHARED_STRINGS = "/sharedStrings";
const STYLES = "/styles";

interface SheetEntry extends WorkbookSheet {
  /** The sheet's part in the zip, when the workbook's relationships name one. */
  part?: string;
  /** A worksheet (not a chart sheet or a dialog sheet, which have no cells). */
  worksheet: boolean;
}

class XlsxWorkbook implements Workbook {
  readonly sheets: WorkbookSheet[];
  private readonly entries: SheetEntry[];
  private readonly zip: ZipArchive;
  private readonly strings: SharedStrings;
  private readonly styles: Styles;
  private readonly date1904: boolean;
  private readonly budget: ByteBudget;

  constructor(
    bytes: Uint8Array,
    private readonly limits: ReadLimits
  ) {
    this.zip = openZip(bytes);
    this.budget = new ByteBudget(limits.maxPartBytes);
    const workbookPart = this.workbookPart();
    if (workbookPart.toLowerCase().endsWith(".bin")) throw new WorkbookError("not-a-workbook");
    const workbook = new WorkbookVisitor();
    this.readXml(workbookPart, workbook);
    const relationships = this.relationships(workbookPart);
    const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));

    this.entries = workbook.sheets.map(({ name, state, id }) => {
      const relationship = id === undefined ? undefined : byId.get(id);
      return {
        name,
        hidden: state === "hidden" || state === "veryHidden",
        part: relationship?.target,
        worksheet: relationship?.type.endsWith(WORKSHEET) ?? true,
      };
    });
    // Excel names each sheet part once; a crafted file naming one part for many sheets is damaged.
    const parts = new Set<string>();
    for (const { part } of this.entries) {
      if (part === undefined) continue;
      if (parts.has(partKey(part))) throw new WorkbookError("damaged");
      parts.add(partKey(part));
    }
    this.sheets = this.entries.map(({ name, hidden }) => ({ name, hidden }));
    this.date1904 = workbook.date1904;

    const strings = new SharedStringsVisitor();
    const stringsPart = relationships.find((r) => r.type.endsWith(SHARED_STRINGS))?.target;
    if (stringsPart !== undefined) this.readXml(stringsPart, strings);
    this.strings = strings;

    const styles = new StylesVisitor();
    const stylesPart = relationships.find((r) => r.type.endsWith(STYLES))?.target;
    if (stylesPart !== undefined) this.readXml(stylesPart, styles);
    this.styles = styles.result();
  }

  readSheet(name: string): Grid {
    const index = this.entries.findIndex((sheet) => sheet.name === name);
    if (index < 0) throw new SheetNameError(`no sheet named ${name}`);
    return guarded(() => this.readSheetAt(index));
  }

  readSheetAt(index: number): Grid {
    const { part, worksheet } = this.entries[index];
    const sheet = new SheetVisitor(
      this.strings,
      this.styles,
      this.date1904,
      this.limits,
      this.budget
    );
    if (worksheet) {
      if (part === undefined) throw new WorkbookError("damaged");
      this.readXml(part, sheet);
    }
    return sheet.grid();
  }

  /** The workbook part named by the package's relationships, or where Excel puts it. */
  private workbookPart(): string {
    const fallback = "xl/workbook.xml";
    if (this.zip.find("_rels/.rels")) {
      const target = this.relationships("").find((r) => r.type.endsWith(OFFICE_DOCUMENT))?.target;
      if (target !== undefined) return target;
    }
    if (this.zip.find(fallback)) return fallback;
    throw new WorkbookError("not-a-workbook");
  }

  /** The relationships of a part ("" for the package itself), targets resolved to part names. */
  private relationships(part: string): Relationship[] {
    const slash = part.lastIndexOf("/");
    const folder = part.slice(0, slash + 1);
    const visitor = new RelationshipsVisitor();
    this.readXml(`${folder}_rels/${part.slice(slash + 1)}.rels`, visitor);
    return visitor.relationships
      .filter((relationship) => relationship.external !== "External")
      .map((relationship) => ({ ...relationship, target: resolve(folder, relationship.target) }));
  }

  private readXml(part: string, visitor: XmlVisitor): void {
    const entry = this.zip.find(part);
    if (!entry) throw new WorkbookError("damaged");
    readXml(this.zip, entry, this.budget, visitor);
  }
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external?: string;
}

/** A relationship target as a part name: relative to the source's folder, or absolute ("/…"). */
function resolve(folder: string, target: string): string {
  const path = target.split("\\").join("/");
  const segments: string[] = [];
  for (const segment of (path.startsWith("/") ? path : folder + path).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

// ---------------------------------------------------------------------------------------------
// XML: one part at a time, inflated in chunks, decoded as a stream and parsed by saxes.

interface XmlVisitor {
  /** An element opens; `name` is without its namespace prefix. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** No workbook part nests deeper or has more attributes on one element; past them it is crafted. */
const MAX_DEPTH = 128;
const MAX_ATTRIBUTES = 512;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Uncompressed bytes read from one file, against ReadLimits.maxPartBytes. */
class ByteBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** Refuses `bytes` more, before they are inflated. */
  check(bytes: number): void {
    if (bytes > this.limit - this.used) tooLarge("bytes", this.limit);
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) tooLarge("bytes", this.limit);
  }
}

function readXml(zip: ZipArchive, entry: ZipEntry, budget: ByteBudget, visitor: XmlVisitor): void {
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

/** An on/off attribute: on unless "0", "false" or "off" (no value at all is on, as for `<b/>`). */
function isOn(value: string | undefined): boolean {
  return value !== "0" && value !== "false" && value !== "off";
}

class RelationshipsVisitor implements XmlVisitor {
  readonly relationships: Relationship[] = [];

  open(name: string, attributes: Record<string, string>): void {
    if (name !== "Relationship") return;
    const { Id: id, Type: type, Target: target, TargetMode: external } = attributes;
    if (id !== undefined && type !== undefined && target !== undefined)
      this.relationships.push({ id, type, target, external });
  }

  close(): void {}
  text(): void {}
}

class WorkbookVisitor implements XmlVisitor {
  readonly sheets: { name: string; state?: string; id?: string }[] = [];
  date1904 = false;
  private started = false;
  private inSheets = false;

  open(name: string, attributes: Record<string, string>): void {
    if (!this.started) {
      this.started = true;
      if (name !== "workbook") throw new WorkbookError("not-a-workbook");
    }
    if (name === "workbookPr") this.date1904 = isOn(attributes.date1904 ?? "0");
    else if (name === "sheets") this.inSheets = true;
    else if (name === "sheet" && this.inSheets) {
      if (attributes.name === undefined) throw new WorkbookError("damaged");
      // The relationship id is r:id, whatever prefix the file gives the relationships namespace.
      const idKey = Object.keys(attributes).find((key) => key.endsWith(":id"));
      this.sheets.push({
        name: attributes.name,
        state: attributes.state,
        id: idKey === undefined ? undefined : attributes[idKey],
      });
    }
  }

  close(name: string): void {
    if (name === "sheets") this.inSheets = false;
  }

  text(): void {}
}

const BOLD = 1;
const ITALIC = 2;
const DATE = 4;

/**
 * The text of a shared or inline string: its `<t>`, or its runs' `<t>` joined, leaving out phonetic
 * hints (`<rPh>`); and whether every run is bold or italic.
 */
class RichText {
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

interface SharedStrings {
  readonly strings: string[];
  /** BOLD | ITALIC of each string, for rich text whose every run has them. */
  readonly flags: number[];
}

class SharedStringsVisitor implements XmlVisitor, SharedStrings {
  readonly strings: string[] = [];
  readonly flags: number[] = [];
  private readonly item = new RichText();
  private inItem = false;

  open(name: string, attributes: Record<string, string>): void {
    if (this.inItem) this.item.open(name, attributes);
    else if (name === "si") {
      this.inItem = true;
      this.item.reset();
    }
  }

  close(name: string): void {
    if (!this.inItem) return;
    if (name === "si") {
      this.inItem = false;
      this.strings.push(unescapeText(this.item.value));
      this.flags.push(this.item.flags());
    } else this.item.close(name);
  }

  text(text: string): void {
    if (this.inItem) this.item.text(text);
  }
}

/** Text in OOXML escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
function unescapeText(text: string): string {
  let at = text.indexOf("_x");
  if (at < 0) return text;
  let result = "";
  let from = 0;
  for (; at >= 0; at = text.indexOf("_x", at + 1)) {
    if (at < from || text.charCodeAt(at + 6) !== 95 /* _ */) continue;
    const code = hexValue(text, at + 2);
    if (code < 0) continue;
    result += text.slice(from, at) + String.fromCharCode(code);
    from = at + 7;
  }
  return result + text.slice(from);
}

function hexValue(text: string, from: number): number {
  let value = 0;
  for (let i = from; i < from + 4; i++) {
    const c = text.charCodeAt(i);
    const digit =
      c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** BOLD | ITALIC | DATE for each cell format (the `s` of a cell). */
type Styles = Uint8Array;

class StylesVisitor implements XmlVisitor {
  private readonly formats = new Map<number, string>();
  private readonly fonts: number[] = [];
  private readonly formatsAndFonts: [number, number][] = [];
  private section = "";
  private inFont = false;

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case "numFmts":
      case "fonts":
      case "cellXfs":
        this.section = name;
        break;
      case "numFmt":
        if (this.section === "numFmts")
          this.formats.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
        break;
      case "font":
        if (this.section === "fonts") {
          this.fonts.push(0);
          this.inFont = true;
        }
        break;
      case "b":
      case "i":
        if (this.inFont && isOn(attributes.val))
          this.fonts[this.fonts.length - 1] |= name === "b" ? BOLD : ITALIC;
        break;
      case "xf":
        if (this.section === "cellXfs")
          this.formatsAndFonts.push([
            Number(attributes.numFmtId ?? 0),
            Number(attributes.fontId ?? 0),
          ]);
        break;
    }
  }

  close(name: string): void {
    if (name === this.section) this.section = "";
    else if (name === "font") this.inFont = false;
  }

  text(): void {}

  result(): Styles {
    const styles = new Uint8Array(this.formatsAndFonts.length);
    const dates = new Map<number, boolean>();
    this.formatsAndFonts.forEach(([format, font], index) => {
      let date = dates.get(format);
      if (date === undefined) {
        const code = this.formats.get(format);
        date = code === undefined ? isBuiltInDate(format) : isDateFormat(code);
        dates.set(format, date);
      }
      styles[index] = ((this.fonts[font] ?? 0) & (BOLD | ITALIC)) | (date ? DATE : 0);
    });
    return styles;
  }
}

/** Excel's built-in formats 14–22 (dates, times) and 45–47 (times). */
function isBuiltInDate(format: number): boolean {
  return (format >= 14 && format <= 22) || (format >= 45 && format <= 47);
}

/**
 * A custom number format shows a date when its first section has d or y, or m without h or s (then
 * minutes), outside quoted text, [colours and locales] and escaped characters.
 */
function isDateFormat(code: string): boolean {
  let day = false;
  let month = false;
  let time = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      i = code.indexOf('"', i + 1);
      if (i < 0) break;
    } else if (c === "[") {
      i = code.indexOf("]", i + 1);
      if (i < 0) break;
    } else if (c === "\\" || c === "_" || c === "*") i++;
    else if (c === ";") break;
    else if (c === "d" || c === "D" || c === "y" || c === "Y") day = true;
    else if (c === "m" || c === "M") month = true;
    else if (c === "h" || c === "H" || c === "s" || c === "S") time = true;
  }
  return day || (month && !time);
}

// ---------------------------------------------------------------------------------------------
// A sheet: cells into a dense grid, merges, hidden rows.

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

class SheetVisitor implements XmlVisitor {
  private readonly rows: GridCell[][] = [];
  private readonly merges: string[] = [];
  private readonly hiddenRows = new Set<number>();
  private cells = 0;
  private readonly masters = new Map<string, { formula: string; address: string }>();
  private readonly membersBeforeMaster: { cell: GridCell; index: string; address: string }[] = [];

  private inSheetData = false;
  private inMerges = false;
  private row = 0;
  private column = 0;

  // The cell being read.
  private inCell = false;
  private cellRow = 0;
  private cellType: string | undefined;
  private cellStyle = 0;
  private valueText: string | null = null;
  private formulaText: string | null = null;
  private formulaType: string | undefined;
  private formulaIndex: string | undefined;
  private inlineString: RichText | null = null;
  private inInline = false;
  private hadInline = false;
  private capturing = false;
  private buffer = "";

  constructor(
    private readonly strings: SharedStrings,
    private readonly styles: Styles,
    private readonly date1904: boolean,
    private readonly limits: ReadLimits,
    /** Shared formulas written out for the cells sharing them count as bytes read. */
    private readonly budget: ByteBudget
  ) {}

  grid(): Grid {
    for (const { cell, index, address } of this.membersBeforeMaster) {
      const master = this.masters.get(index);
      if (master) cell.formula = this.shifted(master.formula, master.address, address);
    }
    const last = this.rows.length;
    const hiddenRows = new Set([...this.hiddenRows].filter((row) => row <= last));
    return { firstRow: 1, firstColumn: 1, rows: this.rows, merges: this.merges, hiddenRows };
  }

  open(name: string, attributes: Record<string, string>): void {
    if (this.inCell) {
      if (this.inInline) this.inlineString!.open(name, attributes);
      else if (name === "v") this.startCapture();
      else if (name === "f") {
        this.startCapture();
        this.formulaType = attributes.t;
        this.formulaIndex = attributes.si;
      } else if (name === "is") {
        this.inInline = this.hadInline = true;
        this.inlineString ??= new RichText();
        this.inlineString.reset();
      }
      return;
    }
    if (this.inSheetData) {
      if (name === "c") this.startCell(attributes);
      else if (name === "row") this.startRow(attributes);
    } else if (name === "sheetData") this.inSheetData = true;
    else if (name === "mergeCells") this.inMerges = true;
    else if (name === "mergeCell" && this.inMerges && attributes.ref !== undefined) {
      if (this.merges.length >= this.limits.maxCells) tooLarge("cells", this.limits.maxCells);
      this.merges.push(attributes.ref);
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (this.inInline) {
        if (name === "is") this.inInline = false;
        else this.inlineString!.close(name);
      } else if (name === "v") {
        this.valueText = this.buffer;
        this.capturing = false;
      } else if (name === "f") {
        this.formulaText = this.buffer;
        this.capturing = false;
      } else if (name === "c") this.endCell();
      return;
    }
    if (name === "sheetData") this.inSheetData = false;
    else if (name === "mergeCells") this.inMerges = false;
  }

  text(text: string): void {
    if (this.capturing) this.buffer += text;
    else if (this.inInline) this.inlineString!.text(text);
  }

  private startCapture(): void {
    this.capturing = true;
    this.buffer = "";
  }

  private startRow(attributes: Record<string, string>): void {
    const number = attributes.r;
    this.row = number === undefined ? this.row + 1 : toRow(number, 0);
    this.column = 0;
    if (this.row < 1 || this.row > MAX_ROW) throw new WorkbookError("damaged");
    if (isOn(attributes.hidden ?? "0") && this.row <= this.limits.maxRows)
      this.hiddenRows.add(this.row);
  }

  private startCell(attributes: Record<string, string>): void {
    const reference = attributes.r;
    let row = this.row;
    if (reference === undefined) this.column++;
    else {
      // "AB123" by character codes: letters to the column, digits (when present) to the row.
      let column = 0;
      let i = 0;
      for (; i < reference.length; i++) {
        const c = reference.charCodeAt(i) | 32;
        if (c < 97 || c > 122) break;
        column = column * 26 + c - 96;
        if (column > MAX_COLUMN) throw new WorkbookError("damaged");
      }
      this.column = i === 0 ? this.column + 1 : column;
      if (i < reference.length) row = toRow(reference, i);
    }
    if (row < 1 || row > MAX_ROW || this.column > MAX_COLUMN) throw new WorkbookError("damaged");
    this.cellRow = row;
    this.inCell = true;
    this.cellType = attributes.t;
    const style = attributes.s;
    this.cellStyle = style === undefined ? 0 : (this.styles[toRow(style, 0)] ?? 0);
    this.valueText = this.formulaText = null;
    this.inInline = this.hadInline = false;
    this.capturing = false;
  }

  private endCell(): void {
    this.inCell = false;
    this.capturing = false;
    const value = this.valueText;
    let flags = this.cellStyle;
    let cell: GridCell;
    switch (this.cellType) {
      case "s": {
        if (value === null || value === "") cell = { value: null };
        else {
          const index = toRow(value, 0);
          const text = this.strings.strings[index];
          if (text === undefined) throw new WorkbookError("damaged");
          flags |= this.strings.flags[index];
          cell = { value: text };
        }
        break;
      }
      case "inlineStr":
        if (this.hadInline) {
          const inline = this.inlineString!;
          cell = { value: unescapeText(inline.value) };
          flags |= inline.flags();
        } else cell = { value: value === null ? null : unescapeText(value) };
        break;
      case "str":
        cell = { value: value === null ? null : unescapeText(value) };
        break;
      case "b":
        cell = { value: value === null || value === "" ? null : value === "1" || value === "true" };
        break;
      case "e":
        cell = value === null || value === "" ? { value: null } : { value: null, error: value };
        break;
      case "d":
        cell = { value: value === null || value === "" ? null : isoDate(value) };
        break;
      default: {
        if (value === null || value === "") cell = { value: null };
        else {
          const number = Number(value);
          if (Number.isNaN(number)) cell = { value };
          else if (flags & DATE) cell = { value: serialDate(number, this.date1904) };
          else cell = { value: number };
        }
      }
    }
    const formula = this.formulaText;
    if (cell.value === null && cell.error === undefined && formula === null) return;
    this.place(cell);
    if (formula !== null) this.setFormula(cell, formula);
    if (flags & BOLD) cell.bold = true;
    if (flags & ITALIC) cell.italic = true;
  }

  private place(cell: GridCell): void {
    const row = this.cellRow;
    const { maxRows, maxCells } = this.limits;
    if (row > maxRows) tooLarge("rows", maxRows);
    if (++this.cells > maxCells) tooLarge("cells", maxCells);
    const rows = this.rows;
    while (rows.length < row) rows.push([]);
    rows[row - 1][this.column - 1] = cell;
  }

  private setFormula(cell: GridCell, text: string): void {
    const formula = text.charCodeAt(0) === 61 /* = */ ? text.slice(1) : text;
    const index = this.formulaIndex;
    if (this.formulaType !== "shared" || index === undefined) {
      if (formula !== "") cell.formula = formula;
      return;
    }
    // A formula filled over a range is written once, on its first cell; the others take it shifted.
    const address = cellAddress(this.column, this.cellRow);
    if (formula !== "") {
      cell.formula = formula;
      if (!this.masters.has(index)) this.masters.set(index, { formula, address });
      return;
    }
    const master = this.masters.get(index);
    if (master) cell.formula = this.shifted(master.formula, master.address, address);
    else this.membersBeforeMaster.push({ cell, index, address });
  }

  private shifted(formula: string, from: string, to: string): string {
    this.budget.spend(formula.length);
    return shiftFormula(formula, from, to);
  }
}

function tooLarge(what: "bytes" | "rows" | "cells", value: number): never {
  throw new WorkbookError("too-large", { what, value });
}

/** The decimal digits of `text` from `from` on, as a number; -1 when there are none or others. */
function toRow(text: string, from: number): number {
  let n = 0;
  if (from >= text.length || text.length - from > 9) return -1;
  for (let i = from; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const DAY = 86_400_000;

/** An Excel date serial as dd/mm/yyyy; the number itself when it is no day (a time, too large). */
function serialDate(serial: number, date1904: boolean): string | number {
  if (!(serial >= 0 && serial < 2_958_466)) return serial;
  const day = Math.floor(serial);
  if (date1904) return dayMonthYear(new Date(Date.UTC(1904, 0, 1) + day * DAY));
  if (day === 0) return serial;
  // Excel counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug).
  if (day === 60) return "29/02/1900";
  return dayMonthYear(new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * DAY));
}

/** A `t="d"` cell's ISO 8601 date ("2020-01-10T00:00:00Z") as dd/mm/yyyy; other text as it is. */
function isoDate(text: string): string {
  const year = toRow(text.slice(0, 4), 0);
  const month = toRow(text.slice(5, 7), 0);
  const day = toRow(text.slice(8, 10), 0);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return text;
  if (text[4] !== "-" || text[7] !== "-" || (text.length > 10 && text[10] !== "T")) return text;
  return dayMonthYear(new Date(Date.UTC(year, month - 1, day)));
}

// ---------------------------------------------------------------------------------------------
// The zip. fflate reads whole archives (unzipSync) or streams them from the start (Unzip), and has
// no public API for the central directory or an entry's offset; random access to one part at a
// time, by the central directory (the local headers may hold no sizes, and parts come in any
// order), is this small reader of the End Of Central Directory record and the entries it lists.

interface ZipEntry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

interface ZipArchive {
  find(name: string): ZipEntry | undefined;
  /** Hands `sink` the entry's bytes in chunks, spending them from `budget`. */
  read(entry: ZipEntry, budget: ByteBudget, sink: (chunk: Uint8Array) => void): void;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes given to the inflater at once: at most about 16 MiB come out of one push. */
const INFLATE_CHUNK = 16 * 1024;
const STORED_CHUNK = 256 * 1024;

function openZip(bytes: Uint8Array): ZipArchive {
  if (CFB_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
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
function partKey(name: string): string {
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
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new WorkbookError("damaged");
    for (let at = start; at < end; at += STORED_CHUNK)
      take(bytes.subarray(at, Math.min(end, at + STORED_CHUNK)));
  } else {
    const inflater = new Inflate(take);
    if (start === end) throw new WorkbookError("damaged");
    for (let at = start; at < end; at += INFLATE_CHUNK) {
      const last = at + INFLATE_CHUNK >= end;
      inflater.push(bytes.subarray(at, last ? end : at + INFLATE_CHUNK), last);
    }
  }
  if (produced !== entry.size || ~crc >>> 0 !== entry.crc) throw new WorkbookError("damaged");
}

/** CRC-32 of the zip format, eight bytes a step (the tables of "slicing by 8"). */
let crcTables: Int32Array | undefined;

function crc32(crc: number, chunk: Uint8Array): number {
  const t = (crcTables ??= makeCrcTables());
  let c = crc;
  let i = 0;
  for (const end8 = chunk.length - 8; i <= end8; i += 8) {
    const low = c ^ (chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24));
    c =
      t[1792 + (low & 0xff)] ^
      t[1536 + ((low >>> 8) & 0xff)] ^
      t[1280 + ((low >>> 16) & 0xff)] ^
      t[1024 + (low >>> 24)] ^
      t[768 + chunk[i + 4]] ^
      t[512 + chunk[i + 5]] ^
      t[256 + chunk[i + 6]] ^
      t[chunk[i + 7]];
  }
  for (; i < chunk.length; i++) c = t[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return c;
}

function makeCrcTables(): Int32Array {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 256; k < 2048; k += 256)
      t[k + n] = t[t[k - 256 + n] & 0xff] ^ (t[k - 256 + n] >>> 8);
  return t;
}

/**
 * A password-protected .xlsx is an OLE compound file whose directory (128-byte entries in 512- or
 * 4096-byte sectors after the header) names a stream "EncryptedPackage" in UTF-16LE.
 */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = "EncryptedPackage";
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 64] !== (name.length + 1) * 2 || bytes[at + 65] !== 0 || bytes[at + 66] !== 2)
      continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++)
      same = bytes[at + 2 * i] === name.charCodeAt(i) && bytes[at + 2 * i + 1] === 0;
    if (same) return true;
  }
  return false;
}
