import { percentText } from "../domain/report/percentText";
import { severityTitles } from "../domain/messages";
import type { SourceLine } from "../domain/consolidation/consolidation";
import type { PeriodFigures } from "../domain/consolidation/sourceFigures";

/** Arguments the command line cannot take: it says why, shows the usage and exits with 2. */
export class UsageError extends Error {}

/** 100000 → "100.000", as Vietnamese writes numbers. */
function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** What the command line says, in Vietnamese. */
export const cliText = {
  /** The usage text, made from the command table of main.ts: these lines, each option's own lines. */
  usageTitle: "Cách dùng:",
  check: {
    synopsis: [
      "phuluc check TỆP [--sheet TÊN] [--year NĂM] [--format text|json] [-o KẾT-QUẢ.xlsx|KẾT-QUẢ.csv [--force]]",
    ],
    summary: "check: kiểm tra bảng phụ lục.",
    file: ["bảng phụ lục .xlsx, .csv, .tsv hoặc .txt (UTF-8, UTF-16, Windows-1258, Windows-1252)"],
    sheet: [
      "tên trang tính chứa phụ lục, kể cả trang ẩn",
      "(mặc định: trang không ẩn đầu tiên có bảng phụ lục)",
    ],
    year: [
      "năm của kế hoạch, để đọc cột Thời gian thực hiện (mặc định: năm ghi trong tiêu đề",
      "phụ lục; không có thì không xét năm cũ)",
    ],
    format: [
      "text (mặc định) hoặc json; với json, tệp không đọc được cũng cho JSON:",
      '{"file", "error": {"code", "message"}}',
    ],
    output: [
      "ghi thêm danh sách lỗi, cảnh báo, ghi chú ra tệp: .xlsx (trang “Kết quả kiểm tra”,",
      "in vừa khổ A4 ngang) hoặc .csv (UTF-8, mở được bằng Excel); không ghi đè tệp đã có,",
      "trừ khi thêm --force. Kết quả vẫn in ra như thường.",
    ],
    force: ["thay tệp kết quả đã có"],
    footer: [
      "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc không ghi được tệp kết quả.",
    ],
  },
  new: {
    synopsis: [
      "phuluc new [--from TỆP [--sheet TÊN]] -o RA.xlsx [--title TIÊU_ĐỀ] [--year NĂM]",
      '           [--plan-number SỐ] [--issuer "UBND xã …"] [--force]',
    ],
    summary:
      "new: tạo tệp .xlsx có trang “Phụ lục” đúng thể thức và trang “Danh mục” bộ phận chủ trì.",
    from: [
      "lập lại từ bảng phụ lục có sẵn (.xlsx, .csv, .tsv): lấy các dòng, tiêu đề và dòng",
      "“(Kèm theo Kế hoạch số …)” của bảng đó, rồi in ra những gì khác bảng gốc;",
      "không có thì tạo bảng trống",
    ],
    sheet: ["tên trang tính của tệp --from chứa phụ lục"],
    output: ["tệp .xlsx sẽ ghi (không ghi đè tệp đã có, trừ khi thêm --force)"],
    title: [
      "tiêu đề phụ lục (mặc định: tiêu đề của bảng --from, không có thì",
      "Nhiệm vụ cải cách hành chính năm NĂM …)",
    ],
    year: ["năm của kế hoạch (mặc định: năm ghi trong tiêu đề bảng --from, không có thì năm nay)"],
    planNumber: [
      "số kế hoạch: điền vào dòng “(Kèm theo Kế hoạch số …)” (mặc định: số của bảng --from",
      "cùng năm, không có thì để “…”)",
    ],
    issuer: [
      "cơ quan ban hành: điền vào dòng “(Kèm theo Kế hoạch số …)” (mặc định: của bảng --from,",
      "không có thì để “…”)",
    ],
    force: ["thay tệp đã có"],
    footer: [
      "Mã thoát: 0 đã ghi tệp, 2 sai tham số, không đọc được tệp nguồn hoặc không ghi được tệp.",
      "Tệp được ghi trọn rồi mới thay tệp cũ: khi lỗi hay bị dừng, tệp cũ vẫn nguyên.",
    ],
  },
  import: {
    outputIsInput: (file: string) =>
      `phuluc: không ghi phụ lục vào “${file}”: đó chính là tệp kế hoạch đang đọc. Chọn tên khác cho tệp phụ lục.`,
    synopsis: [
      "phuluc import TỆP [--year NĂM] [--letters] [--format text|json] [-o PHỤ-LỤC.xlsx [--force]]",
    ],
    summary:
      "import: đọc văn bản kế hoạch (.txt, .docx) thành các dòng của phụ lục; với -o ghi tệp phụ lục.",
    file: [
      "văn bản kế hoạch: .txt (UTF-8, UTF-16, Windows-1258; cả chữ TCVN3, VNI, không dấu) hoặc .docx",
    ],
    year: ["năm của kế hoạch (mặc định: năm ghi trong văn bản, không có thì năm nay)"],
    letters: ["giữ chữ cái a), b), … của văn bản làm số thứ tự nhiệm vụ (mặc định: 1.1, 1.2, …)"],
    format: [
      "text (mặc định: các dòng đọc được và các dòng không dùng) hoặc json:",
      '{"rows": [{"number", "task", "lead", "partners", "product", "schedule", "amount"}], "unused": [...]}',
    ],
    output: [
      "ghi trang “Phụ lục” (đúng thể thức, tổng bằng công thức) và trang “Danh mục” ra tệp .xlsx mới;",
      "không ghi đè tệp đã có, trừ khi thêm --force",
    ],
    force: ["thay tệp đã có"],
    footer: [
      "Mã thoát: 0 đã đọc (và ghi), 1 không tìm thấy nhiệm vụ nào, 2 sai tham số, không đọc được",
      "tệp hoặc không ghi được tệp.",
    ],
    missingFile: "thiếu tên tệp văn bản kế hoạch cần đọc.",
    extraFile: (arg: string) => `thừa tham số “${arg}”: import nhận một tệp.`,
    unknownType: (extension: string) =>
      `không đọc được tệp “${extension || "không có đuôi"}”: import đọc văn bản .txt hoặc .docx.`,
    docx: {
      "not-docx":
        "tệp không phải văn bản Word .docx (tệp .doc cũ: mở bằng Word rồi lưu lại thành .docx).",
      damaged: "tệp .docx bị hỏng, không đọc được.",
      encrypted: "tệp .docx có mật khẩu: mở bằng Word, bỏ mật khẩu rồi lưu lại.",
      "too-large": "tệp .docx giải nén ra quá lớn (trên 256 MB) để là một văn bản kế hoạch.",
    },
    noTasks: (file: string) =>
      `phuluc: không tìm thấy nhiệm vụ nào trong “${file}”: văn bản cần có các mục đánh số (1., 2., …)` +
      " với các nhiệm vụ, hoặc một bảng có cột Nội dung/Nhiệm vụ.",
    converted: (encoding: string) =>
      `phuluc: lưu ý: văn bản gõ bằng bảng mã ${encoding}, đã chuyển sang Unicode.`,
    counts: (sections: number, tasks: number, unused: number) =>
      `Đọc được ${formatCount(sections)} mục, ${formatCount(tasks)} nhiệm vụ; ${formatCount(unused)} dòng không dùng.`,
    row: (number: string, task: string, fields: string[]) =>
      `${number.padEnd(7)} ${task}${fields.length > 0 ? `\n        ${fields.join("; ")}` : ""}`,
    field: {
      lead: "Chủ trì",
      partners: "Phối hợp",
      product: "Sản phẩm",
      schedule: "Thời gian",
      amount: "Kinh phí",
    },
    unusedHeading: "Dòng không dùng:",
    unusedLine: (line: number, text: string) => `  dòng ${line}: ${text}`,
    findings: (errors: number, warnings: number) =>
      `phuluc: lưu ý: bảng đọc được có ${formatCount(errors)} lỗi, ${formatCount(warnings)} cảnh báo; ` +
      "xem lại bằng phuluc check sau khi ghi.",
  },
  compare: {
    year: (year: number) => `Năm ${year}`,
    heading: (before: string, after: string) => `So sánh ${before} và ${after}:`,
    counts: (kept: number, added: number, dropped: number) =>
      `Nhiệm vụ giữ lại: ${formatCount(kept)}; thêm mới: ${formatCount(added)}; bỏ: ${formatCount(dropped)}.`,
    addedHeading: "Thêm mới:",
    droppedHeading: "Bỏ:",
    sectionsHeading: "Kinh phí theo mục:",
    section: (title: string, before: number, after: number, change: number) =>
      `  ${title}: ${formatCount(before)} → ${formatCount(after)} đồng (${change >= 0 ? "+" : "-"}${formatCount(Math.abs(change))})`,
    twoFiles: "--compare so sánh đúng hai tệp: kế hoạch năm trước rồi kế hoạch năm nay.",
    usage: [
      "so sánh hai năm của một đơn vị (đúng hai tệp, năm trước trước): nhiệm vụ giữ lại, thêm mới, bỏ",
      '(so theo nội dung nhiệm vụ) và kinh phí theo mục; với json: {"kept", "added", "dropped", "bySection"}',
    ],
  },
  consolidate: {
    outputIsInput: (file: string) =>
      `phuluc: không ghi bảng tổng hợp vào “${file}”: đó chính là một tệp đang tổng hợp. Chọn tên khác cho tệp tổng hợp.`,
    synopsis: [
      "phuluc consolidate TỆP… [--period q1|h1|q3|9m|year [--year NĂM]] [--format text|json]",
      "           [-o TỔNG-HỢP.xlsx [--force]]",
      "phuluc consolidate NĂM-TRƯỚC NĂM-NAY --compare [--format text|json] [-o SO-SÁNH.xlsx [--force]]",
    ],
    period: [
      "thêm số liệu của kỳ cho từng bảng: nhiệm vụ trong kỳ, đã hoàn thành, quá hạn, đã sử dụng",
      "(như báo cáo kỳ; không có trong JSON)",
    ],
    year: ["năm của các kế hoạch (mặc định: năm ghi trong tiêu đề từng bảng)"],
    summary:
      "consolidate: tổng hợp nhiều bảng phụ lục (của các xã, các bộ phận) thành một bảng tổng hợp.",
    files: [
      "các bảng phụ lục .xlsx, .csv, .tsv, .txt; mỗi tệp được đọc và kiểm tra, tệp không đọc được",
      "vẫn được liệt kê cùng lý do",
    ],
    format: [
      "text (mặc định) hoặc json:",
      '{"sources": [...], "total": {"planned", "tasks"}, "bySection": [...], "byUnit": [...]}',
    ],
    output: ["ghi bảng tổng hợp ra tệp .xlsx mới (không ghi đè tệp đã có, trừ khi thêm --force)"],
    force: ["thay tệp đã có"],
    footer: [
      "Mã thoát: 0 mọi tệp đọc được và không có lỗi, 1 có tệp có lỗi hoặc không đọc được,",
      "2 không đọc được tệp nào, sai tham số hoặc không ghi được tệp.",
    ],
    missingFiles: "thiếu các tệp phụ lục cần tổng hợp.",
    progress: (done: number, all: number) =>
      `phuluc: đã đọc ${formatCount(done)}/${formatCount(all)} tệp…`,
    noneRead: "phuluc: không đọc được tệp nào để tổng hợp.",
    heading: (sources: number, read: number) =>
      `Tổng hợp ${formatCount(sources)} tệp (đọc được ${formatCount(read)}).`,
    source: (line: SourceLine) =>
      line.status === "unreadable"
        ? `  ${line.file}: không đọc được: ${line.message}`
        : `  ${line.file} (${line.unit}): ${formatCount(line.tasks)} nhiệm vụ, kinh phí ` +
          `${line.planned === null ? "không đọc được" : `${formatCount(line.planned)} đồng`}` +
          (line.plannedByRows !== null && line.plannedByRows !== line.planned
            ? ` (cộng theo các dòng: ${formatCount(line.plannedByRows)} đồng)`
            : "") +
          `; ${formatCount(line.errors)} lỗi, ${formatCount(line.warnings)} cảnh báo.`,
    total: (planned: number, tasks: number) =>
      `Cộng: ${formatCount(tasks)} nhiệm vụ, kinh phí ${formatCount(planned)} đồng (theo số ghi trong từng bảng).`,
    periodLine: (name: string, figures: PeriodFigures | null) =>
      figures === null
        ? `    ${name}: không rõ năm của kế hoạch (thêm --year).`
        : `    ${name}: ${formatCount(figures.inPeriod)} nhiệm vụ trong kỳ, đã hoàn thành ${formatCount(figures.done)}, ` +
          `quá hạn ${formatCount(figures.overdue)}, đã sử dụng ${formatCount(figures.spent)} đồng.`,
    sectionsHeading: "Theo mục:",
    unitsHeading: "Theo bộ phận chủ trì:",
    line: (name: string, tasks: number, planned: number) =>
      `  ${name}: ${formatCount(tasks)} nhiệm vụ, ${formatCount(planned)} đồng`,
  },
  report: {
    synopsis: [
      "phuluc report TỆP --period q1|h1|q3|9m|year [--year NĂM] [--as-of YYYY-MM-DD] [--sheet TÊN]",
      '           [--format text|json] [-o BÁO-CÁO.xlsx [--force]] [--issuer "UBND xã …"] [--place "…"]',
    ],
    summary: "report: lập báo cáo kết quả thực hiện kế hoạch theo kỳ (không sửa tệp phụ lục).",
    file: ["bảng phụ lục .xlsx, .csv, .tsv hoặc .txt, có thể kèm các cột theo dõi (Tiến độ, …)"],
    period: [
      "kỳ báo cáo: q1 (quý I), h1 (6 tháng đầu năm), q3 (quý III), 9m (9 tháng), year (năm);",
      "khoảng số liệu và hạn gửi lấy từ trang “Cài đặt báo cáo” nếu tệp có, không thì mặc định",
    ],
    year: ["năm của kế hoạch (mặc định: năm ghi trong tiêu đề phụ lục)"],
    asOf: ["ngày xét quá hạn, dạng YYYY-MM-DD (mặc định: ngày cuối khoảng số liệu của kỳ)"],
    sheet: ["tên trang tính chứa phụ lục (mặc định: trang không ẩn đầu tiên có bảng phụ lục)"],
    format: [
      "text (mặc định: tóm tắt) hoặc json (mọi nhiệm vụ, số liệu theo bộ phận và theo mục);",
      'tệp không đọc được hay không lập được báo cáo cũng cho JSON: {"file", "error": {"code", "message"}}',
    ],
    output: [
      "ghi ba trang báo cáo (báo cáo kỳ, theo bộ phận chủ trì, theo mục) ra tệp .xlsx mới;",
      "không ghi đè tệp đã có, trừ khi thêm --force; không bao giờ ghi vào tệp phụ lục",
    ],
    force: ["thay tệp báo cáo đã có"],
    issuer: ["cơ quan báo cáo ở đầu trang (mặc định: trang cài đặt, không có thì của phụ lục)"],
    place: ["địa danh ở dòng ngày tháng (mặc định: trang cài đặt, không có thì theo cơ quan)"],
    footer: [
      "Mã thoát: 0 đã in (và ghi) báo cáo, 2 sai tham số, không đọc được tệp, không lập được báo cáo",
      "(không rõ năm, kỳ không có trong trang cài đặt) hoặc không ghi được tệp báo cáo.",
    ],
    badPeriod: (period: string) =>
      `kỳ báo cáo “${period}” không có; dùng một trong q1, h1, q3, 9m, year.`,
    missingPeriod: "thiếu kỳ báo cáo: thêm --period q1|h1|q3|9m|year.",
    missingFile: "thiếu tên tệp phụ lục cần lập báo cáo.",
    extraFile: (arg: string) => `thừa tham số “${arg}”: report nhận một tệp.`,
    badAsOf: (day: string) =>
      `ngày “${day}” không hợp lệ; ghi ngày có thật dạng YYYY-MM-DD, ví dụ 2025-03-14.`,
    noYear: "Ghi năm bằng --year, ví dụ --year 2024.",
    cannotMake: (file: string, why: string) =>
      `phuluc: không lập được báo cáo cho “${file}”: ${why}`,
    settingsProblem: (sheet: string, cell: string, why: string) =>
      `phuluc: lưu ý: trang “${sheet}”, ô ${cell}: ${why}`,
    /** The text summary. */
    heading: (period: string, file: string, sheet: string) =>
      `Báo cáo ${period}: ${file}, trang “${sheet}”`,
    window: (from: string, to: string, due: string, asOf: string) =>
      `Số liệu từ ${from} đến ${to}, hạn gửi ${due}; tình hình tính đến ${asOf}.`,
    inPeriod: (counts: {
      inPeriod: number;
      done: number;
      late: number;
      inProgress: number;
      notStarted: number;
      overdue: number;
    }) =>
      `Nhiệm vụ trong kỳ: ${formatCount(counts.inPeriod)} (đã hoàn thành ${formatCount(counts.done)}` +
      `${counts.late > 0 ? `, trong đó ${formatCount(counts.late)} trễ hạn` : ""}; ` +
      `đang thực hiện ${formatCount(counts.inProgress)}; chưa thực hiện ${formatCount(counts.notStarted)}); ` +
      `quá hạn ${formatCount(counts.overdue)}.`,
    otherLists: (onDemand: number, outside: number) =>
      `Thực hiện khi có yêu cầu: ${formatCount(onDemand)} nhiệm vụ; ngoài kỳ: ${formatCount(outside)} nhiệm vụ.`,
    budget: (planned: number, spent: number) =>
      `Kinh phí kế hoạch ${formatCount(planned)} đồng; đã sử dụng ${formatCount(spent)} đồng` +
      (planned > 0 ? ` (${percentText(spent, planned)}).` : "."),
    overdueHeading: (count: number) => `Quá hạn chưa hoàn thành (${formatCount(count)}):`,
    overdueTask: (number: string | null, row: number, task: string, deadline: string) =>
      `${number === null ? "" : `TT ${number}, `}dòng ${row}: ${task} (hạn ${deadline})`,
    outputIsInput: (file: string) =>
      `phuluc: không ghi báo cáo vào “${file}”: đó chính là tệp phụ lục. Chọn tên khác cho tệp báo cáo.`,
  },
  debugNote:
    "Biến môi trường PHULUC_DEBUG=1: khi phuluc gặp lỗi nội bộ, in thêm chi tiết (stack) để báo lỗi.",
  cannotRead: (file: string, why: string) => `phuluc: không đọc được “${file}”: ${why}`,
  badArguments: (why: string) => `phuluc: ${why}`,
  unknownCommand: (command: string, commands: readonly string[]) =>
    `lệnh “${command}” không có; hiện có: ${commands.join(", ")}.`,
  missingFile: "thiếu tên tệp cần kiểm tra.",
  extraFile: (arg: string) => `thừa tham số “${arg}”: check nhận một tệp.`,
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
  outputIsFolder: (file: string) =>
    `“${file}” là một thư mục, không phải tệp; ghi tên tệp sau -o, ví dụ ${file.replace(/[\\/]+$/, "")}/PHU-LUC.xlsx.`,
  diskFull: "ổ đĩa đã đầy; tệp cũ (nếu có) vẫn giữ nguyên. Hãy dọn bớt tệp rồi chạy lại.",
  quotaFull: "đã hết dung lượng được cấp trên ổ đĩa; tệp cũ (nếu có) vẫn giữ nguyên.",
  busy: "tệp đang được mở trong chương trình khác (Excel?); hãy đóng tệp rồi chạy lại.",
  nameTooLong: "tên tệp hoặc đường dẫn quá dài.",
  systemError: (code: string) =>
    `hệ thống báo lỗi ${code} khi ghi; tệp cũ (nếu có) vẫn giữ nguyên.`,
  outputFailed: (why: string) => `phuluc: không ghi được kết quả: ${why}`,
  outputFull: "ổ đĩa đã đầy.",
  outputBroken: (code: string | undefined) => `lỗi khi ghi ra${code ? ` (${code})` : ""}.`,
  /** An error phuluc did not expect: a fault of phuluc, not of the file. */
  internalError:
    "phuluc: lỗi nội bộ của phuluc (không phải do tệp). Chạy lại với PHULUC_DEBUG=1 để xem chi tiết và gửi kèm khi báo lỗi.",
  interrupted: (file: string) => `phuluc: đã dừng; “${file}” không bị thay đổi.`,
  /** After the amounts `new --from` writes otherwise than its source. */
  seeCheck: (source: string) => `Chạy phuluc check “${source}” để xem chỗ lệch trong bảng gốc.`,
  written: (file: string, sheets: string[]) =>
    `Đã ghi ${file} (các trang: ${sheets.map((name) => `“${name}”`).join(", ")}).`,
  /** `check --output`. */
  notResultType: (file: string) =>
    `tệp kết quả “${file}” phải có đuôi .xlsx (bảng tính) hoặc .csv (bảng chữ UTF-8).`,
  forceWithoutOutput: "--force chỉ dùng cùng --output (-o).",
  resultIsInput: (file: string) =>
    `phuluc: không ghi kết quả vào “${file}”: đó chính là tệp đang kiểm tra. Chọn tên khác cho tệp kết quả.`,
  resultIsFolder: (file: string) =>
    `“${file}” là một thư mục, không phải tệp; ghi tên tệp sau --output, ví dụ ${file.replace(/[\\/]+$/, "")}/KET-QUA.xlsx.`,
  resultWritten: (file: string) => `phuluc: đã ghi kết quả kiểm tra vào ${file}.`,
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
  encrypted: "tệp có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.",
  tooLarge: (limit?: { what: "bytes" | "rows" | "cells"; value: number }) =>
    !limit
      ? "bảng tính quá lớn (vượt giới hạn của phuluc)."
      : `bảng tính quá lớn: quá ${
          limit.what === "bytes"
            ? `${formatCount(Math.round(limit.value / (1024 * 1024)))} MB dữ liệu`
            : `${formatCount(limit.value)} ${limit.what === "rows" ? "dòng" : "ô"}`
        } (giới hạn của phuluc).`,
  unsupportedWorkbook:
    "tệp .xlsx được nén theo cách phuluc chưa đọc được; hãy mở bằng Excel rồi lưu lại dưới dạng .xlsx.",
  noAppendix:
    "không tìm thấy bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…) trong tệp.",
  noAppendixOn: (sheet: string) =>
    `trang “${sheet}” không có bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…).`,
  noAppendixVisible: (hidden: string[]) =>
    `không tìm thấy bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…) trong các trang không ẩn; ` +
    `các trang ẩn (${hidden.map((n) => `“${n}”`).join(", ")}) không được xét, chọn bằng --sheet nếu cần.`,
  noSheet: (sheet: string, names: string[]) =>
    `không có trang “${sheet}”; các trang có: ${names.map((n) => `“${n}”`).join(", ")}.`,
  heading: (file: string, sheet: string) => `Kiểm tra phụ lục: ${file}, trang “${sheet}”`,
  summary: (errors: number, warnings: number, infos: number) =>
    `${errors} ${severityTitles.error.toLowerCase()}, ${warnings} ${severityTitles.warning.toLowerCase()}, ${infos} ${severityTitles.info.toLowerCase()}.`,
  clean: "Không phát hiện lỗi nào.",
  note: (text: string) => `phuluc: lưu ý: ${text}`,
  hintArrow: "→",
};
