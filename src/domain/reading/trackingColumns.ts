import { AmountColumn } from "../appendix";
import { Field, unitOf } from "../columns";
import { Grid } from "../grid";
import { folded } from "../text";
import { TrackingLayout } from "../tracking/readTracking";
import { TrackingField } from "../tracking/tracking";
import { textOf } from "./cleanGrid";

/**
 * How documents head the tracking columns, folded and without brackets. "Tiến độ" also heads the
 * schedule in some tables (columns.ts): it is read as tracking only to the right of the seven columns,
 * so a table whose only schedule heading is "Tiến độ" keeps it as its schedule.
 */
const TRACKING_WORDINGS: [RegExp, TrackingField][] = [
  [/^(?:tien do|tinh trang|trang thai)(?: thuc hien)?$/, "progress"],
  [/^(?:ngay|thoi gian|thoi diem) (?:hoan thanh|ht)$/, "completed"],
  [/^(?:kinh phi )?(?:da su dung|da chi|da giai ngan|thuc chi)$|^giai ngan$/, "spent"],
  [/^ket qua(?: thuc hien| dat duoc)?$/, "result"],
];

/** The tracking field a header names ("Tiến độ thực hiện", "Ngày HT", "Kinh phí đã chi (đồng)"), or null. */
export function trackingFieldOfHeader(text: string): TrackingField | null {
  const key = folded(text)
    .replace(/\(.*?\)/g, "")
    .replace(/[.:]+$/, "")
    .trim();
  for (const [wording, field] of TRACKING_WORDINGS) if (wording.test(key)) return field;
  return null;
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
  let spentHeader = "";
  for (
    let offset = Math.max(0, afterColumn + 1 - grid.firstColumn);
    offset < cells.length;
    offset++
  ) {
    const text = textOf(cells[offset]);
    if (text === "" || text.length > 80) continue;
    const field = trackingFieldOfHeader(text);
    if (field === null || columns[field] !== undefined) continue;
    columns[field] = grid.firstColumn + offset;
    if (field === "spent") spentHeader = text;
  }
  if (Object.keys(columns).length === 0) return null;
  return { columns, spentScale: unitOf(spentHeader) ?? tableScale };
}
