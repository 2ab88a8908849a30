import { cellAddress, Grid } from "../domain/grid";
import { findAppendix } from "../domain/readAppendix";
import { TRACKING_FIELDS, TRACKING_HEADERS } from "../domain/tracking/tracking";
import { cellBounds } from "../excel/addresses";
import { ExcelSheets } from "../excel/excelContract";
import { ColumnsBlock, trackingColumns } from "../sheet/trackingColumns";

/** What "Thêm cột theo dõi" says, in Vietnamese. */
export const addTrackingText = {
  added: (range: string, sheetName: string) =>
    `Đã thêm các cột theo dõi (${TRACKING_FIELDS.map((field) => TRACKING_HEADERS[field]).join(", ")}) vào ${range} của trang “${sheetName}”.`,
  printAreaSet: "Vùng in được đặt là bảng phụ lục: các cột theo dõi không được in.",
  printAreaKept:
    "Trang tính đã có vùng in, được giữ nguyên: nếu vùng in gồm cả các cột mới, hãy đặt lại (Page Layout > Print Area).",
  already: (range: string) => `Bảng đã có cột theo dõi (${range}); không thêm lần nữa.`,
  occupied: (cells: string[]) =>
    `Không thêm cột theo dõi: các ô bên phải bảng đã có dữ liệu (${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""}). Hãy dời hoặc xóa dữ liệu đó trước; add-in không ghi đè dữ liệu của bạn.`,
};

export type AddTrackingResult =
  | { kind: "added"; sheetName: string; range: string; printAreaSet: boolean; message: string }
  | { kind: "no-appendix"; sheetName: string; message: string }
  | { kind: "already"; sheetName: string; message: string }
  | { kind: "occupied"; sheetName: string; cells: string[]; message: string };

/**
 * "Thêm cột theo dõi": reads the sheet (the named one or the active one), finds the appendix and adds
 * the four tracking columns right of its table (src/sheet/trackingColumns). Refuses, writing nothing,
 * when there is no appendix, when the table has tracking columns already, or when any cell where the
 * columns would go holds something: the officer's data is never overwritten.
 *
 * Syncs: 1 to read the sheet; when the columns are added, 2 more (./excel/addColumns: whether the sheet
 * has a print area, then the write).
 */
export async function addTrackingColumns(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheet" | "addColumns">,
  sheetName?: string
): Promise<AddTrackingResult> {
  const read = await sheets.readSheet(context, sheetName);
  const name = read.sheetName;
  const found = findAppendix(read.grid);
  if (!found.found) return { kind: "no-appendix", sheetName: name, message: found.message };
  const { appendix } = found;
  if (appendix.tracking !== null) {
    const columns = Object.values(appendix.tracking) as number[];
    const range = `${cellAddress(Math.min(...columns), appendix.headerRow)}:${cellAddress(Math.max(...columns), appendix.headerRow)}`;
    return { kind: "already", sheetName: name, message: addTrackingText.already(range) };
  }
  const block = trackingColumns(appendix);
  const cells = filledCells(read.grid, block);
  if (cells.length > 0)
    return {
      kind: "occupied",
      sheetName: name,
      cells,
      message: addTrackingText.occupied(cells),
    };
  const added = await sheets.addColumns(context, name, block);
  const message = `${addTrackingText.added(block.range, name)} ${
    added.printAreaSet ? addTrackingText.printAreaSet : addTrackingText.printAreaKept
  }`;
  return {
    kind: "added",
    sheetName: name,
    range: block.range,
    printAreaSet: added.printAreaSet,
    message,
  };
}

/** The cells of the block's range that hold a value or a formula, in sheet order. */
function filledCells(grid: Grid, block: ColumnsBlock): string[] {
  const bounds = cellBounds(block.range);
  const filled: string[] = [];
  for (let row = bounds.firstRow; row <= bounds.lastRow; row++) {
    const cells = grid.rows[row - grid.firstRow];
    if (!cells) continue;
    for (let column = bounds.firstColumn; column <= bounds.lastColumn; column++) {
      const cell = cells[column - grid.firstColumn];
      if (!cell) continue;
      const empty = (cell.value === null || cell.value === "") && !cell.formula && !cell.error;
      if (!empty) filled.push(cellAddress(column, row));
    }
  }
  return filled;
}
