import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, columnLetter, columnNumber, Grid } from "../../src/domain/grid";

/**
 * A workbook behind a request context, built from office-addin-mock objects, for the Office.js adapter's
 * tests and the benchmark.
 *
 * office-addin-mock alone answers every unloaded or unsynced property with an error string instead of
 * throwing, cannot model collections, and keeps no state between objects. This builder keeps one state
 * (sheets, cells, merges, conditional formats, frozen panes, page layout …) behind all the objects it
 * hands out, and its `context.sync` behaves like Excel's:
 * - writes are queued and happen only at the sync, in the order they were made (a number format set
 *   after a value comes too late, as in Excel); a string starting with "=", "+" or "-" written to a cell
 *   not formatted "@" becomes a formula, as in Excel; whole rows inserted (Range.insert "Down") or
 *   deleted (Range.delete "Up") move the cells, hidden rows and merged areas below them;
 * - loads are answered at the sync from the state as it is then; before it, the object still holds
 *   office-addin-mock's "Error, context.sync() was not called"; so are getCellProperties (the font's
 *   bold and italic), getRowProperties (rowIndex and rowHidden) and getMergedAreasOrNullObject; a cell
 *   holding an error value gives its text ("#REF!") in `values` and "Error" in `valueTypes`. What the
 *   mock does not model throws "The mock does not model …" rather than answering something made up;
 * - what Excel would refuse makes the sync reject with an OfficeExtension.Error-like object (code,
 *   message, debugInfo): a sheet that does not exist (ItemNotFound), a write on a protected sheet
 *   (AccessDenied), an array whose size differs from its range or a cell property on a whole column
 *   (InvalidArgument), a name already taken (ItemAlreadyExists), hiding the last visible sheet
 *   (InvalidOperation; the code is the mock's guess), an answer over `responseCellLimit` cells
 *   (ResponsePayloadSizeLimitExceeded), or whatever `failSync` was given. A function that swallows
 *   the error therefore resolves, and a test expecting the rejection fails;
 * - given an `apiVersion` ("1.8", say), it is an Excel whose ExcelApi stops there: a method or property
 *   of a newer requirement set (getCellProperties, getRanges, pageLayout … in 1.9; dataValidation in 1.8;
 *   getMergedAreasOrNullObject in 1.13) throws an ApiNotFound error where it is called, as office.js does
 *   when the host lacks the set, and `officeFor(mock)` is an Office global whose
 *   requirements.isSetSupported answers for that Excel. Without `apiVersion` every set is there.
 * `syncCount` counts the syncs; `log` lists every write and call, with the number of the sync it went in.
 */

export interface MockCell {
  value?: string | number | boolean;
  /** With its "=". */
  formula?: string;
  /** The error value the cell shows ("#REF!", "#DIV/0!" …): what its formula came to, or a typed error. */
  error?: string;
  numberFormat?: string;
  /** The number format the cell had when its value or formula was written. */
  formatAtWrite?: string;
  bold?: boolean;
  italic?: boolean;
  /** Other formats written to the cell, by path: "format.font.name", "format.borders.EdgeTop.style" … */
  formats: Record<string, unknown>;
}

export interface MockConditionalFormat {
  id: string;
  type: string;
  /** The addresses it applies to, as given: "A1, C5". */
  ranges: string;
  formula?: string;
  fill?: string;
}

export interface MockSheetSpec {
  name: string;
  /**
   * The cells, placed from grid.firstRow/firstColumn, with their merges, their error values (GridCell.error:
   * the cell shows the error, whatever its `value`) and the sheet rows hidden from view (grid.hiddenRows).
   */
  grid?: Grid;
  /** Number formats of the grid's cells, same shape as grid.rows. */
  numberFormats?: (string | undefined)[][];
  protected?: boolean;
  /** Worksheet.visibility; "Visible" when omitted. */
  visibility?: MockVisibility;
  /** The used range Excel reports instead of the cells' own (for the 5,000,000-cell limit); its values come back null. */
  usedSize?: { rows: number; columns: number };
  /** Excel on the web over its limit: values come back null. */
  valuesNull?: boolean;
  conditionalFormats?: Omit<MockConditionalFormat, "id">[];
  /** The sheet's print area ("A1:G40"), as pageLayout.setPrintArea would have set it. */
  printArea?: string;
}

export type MockVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface MockSheet {
  name: string;
  /** Worksheet.visibility. */
  visibility: MockVisibility;
  cells: Map<string, MockCell>;
  merges: string[];
  /** Sheet rows (1-based) hidden from view. */
  hiddenRows: Set<number>;
  conditionalFormats: MockConditionalFormat[];
  protected: boolean;
  usedSize?: { rows: number; columns: number };
  valuesNull: boolean;
  frozen?: { rows: number; columns: number };
  /**
   * pageLayout properties written ("orientation", "zoom", "headersFooters.state",
   * "headersFooters.firstPage.centerHeader" …) and the print title rows.
   */
  pageLayout: Record<string, unknown>;
  /** dataValidation writes by range address: { rule, errorAlert }. */
  validations: Map<string, Record<string, unknown>>;
  /** Formats written to whole columns or rows ("A:A", "3:4"), in order. */
  lineFormats: { address: string; path: string; value: unknown }[];
  /** Ranges whose rows Excel fitted to their text (format.autofitRows), in order. */
  fittedRows: string[];
  /** Charts added (worksheet.charts.add), in order. */
  charts: MockChart[];
  /** The cells page breaks were added before (worksheet.horizontalPageBreaks.add), in order. */
  pageBreaks?: string[];
  selection?: string;
}

/**
 * A chart as the mock keeps it: charts.add makes one series per column of its source (seriesBy
 * "Columns", the only one modelled), named "Series1" … until a name is written.
 */
export interface MockChart {
  type: string;
  /** The source range's address, as given to charts.add. */
  source: string;
  seriesBy: string;
  series: MockChartSeries[];
  /** setPosition's cells. */
  position?: { from: string; to?: string };
  /** Properties written, by path: "title.text", "legend.position", "dataLabels.showValue". */
  formats: Record<string, unknown>;
}

