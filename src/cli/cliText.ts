import { severityTitles } from "../domain/messages";

/** Arguments the command line cannot take: it says why, shows the usage and exits with 2. */
export class UsageError extends Error {}

/** What the command line says, in Vietnamese. */
export const cliText = {
  usage: [
    "Cách dùng:",
    "  phuluc check TỆP [--sheet TÊN] [--format text|json]",
    "  phuluc new [--from TỆP [--sheet TÊN]] -o RA.xlsx [--title TIÊU_ĐỀ] [--year NĂM]",
    '             [--plan-number SỐ] [--issuer "UBND xã …"] [--force]',
    "",
    "check: kiểm tra bảng phụ lục.",
    "  TỆP      bảng phụ lục .xlsx, .csv hoặc .tsv",
    "  --sheet  tên trang tính chứa phụ lục (mặc định: trang đầu tiên có bảng phụ lục)",
    "  --format text (mặc định) hoặc json",
    "  Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.",
    "",
    "new: tạo tệp .xlsx có trang “Phụ lục” đúng thể thức và trang “Danh mục” bộ phận chủ trì.",
    "  --from        lấy các dòng từ bảng phụ lục có sẵn (.xlsx, .csv, .tsv); không có thì tạo bảng trống",
    "  -o, --output  tệp .xlsx sẽ ghi (không ghi đè tệp đã có, trừ khi thêm --force)",
    "  --title       tiêu đề phụ lục (mặc định: Nhiệm vụ cải cách hành chính năm NĂM …)",
    "  --year        năm của kế hoạch (mặc định: năm nay)",
    "  --plan-number số kế hoạch, --issuer cơ quan ban hành: điền vào dòng “(Kèm theo Kế hoạch số …)”",
    "  Mã thoát: 0 đã ghi tệp, 2 sai tham số, không đọc được tệp nguồn hoặc không ghi được tệp.",
  ].join("\n"),
  cannotRead: (file: string, why: string) => `phuluc: không đọc được “${file}”: ${why}`,
  badArguments: (why: string) => `phuluc: ${why}`,
  unknownCommand: (command: string) => `lệnh “${command}” không có; hiện có: check, new.`,
  missingFile: "thiếu tên tệp cần kiểm tra.",
  missingOutput: "thiếu tệp cần ghi: thêm -o TỆP.xlsx.",
  unexpected: (arg: string) => `không hiểu “${arg}”; tệp cần ghi đặt sau -o, tệp nguồn sau --from.`,
  notXlsx: (file: string) => `tệp cần ghi “${file}” phải có đuôi .xlsx.`,
  badYear: (year: string) => `năm “${year}” không hợp lệ; ghi bốn chữ số, ví dụ 2025.`,
  sheetWithoutFrom: "--sheet chỉ dùng cùng --from.",
  exists: (file: string) =>
    `phuluc: tệp “${file}” đã có, không ghi đè. Chọn tên khác, hoặc thêm --force để thay tệp đó.`,
  cannotWrite: (file: string, why: string) => `phuluc: không ghi được “${file}”: ${why}`,
  noFolder: "thư mục chứa tệp không tồn tại.",
  notWritable: "không có quyền ghi vào đó.",
  totalChanged: (source: string, now: string, before: string) =>
    `phuluc: lưu ý: Tổng cộng của tệp mới là ${now} đồng, còn “${source}” ghi ${before} đồng, vì mỗi ` +
    `cộng mục nay là công thức cộng các mục con của nó. Chạy phuluc check “${source}” để xem chỗ lệch.`,
  written: (file: string, sheets: string[]) =>
    `Đã ghi ${file} (các trang: ${sheets.map((name) => `“${name}”`).join(", ")}).`,
  badFormat: (format: string) => `định dạng “${format}” không có; dùng text hoặc json.`,
  unknownOption: (option: string) => `tùy chọn “${option}” không có.`,
  missingValue: (option: string) => `tùy chọn ${option} cần một giá trị.`,
  unknownType: (extension: string) =>
    `loại tệp “${extension || "không có đuôi"}” không được hỗ trợ (dùng .xlsx, .csv hoặc .tsv).`,
  missing: "tệp không tồn tại.",
  isFolder: "đây là một thư mục, không phải tệp.",
  unreadable: "không mở được tệp (kiểm tra quyền đọc).",
  notWorkbook: "tệp không phải là bảng tính .xlsx (có thể là .xls cũ hoặc tệp khác bị đổi đuôi).",
  damaged: "tệp .xlsx bị hỏng hoặc không đúng cấu trúc.",
  noAppendix:
    "không tìm thấy bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…) trong tệp.",
  noAppendixOn: (sheet: string) =>
    `trang “${sheet}” không có bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…).`,
  noSheet: (sheet: string, names: string[]) =>
    `không có trang “${sheet}”; các trang có: ${names.map((n) => `“${n}”`).join(", ")}.`,
  heading: (file: string, sheet: string) => `Kiểm tra phụ lục: ${file}, trang “${sheet}”`,
  summary: (errors: number, warnings: number, infos: number) =>
    `${errors} ${severityTitles.error.toLowerCase()}, ${warnings} ${severityTitles.warning.toLowerCase()}, ${infos} ${severityTitles.info.toLowerCase()}.`,
  clean: "Không phát hiện lỗi nào.",
  hintArrow: "→",
};
