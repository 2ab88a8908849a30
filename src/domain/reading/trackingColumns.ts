import { AmountColumn } from "../appendix";
import { Field, unitOf } from "../columns";
import { Grid } from "../grid";
import { folded } from "../text";
import { TrackingLayout } from "../tracking/readTracking";
import { TrackingField } from "../tracking/tracking";
import { textOf } from "./cleanGrid";

/**
 * How documents head the tracking columns, folded, without brackets, spaces collapsed. "Tiến độ" also
 * heads the schedule in some tables (columns.ts): it is read as tracking only to the right of the seven
 * columns, so a table whose only schedule heading is "Tiến độ" keeps it as its schedule.
 */
const TRACKING_WORDINGS: [RegExp, TrackingField][] = [
  [
    /^(?:tien do|tinh trang|trang thai|muc do)(?: thuc hien| hoan thanh)?$|^ty le hoan thanh$/,
    "progress",
  ],
  [/^(?:ngay|thoi gian|thoi diem) (?:hoan thanh|ht)(?: thuc te)?$/, "completed"],
  [
    /^(?:so )?(?:kinh phi )?(?:thuc te )?(?:da su dung|da chi|da giai ngan|thuc chi)$|^giai ngan$/,
    "spent",
  ],
  [/^ket qua(?: thuc hien| dat duoc)?$/, "result"],
];
/**
 * "Tình hình thực hiện" says where a task stands or what it came to: it heads Tiến độ unless another
 * header does, else Kết quả unless another header does, so it takes neither's column from them.
 */
const PROGRESS_OR_RESULT = /^tinh hinh(?: thuc hien| trien khai)?$/;

function headerKey(text: string): string {
  return folded(text)
    .replace(/\(.*?\)/g, " ")
    .replace(/[.:\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The tracking fields a header may name, the likelier first: none, one, or Tiến độ then Kết quả. */
function fieldsOfHeader(text: string): readonly TrackingField[] {
  const key = headerKey(text);
  if (PROGRESS_OR_RESULT.test(key)) return ["progress", "result"];
  const field = TRACKING_WORDINGS.find(([wording]) => wording.test(key))?.[1];
  return field === undefined ? [] : [field];
}

/**
 * The tracking field a header names ("Tiến độ thực hiện", "Ngày HT thực tế", "Kinh phí (đồng) đã sử
 * dụng", "Tình hình thực hiện"), or null; on a header row, "Tình hình thực hiện" gives way (see above).
 */
export function trackingFieldOfHeader(text: string): TrackingField | null {
  return fieldsOfHeader(text)[0] ?? null;
}

/** The last sheet column of the table's own columns: the seven fields' and every Kinh phí column. */
export function lastTableColumn(
  columns: Partial<Record<Field, number>>,
  amountColumns: readonly AmountColumn[]
): number {
  return Math.max(
    0,
    ...Object.values(columns).filter((column): column is number => column !== undefined),
    ...amountColumns.map((column) => column.column)
  );
}

/**
 * The tracking columns on the header row (a clean grid's row `headerIndex`), right of the table's
 * last column: each field at the first cell heading it. null when there are none. Kinh phí đã sử
 * dụng is in the unit its header names, else in the table's (`tableScale`, from an "ĐVT" line).
 */
export function findTrackingColumns(
  grid: Grid,
  headerIndex: number,
  afterColumn: number,
  tableScale: number
): TrackingLayout | null {
  const cells = grid.rows[headerIndex] ?? [];
  const columns: Partial<Record<TrackingField, number>> = {};
  // Headers that may name either of two fields take what the others left: the others go first.
  const either: { column: number; fields: readonly TrackingField[] }[] = [];
  for (
    let offset = Math.max(0, afterColumn + 1 - grid.firstColumn);
    offset < cells.length;
    offset++
  ) {
    const text = textOf(cells[offset]);
    if (text === "" || text.length > 80) continue;
    const fields = fieldsOfHeader(text);
    const column = grid.firstColumn + offset;
    if (fields.length > 1) either.push({ column, fields });
    else if (fields.length === 1 && columns[fields[0]] === undefined) columns[fields[0]] = column;
  }
  for (const { column, fields } of either) {
    const field = fields.find((candidate) => columns[candidate] === undefined);
    if (field !== undefined) columns[field] = column;
  }
  const spentColumn = columns.spent;
  const spentHeader =
    spentColumn === undefined ? "" : textOf(cells[spentColumn - grid.firstColumn]);
  if (Object.keys(columns).length === 0) return null;
  return { columns, spentScale: unitOf(spentHeader) ?? tableScale };
}
