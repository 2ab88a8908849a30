import { severityTitles } from "../domain/messages";

/** What the command line says, in Vietnamese. */
export const cliText = {
  usage: [
    "Cách dùng:",
    "  phuluc check TỆP [--sheet TÊN] [--format text|json]",
    "",
    "  TỆP      bảng phụ lục .xlsx, .csv hoặc .tsv",
    "  --sheet  tên trang tính chứa phụ lục (mặc định: trang đầu tiên có bảng phụ lục)",
    "  --format text (mặc định) hoặc json",
    "",
    "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.",
  ].join("\n"),
  cannotRead: (file: string, why: string) => `phuluc: không đọc được “${file}”: ${why}`,
  badArguments: (why: string) => `phuluc: ${why}`,
  unknownCommand: (command: string) => `lệnh “${command}” không có; hiện có: check.`,
  missingFile: "thiếu tên tệp cần kiểm tra.",
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
