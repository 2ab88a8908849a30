import { CellStyle } from "../sheet/sheetDescription";
import { CellBounds } from "./addresses";

/** The style properties written as range formats (the number format travels with the values instead). */
export type FormatKey = Exclude<keyof CellStyle, "numberFormat">;
export type FormatValue = string | number | boolean;

const FORMAT_KEYS: readonly FormatKey[] = [
  "font",
  "size",
  "bold",
  "italic",
  "horizontal",
  "vertical",
  "wrap",
  "border",
];

/** What a new sheet already has: writing it again would only make the request bigger. */
const DEFAULTS: Partial<Record<FormatKey, FormatValue>> = {
  bold: false,
  italic: false,
  wrap: false,
  border: false,
};

/** A rectangle of cells that take the same formats. */
export interface StyleRange {
  bounds: CellBounds;
  formats: Partial<Record<FormatKey, FormatValue>>;
}

/**
 * The cells' formats grouped into rectangles, so that each is written once per range instead of once
 * per cell: for each property, runs of equal values along a row, joined with the same run on the rows
 * below. Rectangles that several properties share become one range with all of them.
 * `styles[r][c]` is the style of sheet row r + 1, column c + 1; `base[c]` is what the column already
 * has (its own style), so a cell that only repeats it is left alone.
 */
export function styleRanges(
  styles: readonly (readonly (CellStyle | undefined)[])[],
  base: readonly (CellStyle | undefined)[]
): StyleRange[] {
  const byBounds = new Map<string, StyleRange>();
  for (const key of FORMAT_KEYS) {
    for (const { bounds, value } of rectangles(
      styles,
      key,
      (c) => base[c]?.[key] ?? DEFAULTS[key]
    )) {
      const id = `${bounds.firstRow},${bounds.firstColumn},${bounds.lastRow},${bounds.lastColumn}`;
      let range = byBounds.get(id);
      if (!range) byBounds.set(id, (range = { bounds, formats: {} }));
      range.formats[key] = value;
    }
  }
  return [...byBounds.values()];
}

interface Rectangle {
  bounds: CellBounds;
  value: FormatValue;
}

function rectangles(
  styles: readonly (readonly (CellStyle | undefined)[])[],
  key: FormatKey,
  baseValue: (column: number) => FormatValue | undefined
): Rectangle[] {
  const done: Rectangle[] = [];
  let open = new Map<string, Rectangle>();
  styles.forEach((row, r) => {
    const sheetRow = r + 1;
    const next = new Map<string, Rectangle>();
    for (const run of runs(row, key, baseValue)) {
      const id = `${JSON.stringify(run.value)}|${run.first}|${run.last}`;
      const above = open.get(id);
      if (above) {
        above.bounds.lastRow = sheetRow;
        open.delete(id);
        next.set(id, above);
      } else {
        next.set(id, {
          value: run.value,
          bounds: {
            firstRow: sheetRow,
            lastRow: sheetRow,
            firstColumn: run.first,
            lastColumn: run.last,
          },
        });
      }
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/** Runs of neighbouring cells of one row with the same value of the property (1-based columns). */
function runs(
  row: readonly (CellStyle | undefined)[],
  key: FormatKey,
  baseValue: (column: number) => FormatValue | undefined
): { first: number; last: number; value: FormatValue }[] {
  const found: { first: number; last: number; value: FormatValue }[] = [];
  row.forEach((style, c) => {
    const value = style?.[key];
    if (value === undefined || value === baseValue(c)) return;
    const last = found[found.length - 1];
    if (last && last.last === c && last.value === value) last.last = c + 1;
    else found.push({ first: c + 1, last: c + 1, value });
  });
  return found;
}