export interface MockChartSeries {
  name: string;
  /** Addresses of the ranges the values and the categories (x-axis values) come from. */
  values?: string;
  xAxisValues?: string;
  /** The series' fill (format.fill.setSolidColor), as given: "#4472C4". */
  fill?: string;
  /** Each point's fill (points.getItemAt(i).format.fill.setSolidColor), by index. */
  pointFills?: string[];
}

export interface MockCall {
  /** The sync the write or call went out with (1 for the first). */
  batch: number;
  sheet?: string;
  /** What it was made on: "range A1:G10", "worksheet", "conditionalFormat 3" … */
  target: string;
  /** The property path written ("values", "format.font.bold") or the method called ("merge()"). */
  action: string;
  value?: unknown;
}

export interface MockExcelOptions {
  sheets: MockSheetSpec[];
  /** The active sheet; the first when omitted. */
  active?: string;
  /** Answers carrying the values of more cells than this are refused as too large (Excel on the web's 5 MB). */
  responseCellLimit?: number;
  /** The highest ExcelApi requirement set this Excel has ("1.8" for Excel 2019); every set when omitted. */
  apiVersion?: string;
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(
  code: string,
  message: string,
  errorLocation = ""
): Error & { code: string } {
  const error = new Error(message) as Error & { code: string; debugInfo: unknown };
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation };
  return error;
}

const NOT_SYNCED = "Error, context.sync() was not called";
const CELL_PROPERTIES = new Set(["values", "formulas", "numberFormat"]);
/** What a range loads cell by cell: the writable properties and the read-only type of each value. */
const CELL_LOADS = new Set([...CELL_PROPERTIES, "valueTypes"]);
/** The row properties the mock answers in getRowProperties. */
const ROW_PROPERTIES = new Set(["rowIndex", "rowHidden"]);
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

interface Bounds {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
  /** Whole columns or whole rows. */
  unbounded: boolean;
}

/** A root object the proxies of its nested objects report to. */
interface Root {
  sheet?: string;
  target: string;
  /** A write to the object or one nested in it, applied at the sync. */
  write?: (path: string, value: unknown) => void;
  /** The current value of a loadable property, and how many cells it carries. */
  read?: (path: string) => { value: unknown; cells?: number };
  /** Writes need an unprotected sheet. */
  writes: boolean;
  /**
   * Methods and properties of the object (by path: "getCellProperties", "format.columnWidth") that need
   * a newer ExcelApi set than the first one, with the set's version.
   */
  gates?: Record<string, string>;
}

interface Meta {
  root: Root;
  path: string;
}

export class MockExcel {
  readonly context: Excel.RequestContext;
  readonly log: MockCall[] = [];
  readonly sheets: MockSheet[];
  syncCount = 0;
  active: string;

  private pending: (() => void)[] = [];
  private pendingError: Error | undefined;
  private failures = new Map<number, Error>();
  private refreshers = new Map<OfficeMockObject, () => number>();
  private proxies = new WeakMap<object, object>();
  /** The office-addin-mock object behind each proxy made by `object`. */
  private raws = new WeakMap<object, OfficeMockObject>();
  private nextId = 1;
  /** The address of each range handed out, for calls that take a range (charts.add, setValues). */
  private rangeAddresses = new WeakMap<object, string>();
  private readonly responseCellLimit: number;
  /** The highest ExcelApi set, or undefined for every set. */
  readonly apiVersion: string | undefined;

  constructor(options: MockExcelOptions) {
    this.sheets = options.sheets.map((spec) => this.sheetFrom(spec));
    this.active = options.active ?? this.sheets[0]?.name ?? "";
    this.responseCellLimit = options.responseCellLimit ?? Infinity;
    this.apiVersion = options.apiVersion;
    const context = new OfficeMockObject({
      workbook: { worksheets: this.worksheetsData() },
      sync: () => this.sync(),
    });
    this.context = this.wrap(context, {
      root: {
        target: "context",
        writes: false,
        gates: { "workbook.worksheets.getItemOrNullObject": "1.4" },
      },
      path: "",
    }) as Excel.RequestContext;
  }

  /** Whether this Excel has the requirement set: ExcelApi up to `apiVersion`, no other set. */
  isSetSupported(name: string, minVersion = "1.1"): boolean {
    if (name !== "ExcelApi") return false;
    return this.apiVersion === undefined || versionAtMost(minVersion, this.apiVersion);
  }

  /** The state of a sheet (after the syncs so far). */
  sheet(name: string): MockSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** The state of a cell, such as "G12". */
  cell(sheet: string, address: string): MockCell | undefined {
    return this.sheet(sheet).cells.get(address);
  }

  /** Makes a sync (the next one unless `at` says which, counting from 1) reject with the error. */
  failSync(error: Error, at = this.syncCount + 1): void {
    this.failures.set(at, error);
  }

  /** The writes and calls made so far for the sheet. */
  writes(sheet: string): MockCall[] {
    return this.log.filter((call) => call.sheet === sheet);
  }

  // ---- sync --------------------------------------------------------------------------------------------

  private async sync(): Promise<void> {
    this.syncCount++;
    const error = this.failures.get(this.syncCount) ?? this.pendingError;
    const pending = this.pending;
    const refreshers = this.refreshers;
    this.pendingError = undefined;
    this.pending = [];
    this.refreshers = new Map();
    if (error) throw error;
    for (const apply of pending) apply();
    let cells = 0;
    for (const refresh of refreshers.values()) cells += refresh();
    if (cells > this.responseCellLimit)
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    for (const raw of refreshers.keys()) await raw.sync();
    // office-addin-mock hands loaded values over on later microtasks.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private fail(error: Error): void {
    this.pendingError ??= error;
  }

  // ---- proxies: every write and load goes through here ---------------------------------------------------

