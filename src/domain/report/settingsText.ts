import { YearDay } from "./periods";

const two = (n: number) => String(n).padStart(2, "0");

/**
 * The Vietnamese of the "Cài đặt báo cáo" sheet: what src/sheet/settingsSheet.ts writes and what
 * ./reportSettings finds its blocks by (compared folded: case, diacritics and a trailing ":" aside).
 */
export const settingsText = {
  sheetName: "Cài đặt báo cáo",
  title: "CÀI ĐẶT BÁO CÁO",
  note:
    "Phần bổ trợ đọc trang này mỗi lần lập báo cáo và không bao giờ ghi đè lên nó: sửa các ô theo quy định của tỉnh. " +
    "Ngày ghi dạng ngày/tháng (ví dụ 14/03); ngày của năm trước năm kế hoạch ghi thêm “năm trước” (15/12 năm trước).",
  headerBlock: "1. Đầu báo cáo",
  issuer: "Cơ quan ban hành",
  place: "Địa danh",
  periodsBlock: "2. Kỳ báo cáo",
  period: "Kỳ báo cáo",
  from: "Từ ngày",
  to: "Đến ngày",
  due: "Hạn gửi",
  aliasesBlock: "3. Cách ghi tên đơn vị",
  aliasesNote:
    "Mỗi dòng một cách ghi tên bộ phận chủ trì và đơn vị báo cáo tính cho nó, ví dụ “VP-TK” → “Văn phòng – Thống kê”. " +
    "Các cách ghi khác nhau của một đơn vị phần lớn được nhận ra tự động; chỉ cần ghi ở đây những cách không được nhận ra.",
  written: "Cách ghi",
  unit: "Đơn vị",
  previousYear: "năm trước",
  /** "15/12 năm trước", "14/03". */
  day: (day: YearDay) => `${two(day.day)}/${two(day.month)}${day.previousYear ? " năm trước" : ""}`,
  /** A period's name as the sheet's first column shows it: "Quý I", "6 tháng đầu năm". */
  periodName: (name: string) => name.charAt(0).toLocaleUpperCase("vi-VN") + name.slice(1),
};

/** What the reader says of a cell it could not use; the default is kept. */
export const settingsProblems = {
  unreadableDay: (text: string, period: string) =>
    `Không đọc được ngày “${text}” của kỳ ${period}: ghi dạng ngày/tháng, ví dụ 14/03 hoặc 15/12 năm trước. Kỳ này dùng ngày mặc định.`,
  emptyDay: (period: string) => `Kỳ ${period} thiếu ngày: kỳ này dùng ngày mặc định.`,
  startAfterEnd: (period: string) =>
    `Kỳ ${period} có “Từ ngày” sau “Đến ngày”: nếu ngày đó thuộc năm trước, ghi thêm “năm trước” (ví dụ 15/12 năm trước). Kỳ này dùng ngày mặc định.`,
  endInPreviousYear: (period: string) =>
    `Kỳ ${period} có “Đến ngày” trong năm trước: kỳ báo cáo kết thúc trong năm kế hoạch. Kỳ này dùng ngày mặc định.`,
  dueBeforeEnd: (period: string) =>
    `Kỳ ${period} có “Hạn gửi” trước “Đến ngày”, hoặc sang năm sau (chưa hỗ trợ): hạn gửi là một ngày sau khi kỳ kết thúc, trong năm kế hoạch. Kỳ này dùng ngày mặc định.`,
  unknownPeriod: (text: string) =>
    `Không biết kỳ báo cáo “${text}”: các kỳ là Quý I, 6 tháng đầu năm, Quý III, 9 tháng đầu năm và Năm. Dòng này bị bỏ qua.`,
  repeatedPeriod: (period: string) => `Kỳ ${period} ghi hai lần: dùng dòng đầu tiên.`,
  missingPeriod: (period: string) => `Thiếu kỳ ${period}: dùng ngày mặc định.`,
  missingPeriods:
    "Không thấy bảng “Kỳ báo cáo | Từ ngày | Đến ngày | Hạn gửi”: các kỳ dùng ngày mặc định.",
  aliasWithoutUnit: (written: string) =>
    `Cách ghi “${written}” chưa ghi đơn vị: dòng này bị bỏ qua.`,
  unitWithoutAlias: (unit: string) => `Đơn vị “${unit}” chưa ghi cách ghi: dòng này bị bỏ qua.`,
};
