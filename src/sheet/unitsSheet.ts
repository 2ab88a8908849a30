import { APPENDIX_FONT } from "./appendixSheet";
import { SheetDescription } from "./sheetDescription";
import { sheetRange } from "./sheetNames";
import { appendixText } from "./sheetText";

/** Units a commune's plan usually names; the officer edits the list on the sheet. */
export const DEFAULT_UNITS = [
  "Văn phòng – Thống kê",
  "Tư pháp – Hộ tịch",
  "Tài chính – Kế toán",
  "Địa chính – Xây dựng",
  "Văn hóa – Xã hội",
  "Bộ phận Tiếp nhận và trả kết quả",
  "Công an xã",
  "Quân sự xã",
  "Lãnh đạo UBND xã",
  "Các ban, ngành có liên quan",
];

/** Room for the officer to add units below the list; the validation covers it. */
const LIST_ROWS = 200;

/** The range an appendix's Chủ trì validation takes its list from. */
export function unitsRange(sheetName: string): string {
  return sheetRange(sheetName, `$A$2:$A$${LIST_ROWS + 1}`);
}

/**
 * A sheet holding the list of units, one per row under a header: hidden, so that it stays out of the
 * officer's way and out of print, while the Chủ trì drop-down of the appendix still takes its list.
 */
export function unitsSheet(name: string, units: readonly string[]): SheetDescription {
  const unique = [...new Set(units.map((unit) => unit.trim()).filter((unit) => unit !== ""))];
  const style = { font: APPENDIX_FONT, size: 12, numberFormat: "@" };
  return {
    name,
    columns: [{ width: 40, style: { numberFormat: "@" } }],
    rows: [
      { cells: [{ value: appendixText.unitsHeader, style: { ...style, bold: true } }] },
      ...unique.map((unit) => ({ cells: [{ value: unit, style }] })),
    ],
    merges: [],
    validations: [],
    hidden: true,
  };
}