  private wrap(raw: OfficeMockObject, meta: Meta): object {
    const known = this.proxies.get(raw);
    if (known) return known;
    const proxy = new Proxy(raw, {
      get: (target, key, receiver) => {
        if (key === "load") return (what?: unknown) => this.load(target, meta, what);
        if (typeof key === "string") this.gate(meta.root, join(meta.path, key));
        const value = Reflect.get(target, key, receiver);
        if (value instanceof OfficeMockObject && typeof key === "string") {
          return this.wrap(value, { root: meta.root, path: join(meta.path, key) });
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
      set: (target, key, value) => {
        if (typeof key === "string" && !key.startsWith("_")) this.write(meta, key, value);
        return Reflect.set(target, key, value);
      },
    });
    this.proxies.set(raw, proxy);
    return proxy;
  }

  /** Throws as office.js does when the object's method or property needs a set this Excel lacks. */
  private gate(root: Root, path: string): void {
    const version = root.gates?.[path];
    if (version === undefined || this.isSetSupported("ExcelApi", version)) return;
    const name = `${root.target.split(" ")[0]}.${path}`;
    throw officeError(
      "ApiNotFound",
      `The method or property ${name} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
      name
    );
  }

  private write(meta: Meta, key: string, value: unknown): void {
    const path = join(meta.path, key);
    const root = meta.root;
    this.gate(root, path);
    this.record(root, path, value);
    if (root.writes) this.guard(root.sheet);
    if (!root.write) throw new Error(`The mock does not model writing ${path} on ${root.target}`);
    const write = root.write;
    this.pending.push(() => write(path, value));
  }

  private record(root: Root, action: string, value?: unknown): void {
    this.log.push({
      batch: this.syncCount + 1,
      sheet: root.sheet,
      target: root.target,
      action,
      value,
    });
  }

  /** A call that changes the sheet: logged, refused on a protected sheet, applied at the sync. */
  private call(
    root: Root,
    method: string,
    args: unknown[],
    apply: () => void,
    writes = true
  ): void {
    this.record(root, `${method}()`, args.length === 1 ? args[0] : args);
    if (writes) this.guard(root.sheet);
    this.pending.push(apply);
  }

  private guard(sheetName: string | undefined): void {
    const sheet = sheetName === undefined ? undefined : this.find(sheetName);
    if (sheet?.protected)
      this.fail(
        officeError(
          "AccessDenied",
          "The cell or chart you're trying to change is on a protected sheet.",
          "Range.values"
        )
      );
  }

  private load(raw: OfficeMockObject, meta: Meta, what: unknown): unknown {
    if (Object.prototype.hasOwnProperty.call(raw, "load")) {
      // A collection: its own load answers at the sync.
      (raw.load as (this: OfficeMockObject, what: unknown) => void).call(raw, what);
      return this.proxies.get(raw);
    }
    const names =
      typeof what === "string"
        ? what.split(",").map((name) => name.trim())
        : Array.isArray(what)
          ? (what as string[])
          : [];
    const read = meta.root.read;
    if (!read) throw new Error(`The mock does not model loading ${meta.root.target}`);
    for (const name of names) {
      if (!(name in raw)) raw["setValue"](name, undefined);
    }
    raw.load(names);
    const previous = this.refreshers.get(raw);
    this.refreshers.set(raw, () => {
      let cells = previous ? previous() : 0;
      for (const name of names) {
        const answer = read(join(meta.path, name));
        raw["setValue"](name, answer.value);
        raw.load(name);
        cells += answer.cells ?? 0;
      }
      return cells;
    });
    return this.proxies.get(raw);
  }

  /** Something answered at the next sync (a collection's items, a ClientResult's value). */
  private answerAtSync(raw: OfficeMockObject, answer: () => number): void {
    const previous = this.refreshers.get(raw);
    this.refreshers.set(raw, () => (previous ? previous() : 0) + answer());
  }

  // ---- the workbook --------------------------------------------------------------------------------------

  private find(name: string): MockSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  private sheetFrom(spec: MockSheetSpec): MockSheet {
    const sheet: MockSheet = {
      name: spec.name,
      visibility: spec.visibility ?? "Visible",
      cells: new Map(),
      merges: [...(spec.grid?.merges ?? [])],
      hiddenRows: new Set(spec.grid?.hiddenRows ?? []),
      conditionalFormats: (spec.conditionalFormats ?? []).map((format) => ({
        ...format,
        id: String(this.nextId++),
      })),
      protected: spec.protected ?? false,
      usedSize: spec.usedSize,
      valuesNull: spec.valuesNull ?? false,
      pageLayout: spec.printArea === undefined ? {} : { printArea: spec.printArea },
      validations: new Map(),
      lineFormats: [],
      fittedRows: [],
      charts: [],
    };
    const grid = spec.grid;
    grid?.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const stored: MockCell = { formats: {} };
        if (cell.value !== null && cell.value !== undefined) stored.value = cell.value;
        if (cell.formula !== undefined) stored.formula = `=${cell.formula}`;
        if (cell.error !== undefined) stored.error = cell.error;
        if (cell.bold) stored.bold = true;
        if (cell.italic) stored.italic = true;
        const format = spec.numberFormats?.[r]?.[c];
        if (format !== undefined) stored.numberFormat = format;
        sheet.cells.set(cellAddress(grid.firstColumn + c, grid.firstRow + r), stored);
      })
    );
    return sheet;
  }

  private worksheetsData() {
    const root: Root = { target: "worksheets", writes: false };
    const collection: Record<string, unknown> = {
      getItem: (name: string) => {
        if (!this.find(name))
          this.fail(
            officeError(
              "ItemNotFound",
              "The requested resource doesn't exist.",
              "Worksheets.getItem"
            )
          );
        return this.worksheet(name);
      },
      getItemOrNullObject: (name: string) => {
        const proxy = this.worksheet(name);
        (this.rawOf(proxy) as Record<string, unknown>).isNullObject = !this.find(name);
        return proxy;
      },
      getActiveWorksheet: () => this.worksheet(this.active),
      add: (name: string) => {
        const taken = this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
        if (taken)
          this.fail(
            officeError("ItemAlreadyExists", "The resource already exists.", "Worksheets.add")
          );
        this.call(root, "add", [name], () => this.sheets.push(this.sheetFrom({ name })), false);
        return this.worksheet(name);
      },
      items: NOT_SYNCED,
    };
    const mock = this;
    collection.load = function (this: OfficeMockObject, what: unknown) {
      if (what !== "items/name")
        throw new Error(`The mock loads worksheets as "items/name", not ${String(what)}`);
      const raw = this;
      mock.answerAtSync(raw, () => {
        raw.items = mock.sheets.map((sheet) => ({ name: sheet.name }));
        return 0;
      });
    };
    return collection;
  }

  private rawOf(proxy: object): OfficeMockObject {
    const raw = this.raws.get(proxy);
    if (!raw) throw new Error("Not a mock object");
    return raw;
  }

  private object(data: Record<string, unknown>, root: Root): object {
    const raw = new OfficeMockObject(data);
    const proxy = this.wrap(raw, { root, path: "" });
    this.raws.set(proxy, raw);
    return proxy;
  }

  private worksheet(name: string): Excel.Worksheet {
    const root: Root = {
      sheet: name,
      target: "worksheet",
      writes: true,
      gates: {
        freezePanes: "1.7",
        pageLayout: "1.9",
        getRanges: "1.9",
        horizontalPageBreaks: "1.9",
      },
      read: (path) => {
        if (path === "name") return { value: name };
        if (path === "visibility") return { value: this.sheet(name).visibility };
        throw new Error(`The mock does not model loading worksheet.${path}`);
      },
      write: (path, value) => {
        if (path.startsWith("pageLayout.")) this.sheet(name).pageLayout[path.slice(11)] = value;
        else if (path === "visibility") this.setVisibility(this.sheet(name), value);
        else throw new Error(`The mock does not model writing worksheet.${path}`);
      },
    };
    const sheet = () => this.sheet(name);
    return this.object(
      {
        name: NOT_SYNCED,
        getRange: (address?: string) =>
          this.range(name, address ?? `A1:${columnLetter(MAX_COLUMN)}${MAX_ROW}`),
        getRanges: (addresses: string) => this.rangeAreas(name, addresses),
        getUsedRange: (valuesOnly?: boolean) => {
          // The argument came with ExcelApi 1.2.
          const argument = "getUsedRange(valuesOnly)";
          if (valuesOnly !== undefined)
            this.gate({ ...root, gates: { [argument]: "1.2" } }, argument);
          const state = this.find(name);
          return this.range(name, state ? this.usedAddress(state) : "A1");
        },
        activate: () => this.call(root, "activate", [], () => (this.active = name), false),
        charts: {
          add: (type: string, source: Excel.Range, seriesBy?: string) =>
            this.addChart(name, root, type, source, seriesBy),
        },
        freezePanes: {
          freezeRows: (rows: number) =>
            this.call(
              root,
              "freezePanes.freezeRows",
              [rows],
              () => (sheet().frozen = { rows, columns: 0 })
            ),
          freezeColumns: (columns: number) =>
            this.call(
              root,
              "freezePanes.freezeColumns",
              [columns],
              () => (sheet().frozen = { rows: 0, columns })
            ),
          freezeAt: (address: string) =>
            this.call(root, "freezePanes.freezeAt", [address], () => {
              const bounds = parseBounds(address);
              sheet().frozen = { rows: bounds.lastRow, columns: bounds.lastColumn };
            }),
        },
        pageLayout: {
          headersFooters: { defaultForAllPages: {}, firstPage: {} },
          setPrintTitleRows: (rows: string) =>
            this.call(
              root,
              "pageLayout.setPrintTitleRows",
              [rows],
              () => (sheet().pageLayout.printTitleRows = rows)
            ),
          setPrintArea: (area: string) =>
            this.call(
              root,
              "pageLayout.setPrintArea",
              [area],
              () => (sheet().pageLayout.printArea = area)
            ),
          getPrintAreaOrNullObject: () => this.printAreaOf(name),
        },
        horizontalPageBreaks: {
          add: (before: string) =>
            this.call(root, "horizontalPageBreaks.add", [before], () =>
              (sheet().pageBreaks ??= []).push(before)
            ),
        },
      },
      root
    ) as Excel.Worksheet;
  }

  /** pageLayout.getPrintAreaOrNullObject: the print area's address at the sync, or a null object. */
  private printAreaOf(name: string): Excel.RangeAreas {
    const area = () => this.sheet(name).pageLayout.printArea as string | undefined;
    const raw = new OfficeMockObject({ address: NOT_SYNCED });
    const areaRoot: Root = {
      sheet: name,
      target: "printArea",
      writes: false,
      read: (path) => {
        if (path !== "address")
          throw new Error(`The mock does not model loading printArea.${path}`);
        return { value: area() === undefined ? "" : `${quoted(name)}!${area()}` };
      },
    };
    const proxy = this.wrap(raw, { root: areaRoot, path: "" });
    this.answerAtSync(raw, () => {
      raw.isNullObject = area() === undefined;
      return 0;
    });
    return proxy as unknown as Excel.RangeAreas;
  }

  /**
   * Worksheet.visibility, applied at the sync: Excel keeps at least one sheet visible, and a hidden
   * sheet stops being the active one (the next visible sheet is).
   */
  private setVisibility(sheet: MockSheet, value: unknown): void {
    if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden")
      throw officeError("InvalidArgument", `The argument is invalid: ${String(value)}`);
    const others = this.sheets.filter((other) => other !== sheet && other.visibility === "Visible");
    if (value !== "Visible" && others.length === 0)
      throw officeError(
        "InvalidOperation",
        "A workbook must keep at least one visible sheet.",
        "Worksheet.visibility"
      );
    sheet.visibility = value;
    if (value !== "Visible" && this.active === sheet.name) {
      const at = this.sheets.indexOf(sheet);
      const next =
        this.sheets.slice(at + 1).find((other) => other.visibility === "Visible") ?? others[0];
      this.active = next.name;
    }
  }

  private usedAddress(sheet: MockSheet): string {
    if (sheet.usedSize) return `A1:${cellAddress(sheet.usedSize.columns, sheet.usedSize.rows)}`;
    let bounds: Bounds | undefined;
    for (const [address, cell] of sheet.cells) {
      if (cell.value === undefined && cell.formula === undefined && cell.error === undefined)
        continue;
      const { firstRow: row, firstColumn: column } = parseBounds(address);
      bounds = bounds
        ? {
            firstRow: Math.min(bounds.firstRow, row),
            firstColumn: Math.min(bounds.firstColumn, column),
            lastRow: Math.max(bounds.lastRow, row),
            lastColumn: Math.max(bounds.lastColumn, column),
            unbounded: false,
          }
        : {
            firstRow: row,
            firstColumn: column,
            lastRow: row,
            lastColumn: column,
            unbounded: false,
          };
    }
    return bounds ? boundsText(bounds) : "A1";
  }

  // ---- charts --------------------------------------------------------------------------------------------

  private addressOf(range: unknown): string {
    const address = typeof range === "object" && range ? this.rangeAddresses.get(range) : undefined;
    if (address === undefined) throw new Error("The mock takes ranges it handed out");
    return address;
  }

  private addChart(
    sheetName: string,
    root: Root,
    type: string,
    source: Excel.Range,
    seriesBy = "Auto"
  ): Excel.Chart {
    if (seriesBy !== "Columns")
      throw new Error(`The mock does not model charts.add by ${seriesBy}, only by "Columns"`);
    const address = this.addressOf(source);
    const chart: MockChart = { type, source: address, seriesBy, series: [], formats: {} };
    const bounds = parseBounds(address);
    this.call(root, "charts.add", [type, address, seriesBy], () => {
      for (let column = bounds.firstColumn; column <= bounds.lastColumn; column++) {
        const top = cellAddress(column, bounds.firstRow);
        const bottom = cellAddress(column, bounds.lastRow);
        chart.series.push({ name: `Series${chart.series.length + 1}`, values: `${top}:${bottom}` });
      }
      this.sheet(sheetName).charts.push(chart);
    });
    const chartRoot: Root = {
      sheet: sheetName,
      target: `chart ${address}`,
      writes: true,
      gates: { "series.add": "1.7" },
      write: (path, value) => (chart.formats[path] = value),
    };
    return this.object(
      {
        title: {},
        legend: {},
        dataLabels: {},
        setPosition: (from: string, to?: string) =>
          this.call(chartRoot, "setPosition", [from, to], () => (chart.position = { from, to })),
        series: {
          getItemAt: (index: number) =>
            this.chartSeries(chartRoot, () => {
              const found = chart.series[index];
              if (!found)
                throw officeError("InvalidArgument", "The argument is invalid.", "getItemAt");
              return found;
            }),
          add: (name?: string) => {
            const series: MockChartSeries = { name: name ?? "" };
            this.call(chartRoot, "series.add", [name], () => chart.series.push(series));
            return this.chartSeries(chartRoot, () => series);
          },
        },
      },
      chartRoot
    ) as Excel.Chart;
  }

  /** A series, found at the sync (`find`), when the writes queued on it are applied. */
  private chartSeries(chartRoot: Root, find: () => MockChartSeries): Excel.ChartSeries {
    const root: Root = {
      ...chartRoot,
      target: `${chartRoot.target} series`,
      gates: { setValues: "1.7", setXAxisValues: "1.7" },
      write: (path, value) => {
        if (path !== "name") throw new Error(`The mock does not model writing series.${path}`);
        find().name = String(value);
      },
    };
    return this.object(
      {
        setValues: (range: Excel.Range) => {
          const address = this.addressOf(range);
          this.call(root, "setValues", [address], () => (find().values = address));
        },
        setXAxisValues: (range: Excel.Range) => {
          const address = this.addressOf(range);
          this.call(root, "setXAxisValues", [address], () => (find().xAxisValues = address));
        },
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.call(root, "format.fill.setSolidColor", [color], () => (find().fill = color)),
          },
        },
        points: {
          getItemAt: (index: number) => ({
            format: {
              fill: {
                setSolidColor: (color: string) =>
                  this.call(root, "points.format.fill.setSolidColor", [index, color], () => {
                    (find().pointFills ??= [])[index] = color;
                  }),
              },
            },
          }),
        },
      },
      root
    ) as Excel.ChartSeries;
  }

  // ---- ranges --------------------------------------------------------------------------------------------

  private range(sheetName: string, address: string): Excel.Range {
    const bounds = parseBounds(address);
    const sheet = () => this.sheet(sheetName);
    const rows = bounds.lastRow - bounds.firstRow + 1;
    const root: Root = {
      sheet: sheetName,
      target: `range ${address}`,
      writes: true,
      gates: {
        conditionalFormats: "1.6",
        dataValidation: "1.8",
        getCellProperties: "1.9",
        getRowProperties: "1.9",
        getMergedAreasOrNullObject: "1.13",
        merge: "1.2",
        "format.columnWidth": "1.2",
        "format.rowHeight": "1.2",
        "format.autofitRows": "1.2",
      },
      read: (path) => this.readRange(sheet(), bounds, path),
      write: (path, value) => this.writeRange(sheet(), address, bounds, path, value),
    };
    const resultRoot: Root = {
      sheet: sheetName,
      target: `cellProperties ${address}`,
      writes: false,
    };
    const proxy = this.object(
      {
        address: NOT_SYNCED,
        format: {
          font: {},
          borders: {
            getItem: (name: string) =>
              this.wrap(new OfficeMockObject({}), { root, path: `format.borders.${name}` }),
          },
          autofitRows: () =>
            this.call(root, "format.autofitRows", [], () => sheet().fittedRows.push(address)),
        },
        dataValidation: {},
        conditionalFormats: this.conditionalFormats(sheetName, address, root),
        getCellProperties: () => {
          const raw = new OfficeMockObject({ value: NOT_SYNCED });
          const proxy = this.wrap(raw, { root: resultRoot, path: "" });
          this.answerAtSync(raw, () => {
            const state = sheet();
            const answer = state.usedSize
              ? null
              : grid(bounds, (address) => {
                  const cell = state.cells.get(address);
                  return {
                    format: { font: { bold: cell?.bold ?? false, italic: cell?.italic ?? false } },
                  };
                });
            raw["setValue"]("value", answer);
            raw.load("value");
            return 0;
          });
          raw.load("value");
          return proxy;
        },
        getRowProperties: (options: unknown) => {
          const names = rowPropertyNames(options);
          const raw = new OfficeMockObject({ value: NOT_SYNCED });
          const proxy = this.wrap(raw, { root: resultRoot, path: "" });
          this.answerAtSync(raw, () => {
            const state = sheet();
            const answer: Record<string, unknown>[] = [];
            for (let row = bounds.firstRow; row <= bounds.lastRow; row++) {
              const properties: Record<string, unknown> = {};
              // Zero-based in the sheet, as Range.rowIndex is.
              if (names.includes("rowIndex")) properties.rowIndex = row - 1;
              if (names.includes("rowHidden")) properties.rowHidden = state.hiddenRows.has(row);
              answer.push(properties);
            }
            raw["setValue"]("value", state.usedSize ? null : answer);
            raw.load("value");
            return 0;
          });
          raw.load("value");
          return proxy;
        },
        getMergedAreasOrNullObject: () => {
          // Excel gives the merged areas whose top left cell is in the range.
          const inside = () =>
            sheet().merges.filter((merge) => {
              const area = parseBounds(merge);
              return within(bounds, area.firstRow, area.firstColumn);
            });
          const raw = new OfficeMockObject({ address: NOT_SYNCED });
          const areasRoot: Root = {
            sheet: sheetName,
            target: `mergedAreas ${address}`,
            writes: false,
            read: (path) => {
              if (path !== "address")
                throw new Error(`The mock does not model loading mergedAreas.${path}`);
              return {
                value: inside()
                  .map((merge) => `${quoted(sheetName)}!${merge}`)
                  .join(", "),
              };
            },
          };
          const proxy = this.wrap(raw, { root: areasRoot, path: "" });
          this.answerAtSync(raw, () => {
            raw.isNullObject = inside().length === 0;
            return 0;
          });
          return proxy;
        },
        merge: (across?: boolean) =>
          this.call(root, "merge", [across ?? false], () =>
            sheet().merges.push(boundsText(bounds))
          ),
        insert: (shift: string) =>
          this.call(root, "insert", [shift], () => {
            if (shift !== "Down" || bounds.firstColumn !== 1 || bounds.lastColumn !== MAX_COLUMN)
              throw new Error("The mock only inserts whole rows");
            shiftRows(sheet(), bounds.firstRow, rows);
          }),
        delete: (shift: string) =>
          this.call(root, "delete", [shift], () => {
            if (shift !== "Up" || bounds.firstColumn !== 1 || bounds.lastColumn !== MAX_COLUMN)
              throw new Error("The mock only deletes whole rows");
            deleteRows(sheet(), bounds.firstRow, rows);
          }),
        select: () => this.call(root, "select", [], () => (sheet().selection = address), false),
      },
      root
    ) as Excel.Range;
    this.rangeAddresses.set(proxy, address);
    return proxy;
  }

  private readRange(
    sheet: MockSheet,
    bounds: Bounds,
    path: string
  ): { value: unknown; cells?: number } {
    const rows = bounds.lastRow - bounds.firstRow + 1;
    const columns = bounds.lastColumn - bounds.firstColumn + 1;
    switch (path) {
      case "address":
        return { value: `${quoted(sheet.name)}!${boundsText(bounds)}` };
      case "rowCount":
        return { value: rows };
      case "columnCount":
        return { value: columns };
    }
    if (!CELL_LOADS.has(path)) throw new Error(`The mock does not model loading range.${path}`);
    if (sheet.usedSize || (sheet.valuesNull && (path === "values" || path === "valueTypes")))
      return { value: null, cells: 0 };
    const value = grid(bounds, (address) => {
      const cell = sheet.cells.get(address);
      if (path === "numberFormat") return cell?.numberFormat ?? "General";
      if (path === "formulas") return cell?.formula ?? cell?.error ?? cell?.value ?? "";
      if (path === "valueTypes") return valueType(cell);
      if (cell?.error !== undefined) return cell.error;
      if (cell?.formula !== undefined) return cell.value ?? 0;
      return cell?.value ?? "";
    });
    return { value, cells: path === "values" ? rows * columns : 0 };
  }

  private writeRange(
    sheet: MockSheet,
    address: string,
    bounds: Bounds,
    path: string,
    value: unknown
  ): void {
    if (path === "valueTypes") throw new Error("valueTypes is read-only in Excel");
    if (bounds.unbounded) {
      if (CELL_PROPERTIES.has(path))
        throw officeError(
          "InvalidArgument",
          `Cannot set ${path} on an unbounded range ${address}.`
        );
      sheet.lineFormats.push({ address, path, value });
      return;
    }
    if (path.startsWith("dataValidation.")) {
      const validation = sheet.validations.get(address) ?? {};
      validation[path.slice(15)] = value;
      sheet.validations.set(address, validation);
      return;
    }
    const each = (apply: (cell: MockCell, item: unknown) => void) => {
      const rows = value as unknown[][];
      const height = bounds.lastRow - bounds.firstRow + 1;
      const width = bounds.lastColumn - bounds.firstColumn + 1;
      if (
        !Array.isArray(rows) ||
        rows.length !== height ||
        rows.some((row) => row.length !== width)
      )
        throw officeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size of the range ${address}.`
        );
      rows.forEach((row, r) =>
        row.forEach((item, c) => {
          if (item === null) return;
          const at = cellAddress(bounds.firstColumn + c, bounds.firstRow + r);
          const cell = sheet.cells.get(at) ?? { formats: {} };
          sheet.cells.set(at, cell);
          apply(cell, item);
        })
      );
    };
    const text = (cell: MockCell) => cell.numberFormat === "@";
    switch (path) {
      case "numberFormat":
        return each((cell, item) => (cell.numberFormat = String(item)));
      case "values":
        return each((cell, item) => {
          cell.formatAtWrite = cell.numberFormat ?? "General";
          delete cell.formula;
          delete cell.value;
          delete cell.error;
          // Excel reads a value starting with "=", "+" or "-" as a formula unless the cell is text.
          if (typeof item === "string" && /^[=+-]/.test(item) && !text(cell))
            cell.formula = item.startsWith("=") ? item : `=${item}`;
          else if (item !== "") cell.value = item as string | number | boolean;
        });
      case "formulas":
        return each((cell, item) => {
          cell.formatAtWrite = cell.numberFormat ?? "General";
          delete cell.formula;
          delete cell.value;
          delete cell.error;
          if (typeof item === "string" && item.startsWith("=") && !text(cell)) cell.formula = item;
          else if (item !== "") cell.value = item as string | number | boolean;
        });
    }
    for (let row = bounds.firstRow; row <= bounds.lastRow; row++) {
      for (let column = bounds.firstColumn; column <= bounds.lastColumn; column++) {
        const at = cellAddress(column, row);
        const cell = sheet.cells.get(at) ?? { formats: {} };
        sheet.cells.set(at, cell);
        if (path === "format.font.bold") cell.bold = Boolean(value);
        else if (path === "format.font.italic") cell.italic = Boolean(value);
        else cell.formats[path] = value;
      }
    }
  }

  private rangeAreas(sheetName: string, addresses: string): Excel.RangeAreas {
    const root: Root = { sheet: sheetName, target: `rangeAreas ${addresses}`, writes: true };
    return this.object(
      {
        address: addresses,
        conditionalFormats: this.conditionalFormats(sheetName, addresses, root),
      },
      root
    ) as Excel.RangeAreas;
  }

  // ---- conditional formats -------------------------------------------------------------------------------

  private conditionalFormats(
    sheetName: string,
    addresses: string,
    owner: Root
  ): Record<string, unknown> {
    const sheet = () => this.sheet(sheetName);
    const areas = addresses.split(",").map((address) => parseBounds(address.trim()));
    const collection: Record<string, unknown> = {
      items: NOT_SYNCED,
      add: (type: string) => {
        const id = String(this.nextId++);
        this.call(owner, "conditionalFormats.add", [type], () =>
          sheet().conditionalFormats.push({ id, type, ranges: addresses })
        );
        return this.conditionalFormat(sheetName, id, type);
      },
    };
    const mock = this;
    collection.load = function (this: OfficeMockObject, what: unknown) {
      if (what !== "items/type")
        throw new Error(`The mock loads conditional formats as "items/type", not ${String(what)}`);
      const raw = this;
      mock.answerAtSync(raw, () => {
        raw.items = sheet()
          .conditionalFormats.filter((format) =>
            format.ranges.split(",").some((address) => {
              const area = parseBounds(address.trim());
              return areas.some((bounds) => overlaps(bounds, area));
            })
          )
          .map((format) => {
            const proxy = mock.conditionalFormat(sheetName, format.id, format.type);
            const formatRaw = mock.rawOf(proxy);
            formatRaw["setValue"]("type", format.type);
            formatRaw.load("type");
            void formatRaw.sync();
            return proxy;
          });
        return 0;
      });
    };
    return collection;
  }

  private conditionalFormat(sheetName: string, id: string, type: string): object {
    const state = () => this.sheet(sheetName).conditionalFormats.find((format) => format.id === id);
    const root: Root = {
      sheet: sheetName,
      target: `conditionalFormat ${id}`,
      writes: true,
      read: (path) => {
        if (path === "custom.rule.formula") return { value: state()?.formula };
        throw new Error(`The mock does not model loading conditionalFormat.${path}`);
      },
      write: (path, value) => {
        const format = state();
        if (!format) throw officeError("ItemNotFound", "The conditional format no longer exists.");
        if (path === "custom.rule.formula") format.formula = String(value);
        else if (path === "custom.format.fill.color") format.fill = String(value);
        else throw new Error(`The mock does not model writing conditionalFormat.${path}`);
      },
    };
    const data: Record<string, unknown> = {
      id,
      type: NOT_SYNCED,
      delete: () =>
        this.call(root, "delete", [], () => {
          const formats = this.sheet(sheetName).conditionalFormats;
          const at = formats.findIndex((format) => format.id === id);
          if (at < 0) throw officeError("ItemNotFound", "The conditional format no longer exists.");
          formats.splice(at, 1);
        }),
    };
    if (type === "Custom") data.custom = { rule: { formula: NOT_SYNCED }, format: { fill: {} } };
    return this.object(data, root);
  }
}

export function mockExcel(options: MockExcelOptions): MockExcel {
  return new MockExcel(options);
}

/**
 * The part of the Office global the adapter asks about requirement sets, answering for the mock's Excel:
 * put it on globalThis.Office for the length of a test (and delete it after), as office.js would be there.
 */
export function officeFor(excel: MockExcel): {
  context: { requirements: Office.RequirementSetSupport };
} {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          excel.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion)),
      },
    },
  };
}

