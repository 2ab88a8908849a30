import { PlanReference } from "../domain/appendixPlan";

/**
 * The Vietnamese the written sheets carry. The column headers are in COLUMNS
 * (src/domain/columns.ts), the total's label and the words line in `names` (src/domain/messages.ts).
 */
export const appendixText = {
  heading: "PHỤ LỤC",
  reference: (r: PlanReference) =>
    `(Kèm theo Kế hoạch số ${r.planNumber}/KH-UBND ngày ${r.day} tháng ${r.month} năm ${r.year} của ${r.issuer})`,
  amountRule: "Kinh phí là số nguyên không âm, tính bằng đồng (ví dụ 12900000).",
  leadRule: "Bộ phận chủ trì nên chọn trong danh sách ở trang Danh mục (có thể sửa danh sách đó).",
  unitsSheet: "Danh mục",
  unitsHeader: "Bộ phận chủ trì",
};

const quoted = (text: string) => `“${text}”`;
const twoDigits = (value: number) => String(value).padStart(2, "0");

/** The Vietnamese of the findings sheet and of the .csv the command line writes. */
export const findingsText = {
  /** The name the sheet asks for; the Excel writer adds " (2)" … when it is taken. */
  sheetName: "Kết quả kiểm tra",
  headers: ["Mức độ", "Ô", "TT", "Quy tắc", "Nội dung", "Gợi ý sửa"],
  /** dd/mm/yyyy, the machine's own day. */
  date: (date: Date) =>
    `${twoDigits(date.getDate())}/${twoDigits(date.getMonth() + 1)}/${date.getFullYear()}`,
  title: (sheet: string | null, file: string | undefined, date: string) =>
    `Kết quả kiểm tra ${[
      file === undefined ? null : `tệp ${quoted(file)}`,
      sheet === null ? null : `trang ${quoted(sheet)}`,
    ]
      .filter((part) => part !== null)
      .join(", ")}, ngày ${date}`,
  summary: (errors: number, warnings: number, infos: number) =>
    errors + warnings + infos === 0
      ? "Không có lỗi, cảnh báo hay ghi chú nào."
      : `${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú.`,
  linksHint: "Bấm vào địa chỉ ở cột Ô để đến ô cần sửa.",
};
