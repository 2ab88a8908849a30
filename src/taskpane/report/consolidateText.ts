import { formatAmount } from "../../domain/money";
import { reportPaneText } from "./reportPaneText";

const quoted = (text: string) => `“${text}”`;

/** Everything the "Tổng hợp" section of the "Báo cáo" tab says. */
export const consolidateText = {
  heading: "Tổng hợp nhiều phụ lục",
  intro:
    "Cộng các phụ lục của nhiều bộ phận (mỗi bộ phận một trang) thành trang “Tổng hợp” mới. Các trang được chọn giữ nguyên.",
  /** Excel gives an add-in the workbook it runs in, never the other open ones. */
  thisWorkbookOnly:
    "Chỉ tổng hợp được các trang của tệp Excel này: Excel không cho phần bổ trợ đọc các tệp khác đang mở. Muốn tổng hợp tệp khác, chép trang của tệp đó vào tệp này (chuột phải vào tên trang › Di chuyển hoặc Sao chép), hoặc dùng lệnh phuluc consolidate trên máy tính.",
  outside:
    "Tổng hợp nhiều phụ lục cũng chỉ làm được trong Excel; ngoài Excel, dùng lệnh phuluc consolidate.",
  sheets: "Các trang cần tổng hợp",
  noSheets: "Tệp chưa có trang nào.",
  chosen: (count: number) => `Đã chọn ${count} trang.`,
  /** Why the button waits: one sheet is its own total, and Kiểm tra already reads one sheet. */
  chooseTwo: "Chọn ít nhất 2 trang để tổng hợp.",
  period: "Số liệu theo kỳ",
  noPeriod: "Không",
  /** The reports' own names for the periods. */
  periods: reportPaneText.periods,
  year: "Năm của kế hoạch",
  yearPlaceholder: "Theo tiêu đề",
  yearInvalid: "Năm gồm 4 chữ số, ví dụ 2025.",
  invalid: "Có ô nhập chưa đúng; xem ghi chú dưới ô.",
  run: "Tổng hợp",
  working: "Đang tổng hợp…",

  written: (sheetName: string) => `Đã ghi bảng tổng hợp vào trang mới ${quoted(sheetName)}.`,
  writtenWithProblems: (sheetName: string) =>
    `Đã ghi bảng tổng hợp vào trang mới ${quoted(sheetName)}; có trang có lỗi hoặc không đọc được, xem danh sách dưới.`,
  totals: "Kết quả tổng hợp",
  sourcesRead: "Trang đọc được",
  readOf: (read: number, all: number) => `${read}/${all}`,
  tasks: "Nhiệm vụ",
  planned: "Kinh phí kế hoạch",
  inPeriod: "Nhiệm vụ trong kỳ",
  done: "Đã hoàn thành",
  overdue: "Quá hạn",
  spent: "Kinh phí đã sử dụng",
  /** A source's figures for the period asked: "Trong kỳ: 1 · xong 0 · quá hạn 1". */
  sourcePeriod: (inPeriod: number, done: number, overdue: number) =>
    `Trong kỳ: ${inPeriod} · xong ${done} · quá hạn ${overdue}`,
  noPeriodYear: "Không rõ năm của kế hoạch: chưa tính được số liệu của kỳ.",
  amount: (dong: number) => `${formatAmount(dong)} đồng`,
  sourcesHeading: (count: number) => `Từng trang (${count})`,
  ok: "Đạt",
  errors: (count: number) => `Có lỗi (${count} lỗi)`,
  unreadable: "Không đọc được",
  sourceName: (unit: string | null, sheet: string) =>
    unit === null || unit === sheet ? quoted(sheet) : `${unit} (${quoted(sheet)})`,
  sourceFigures: (tasks: number, planned: number | null) =>
    `${tasks} nhiệm vụ · ${planned === null ? "không đọc được kinh phí" : `${formatAmount(planned)} đồng`}`,
  errorsHint: "Mở thẻ Kiểm tra trên trang này để xem và sửa lỗi.",
};
