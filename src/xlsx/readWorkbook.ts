import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Readable } from "stream";
import { dayMonthYear } from "../domain/dates";
import { columnNumber, Grid, GridCell } from "../domain/grid";
import { shiftFormula } from "./shiftFormula";

export interface SheetGrid {
  name: string;
  grid: Grid;
}

/** What the streaming reader passes over: merged areas and the formulas of cells sharing one. */
interface SheetExtras {
  merges: string[];
  /** Sheet address → formula, for cells whose formula is stored once for a filled range. */
  sharedFormulas: Map<string, string>;
}

/**
 * Reads every sheet of an .xlsx file into grids of values, formulas and bold/italic. Cells come from
 * ExcelJS's streaming reader, which is fast and light on memory; merged areas and shared formulas,
 * which it passes over, are read from the sheet's XML.
 */
export async function readWorkbook(data: Buffer | ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
  const [sheets, extras] = await Promise.all([readCells(bytes), readExtras(bytes)]);
  return sheets.map(({ id, name, rows }) => {
    const extra = extras.get(id);
    for (const [address, formula] of extra?.sharedFormulas ?? []) {
      const match = /^([A-Z]+)(\d+)$/.exec(address);
      const cell = match ? rows[Number(match[2]) - 1]?.[columnNumber(match[1]) - 1] : undefined;
      if (cell) cell.formula = formula;
    }
    return { name, grid: { firstRow: 1, firstColumn: 1, rows, merges: extra?.merges ?? [] } };
  });
}

async function readCells(bytes: Buffer) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets: { id: string; name: string; rows: GridCell[][] }[] = [];
  for await (const sheet of reader) {
    const { id, name } = sheet as unknown as { id: string | number; name: string };
    const rows: GridCell[][] = [];
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const cells: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = gridCell(cell);
      });
      rows[row.number - 1] = cells;
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ id: String(id), name, rows });
  }
  return sheets;
}

const SHEET_PATH = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/g;
const FORMULA_CELL = /<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>\s*<f\b([^>]*?)(?:\/>|>([^<]*)<\/f>)/g;

async function readExtras(bytes: Buffer): Promise<Map<string, SheetExtras>> {
  const zip = await JSZip.loadAsync(bytes);
  const extras = new Map<string, SheetExtras>();
  for (const file of Object.values(zip.files)) {
    const id = SHEET_PATH.exec(file.name)?.[1];
    if (!id) continue;
    const xml = await file.async("string");
    const merges = [...xml.matchAll(MERGE)].map((match) => match[1]);
    extras.set(id, {
      merges,
      sharedFormulas: xml.includes('t="shared"') ? sharedFormulas(xml) : new Map(),
    });
  }
  return extras;
}

/** A shared formula is written once, on its first cell; the others take it shifted to where they are. */
function sharedFormulas(xml: string): Map<string, string> {
  const masters = new Map<string, { address: string; formula: string }>();
  const members: { address: string; index: string }[] = [];
  for (const [, address, attributes, text] of xml.matchAll(FORMULA_CELL)) {
    if (!/\bt="shared"/.test(attributes)) continue;
    const index = /\bsi="(\d+)"/.exec(attributes)?.[1];
    if (index === undefined) continue;
    if (text) masters.set(index, { address, formula: decodeXml(text) });
    else members.push({ address, index });
  }
  const formulas = new Map<string, string>();
  for (const { address, index } of members) {
    const master = masters.get(index);
    if (master) formulas.set(address, shiftFormula(master.formula, master.address, address));
  }
  return formulas;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function gridCell(cell: ExcelJS.Cell): GridCell {
  const gridded: GridCell = { value: plainValue(cell.value) };
  if (cell.type === ExcelJS.ValueType.Formula) {
    if (cell.formula) gridded.formula = cell.formula;
    gridded.value = plainValue(cell.result ?? null);
  }
  const runs =
    cell.value && typeof cell.value === "object" && "richText" in cell.value
      ? cell.value.richText
      : [];
  if (cell.font?.bold || (runs.length > 0 && runs.every((run) => run.font?.bold)))
    gridded.bold = true;
  if (cell.font?.italic || (runs.length > 0 && runs.every((run) => run.font?.italic)))
    gridded.italic = true;
  return gridded;
}

type Plain = string | number | boolean | null;

function plainValue(value: ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"]): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dayMonthYear(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("text" in value) return String(value.text);
  if ("result" in value) return plainValue(value.result ?? null);
  return null;
}
