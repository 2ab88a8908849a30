import { percentText } from "../../domain/report/percentText";
import { PeriodOfYear, periodWithYear } from "../../domain/report/periods";
import { formatAmount } from "../../domain/money";
import { PeriodId } from "../../domain/report/periods";

const quoted = (text: string) => `“${text}”`;
const quotedList = (names: readonly string[]) => names.map(quoted).join(", ");

/** Everything the "Báo cáo" tab says. */
export const reportPaneText = {
  intro:
    "Lập báo cáo theo kỳ từ bảng phụ lục thành ba trang mới: báo cáo của kỳ, theo bộ phận chủ trì, theo mục. Phụ lục và các trang đã có được giữ nguyên.",
  outside: "Chỉ lập báo cáo được khi mở phụ lục trong Excel.",
  sheetLabel: "Trang phụ lục",
  period: "Kỳ báo cáo",
  /** As the officer names the reports; the order is PERIOD_IDS'. */
  periods: {
    q1: "Quý I",
    h1: "6 tháng",
    q3: "Quý III",
    "9m": "9 tháng",
    year: "Năm",
  } satisfies Record<PeriodId, string>,
  year: "Năm kế hoạch",
  yearPlaceholder: "Theo tiêu đề",
  asOf: "Tính đến ngày",
  asOfHint: "Ngày/tháng/năm; việc chưa xong mà đã qua hạn trước ngày này là quá hạn.",
  issuer: "Cơ quan ban hành",
  place: "Địa danh",
  /** Short enough for the field at 320 px: the sheet is "Cài đặt báo cáo". */
  fromSettings: "Theo phụ lục hoặc Cài đặt báo cáo",
  run: "Lập báo cáo",
  working: "Đang lập báo cáo…",
  invalid: "Có ô nhập chưa đúng; xem các ghi chú dưới ô.",
  yearInvalid: "Năm gồm 4 chữ số, ví dụ 2025.",
  asOfInvalid: "Không có ngày này. Ghi ngày có thật dạng ngày/tháng/năm, ví dụ 14/03/2025.",

  /** "Đã lập báo cáo quý I năm 2024", "Đã lập báo cáo năm 2024". */
  written: (period: PeriodOfYear) => `Đã lập báo cáo ${periodWithYear(period)}`,
  sheets: (names: readonly string[]) => `Trang mới: ${quotedList(names)}.`,
  settingsSheet: (name: string) =>
    `Đã tạo trang ${quoted(name)} với các ngày của kỳ báo cáo, cơ quan ban hành và tên gọi khác của bộ phận: sửa ở đó nếu tỉnh quy định khác, lần lập sau sẽ dùng.`,
  window: (from: string, to: string, asOf: string) =>
    `Số liệu từ ${from} đến ${to}, tính đến ngày ${asOf}.`,
  figures: "Số liệu",
  inPeriod: "Nhiệm vụ trong kỳ",
  done: "Đã hoàn thành",
  late: "Trong đó trễ hạn",
  overdue: "Quá hạn",
  inProgress: "Đang thực hiện",
  notStarted: "Chưa thực hiện",
  onDemand: "Khi có yêu cầu",
  planned: "Kinh phí kế hoạch",
  spent: "Kinh phí đã sử dụng",
  amount: (dong: number) => `${formatAmount(dong)} đồng`,
  /** Spent as a share of planned, "(73,3%)"; null with nothing planned. */
  share: (spent: number, planned: number) =>
    planned > 0 ? `(${percentText(spent, planned)})` : null,
  overdueHeading: (count: number) => `Quá hạn chưa hoàn thành (${count})`,
  overdueTask: (number: string | null, row: number, deadline: string | null) =>
    [number === null ? null : `TT ${number}`, `dòng ${row}`, deadline && `hạn ${deadline}`]
      .filter((part) => part !== null)
      .join(" · "),
  problemsHeading: "Trang Cài đặt báo cáo có chỗ chưa đọc được, đã dùng mặc định:",
  problem: (cell: string, message: string) => `Ô ${cell}: ${message}`,
  refused: "Chưa lập được báo cáo",

  tracking: "Theo dõi tiến độ",
  trackingNote:
    "Tình hình trong báo cáo (đã hoàn thành, quá hạn, kinh phí đã sử dụng) lấy từ bốn cột theo dõi cán bộ điền trong năm: Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng và Kết quả.",
};