/** Whether requirement set version `version` ("1.9") is at most `highest` ("1.13"). */
function versionAtMost(version: string, highest: string): boolean {
  const a = version.split(".").map(Number);
  const b = highest.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return true;
}

// ---- cells and rows --------------------------------------------------------------------------------------

/** The Excel.RangeValueType Excel gives for the cell in `valueTypes`. */
function valueType(cell: MockCell | undefined): string {
  if (cell?.error !== undefined) return "Error";
  const value = cell?.formula !== undefined ? (cell.value ?? 0) : cell?.value;
  if (value === undefined || value === "") return cell?.formula !== undefined ? "String" : "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  return "String";
}

/** The properties asked of getRowProperties; throws for any the mock does not answer. */
function rowPropertyNames(options: unknown): string[] {
  const asked = typeof options === "object" && options !== null ? Object.entries(options) : [];
  const unmodelled = asked.filter(([name, value]) => !ROW_PROPERTIES.has(name) || value !== true);
  if (asked.length === 0 || unmodelled.length > 0)
    throw new Error(
      `The mock does not model getRowProperties(${JSON.stringify(options)}): only { rowIndex: true, rowHidden: true }`
    );
  return asked.map(([name]) => name);
}

// ---- addresses -------------------------------------------------------------------------------------------

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function quoted(sheetName: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

function parseBounds(reference: string): Bounds {
  const address = reference
    .slice(reference.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim();
  const [from, to = from] = address.split(":");
  const columnsOnly = /^[A-Z]+$/i;
  const rowsOnly = /^\d+$/;
  if (columnsOnly.test(from) && columnsOnly.test(to))
    return {
      firstRow: 1,
      lastRow: MAX_ROW,
      firstColumn: columnNumber(from),
      lastColumn: columnNumber(to),
      unbounded: true,
    };
  if (rowsOnly.test(from) && rowsOnly.test(to))
    return {
      firstRow: Number(from),
      lastRow: Number(to),
      firstColumn: 1,
      lastColumn: MAX_COLUMN,
      unbounded: true,
    };
  const start = /^([A-Z]+)(\d+)$/i.exec(from);
  const end = /^([A-Z]+)(\d+)$/i.exec(to);
  if (!start || !end) throw officeError("InvalidArgument", `The argument is invalid: ${reference}`);
  const bounds = {
    firstRow: Number(start[2]),
    firstColumn: columnNumber(start[1]),
    lastRow: Number(end[2]),
    lastColumn: columnNumber(end[1]),
  };
  const whole =
    bounds.firstRow === 1 &&
    bounds.lastRow === MAX_ROW &&
    bounds.firstColumn === 1 &&
    bounds.lastColumn === MAX_COLUMN;
  return { ...bounds, unbounded: whole };
}

function boundsText(bounds: Omit<Bounds, "unbounded">): string {
  const start = cellAddress(bounds.firstColumn, bounds.firstRow);
  const end = cellAddress(bounds.lastColumn, bounds.lastRow);
  return start === end ? start : `${start}:${end}`;
}

function within(bounds: Omit<Bounds, "unbounded">, row: number, column: number): boolean {
  return (
    row >= bounds.firstRow &&
    row <= bounds.lastRow &&
    column >= bounds.firstColumn &&
    column <= bounds.lastColumn
  );
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return (
    a.firstRow <= b.lastRow &&
    b.firstRow <= a.lastRow &&
    a.firstColumn <= b.lastColumn &&
    b.firstColumn <= a.lastColumn
  );
}

function grid<T>(bounds: Bounds, cell: (address: string) => T): T[][] {
  const rows: T[][] = [];
  for (let row = bounds.firstRow; row <= bounds.lastRow; row++) {
    const cells: T[] = [];
    for (let column = bounds.firstColumn; column <= bounds.lastColumn; column++)
      cells.push(cell(cellAddress(column, row)));
    rows.push(cells);
  }
  return rows;
}

/**
 * Whole rows `row` to `row + count - 1` deleted: their cells and hidden flags go, what is below moves up.
 * (Formulas are kept as written, as insertion keeps them: the mock computes none.)
 */
function deleteRows(sheet: MockSheet, row: number, count: number): void {
  const last = row + count - 1;
  const moved = new Map<string, MockCell>();
  for (const [address, cell] of sheet.cells) {
    const { firstRow, firstColumn } = parseBounds(address);
    if (firstRow < row) moved.set(address, cell);
    else if (firstRow > last) moved.set(cellAddress(firstColumn, firstRow - count), cell);
  }
  sheet.cells = moved;
  sheet.hiddenRows = new Set(
    [...sheet.hiddenRows]
      .filter((hidden) => hidden < row || hidden > last)
      .map((hidden) => (hidden > last ? hidden - count : hidden))
  );
  // A merged area keeps the rows of it that stay (it shrinks); one wholly deleted goes.
  const after = (kept: number) => (kept > last ? kept - count : kept);
  sheet.merges = sheet.merges.flatMap((merge) => {
    const bounds = parseBounds(merge);
    const firstKept = bounds.firstRow < row ? bounds.firstRow : Math.max(bounds.firstRow, last + 1);
    const lastKept = bounds.lastRow > last ? bounds.lastRow : Math.min(bounds.lastRow, row - 1);
    if (firstKept > lastKept) return [];
    return [boundsText({ ...bounds, firstRow: after(firstKept), lastRow: after(lastKept) })];
  });
}

/** Whole rows inserted before `row`: cells and merged areas at or below it move down. */
function shiftRows(sheet: MockSheet, row: number, count: number): void {
  const moved = new Map<string, MockCell>();
  for (const [address, cell] of sheet.cells) {
    const { firstRow, firstColumn } = parseBounds(address);
    moved.set(firstRow >= row ? cellAddress(firstColumn, firstRow + count) : address, cell);
  }
  sheet.cells = moved;
  sheet.hiddenRows = new Set(
    [...sheet.hiddenRows].map((hidden) => (hidden >= row ? hidden + count : hidden))
  );
  sheet.merges = sheet.merges.map((merge) => {
    const bounds = parseBounds(merge);
    if (bounds.firstRow < row) return merge;
    return boundsText({
      ...bounds,
      firstRow: bounds.firstRow + count,
      lastRow: bounds.lastRow + count,
    });
  });
}
