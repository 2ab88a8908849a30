import { readFileSync } from "fs";
import path from "path";
import { Grid, GridCell } from "../../src/domain/grid";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

/**
 * The bundled sample appendix (samples/thuong-lo-2020.xlsx: plan year 2020, header on row 6, columns
 * A–G, Tổng cộng on row 123) with the four tracking columns filled beside it, as an officer would
 * during the year: H Tiến độ, I Ngày hoàn thành, J Kinh phí đã sử dụng (đồng), K Kết quả. Dates are
 * given as both readers give a cell formatted as a date ("dd/mm/yyyy"), except row 19's, a bare date
 * serial (a date typed in a General cell). Every other task row is left blank (not tracked yet).
 *
 * Row by row (TT, Thời gian thực hiện, Kinh phí → what is tracked):
 * - 8 (1.1, "Trước 10/01/2020", no amount): Đã hoàn thành on 08/01/2020, on time.
 * - 11 (sub-item of 1.2, "Trước 30/9/2020"): Đang thực hiện, no date: overdue after 30/09/2020
 *   (in the year's report, not in Quý III's, whose window ends 14/09).
 * - 19 (sub-item of 1.3.1, "- Ban hành Kế hoạch trước 28/02/2020; …", 500.000): Đã hoàn thành on
 *   20/02/2020 (serial 43881), 500.000 spent, Kết quả "Đã ban hành kế hoạch kiểm tra".
 * - 28 (sub-item of 1.5.1, "Trước 30/01/2020", 1.520.000): Đã hoàn thành on 15/02/2020: done late;
 *   1.400.000 spent.
 * - 34 (sub-item of 1.5.2, "Thường xuyên trong năm", 2.500.000): Đang thực hiện, 3.000.000 spent:
 *   more than planned (tracking.overspent at J34, the fixture's only tracking finding).
 * - 92 (5.3, "Khi cấp trên tổ chức", 18.000.000): Đã hoàn thành on 20/11/2020, 12.500.000 spent.
 * - 109 (sub-item of 7.1.4, "Thường xuyên trong năm", 4.000.000): Chưa thực hiện.
 */
export const TRACKED_SAMPLE = {
  headerRow: 6,
  /** Sheet columns of Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng and Kết quả. */
  columns: { progress: 8, completed: 9, spent: 10, result: 11 },
  onTime: 8,
  overdue: 11,
  serialDate: 19,
  late: 28,
  overspent: 34,
  doneOnDemand: 92,
  notStarted: 109,
} as const;

type Tracked = [progress: string, completed: string | number, spent: number | null, result: string];

const HEADERS = ["Tiến độ", "Ngày hoàn thành", "Kinh phí đã sử dụng (đồng)", "Kết quả"];

const FILLED: Record<number, Tracked> = {
  8: ["Đã hoàn thành", "08/01/2020", null, "Đã ban hành Kế hoạch số 01/KH-UBND"],
  11: ["Đang thực hiện", "", null, ""],
  19: ["Đã hoàn thành", 43881, 500_000, "Đã ban hành kế hoạch kiểm tra"],
  28: ["Đã hoàn thành", "15/02/2020", 1_400_000, "Đã tổ chức hội nghị tổng kết"],
  34: ["Đang thực hiện", "", 3_000_000, "Đã đăng 45 tin bài"],
  92: ["Đã hoàn thành", "20/11/2020", 12_500_000, "12 lượt CB, CC được bồi dưỡng"],
  109: ["Chưa thực hiện", "", null, ""],
};

/** The sample's appendix sheet as a Grid, with the tracking columns above filled in. */
export function trackedSampleGrid(): Grid {
  const file = path.join(__dirname, "..", "..", "samples", "thuong-lo-2020.xlsx");
  const [sheet] = readWorkbook(readFileSync(file));
  const grid = sheet.grid;
  const width = TRACKED_SAMPLE.columns.result - grid.firstColumn + 1;
  const padded = (cells: GridCell[]) => {
    const row = cells.slice();
    for (let i = row.length; i < width; i++) row.push({ value: null });
    return row;
  };
  const rows = grid.rows.map((cells, index) => {
    const sheetRow = grid.firstRow + index;
    const values =
      sheetRow === TRACKED_SAMPLE.headerRow ? HEADERS : (FILLED[sheetRow] as Tracked | undefined);
    if (!values) return cells;
    const row = padded(cells);
    values.forEach((value, i) => {
      row[TRACKED_SAMPLE.columns.progress - grid.firstColumn + i] = {
        value: value === "" ? null : value,
      };
    });
    return row;
  });
  return { ...grid, rows };
}
