import { Grid } from "../domain/grid";
import { ByteBudget } from "./byteBudget";
import { limitsWithDefaults, ReadLimits } from "./readLimits";
import {
  OFFICE_DOCUMENT,
  readRelationships,
  Relationship,
  SHARED_STRINGS,
  STYLES,
  WORKSHEET,
} from "./relationships";
import { SharedStrings, SharedStringsVisitor } from "./sharedStrings";
import { SheetPartVisitor } from "./sheetPart";
import { Styles, StylesVisitor } from "./styles";
import { WorkbookError } from "./workbookError";
import { WorkbookPartVisitor } from "./workbookPart";
import { readXmlPart, XmlVisitor } from "./xmlPart";
import { openZip, partKey, ZipArchive } from "./zipArchive";

export { READ_LIMITS } from "./readLimits";
export type { ReadLimits } from "./readLimits";

export interface WorkbookSheet {
  name: string;
  /** Hidden from the tabs ("hidden" or "veryHidden" in the file). */
  hidden: boolean;
}

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
  return guarded(() => new XlsxWorkbook(bytes, limitsWithDefaults(limits)));
}

/** Every sheet of the file, in tab order. */
export function readWorkbook(bytes: Uint8Array, limits?: Partial<ReadLimits>): SheetGrid[] {
  return guarded(() => {
    const workbook = new XlsxWorkbook(bytes, limitsWithDefaults(limits));
    return workbook.sheets.map((sheet, index) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      grid: workbook.readSheetAt(index),
    }));
  });
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

interface SheetEntry extends WorkbookSheet {
  /** The sheet's part in the zip, when the workbook's relationships name one. */
  part?: string;
  /** A worksheet (not a chart sheet or a dialog sheet, which have no cells). */
  worksheet: boolean;
}

/** The workbook: relationships, sheet list, shared strings and styles, then one sheet on request. */
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
    const workbook = new WorkbookPartVisitor();
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
    const sheet = new SheetPartVisitor(
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

  /** The relationships of a part ("" for the package itself). */
  private relationships(part: string): Relationship[] {
    return readRelationships(part, (name, visitor) => this.readXml(name, visitor));
  }

  private readXml(part: string, visitor: XmlVisitor): void {
    const entry = this.zip.find(part);
    if (!entry) throw new WorkbookError("damaged");
    readXmlPart(this.zip, entry, this.budget, visitor);
  }
}
