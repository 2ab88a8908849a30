import { cellAddress, columnNumber } from "../domain/grid";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBounds {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * The cells an A1 reference covers: "B3:H12", "Sheet1!B3:H12", "'Kế hoạch'!$A$1" or "A1".
 * The sheet part, if any, is dropped; the address part never holds "!", so what follows the last "!" is it.
 */
export function cellBounds(reference: string): CellBounds {
  const address = reference.slice(reference.lastIndexOf("!") + 1).trim();
  const [from, to = from] = address.split(":");
  const start = CELL.exec(from);
  const end = CELL.exec(to);
  if (!start || !end) throw new Error(`Not a cell range: ${reference}`);
  const rows = [Number(start[2]), Number(end[2])];
  const columns = [columnNumber(start[1]), columnNumber(end[1])];
  return {
    firstRow: Math.min(...rows),
    firstColumn: Math.min(...columns),
    lastRow: Math.max(...rows),
    lastColumn: Math.max(...columns),
  };
}

/** "B3:H12" for a rectangle; "B3" for a single cell. */
export function boundsAddress(bounds: CellBounds): string {
  const start = cellAddress(bounds.firstColumn, bounds.firstRow);
  const end = cellAddress(bounds.lastColumn, bounds.lastRow);
  return start === end ? start : `${start}:${end}`;
}

/**
 * The areas of a RangeAreas address ("Sheet1!A1:G1, Sheet1!A3:G3", sheet names quoted when they hold
 * commas or spaces) without their sheet names: ["A1:G1", "A3:G3"].
 */
export function splitAreas(addresses: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of addresses) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      areas.push(current);
      current = "";
    } else current += ch;
  }
  areas.push(current);
  return areas
    .map((area) =>
      area
        .slice(area.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .trim()
    )
    .filter((area) => area !== "");
}

/** "6:6" or "$6:$6" as Excel's print titles want it: "$6:$6". */
export function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((row) => `$${row.replace(/\$/g, "").trim()}`)
    .join(":");
}
