/** Every sentence the task pane shows, in one place. Identifiers stay English; the words are Vietnamese. */

const quoted = (text: string) => `“${text}”`;
/** At most eight cells named: "ô G2, G4" or "ô A1, …, A8 và 3 ô khác". */
const cellList = (cells: readonly string[]) =>
  `ô ${cells.slice(0, 8).join(", ")}${cells.length > 8 ? ` và ${cells.length - 8} ô khác` : ""}`;

export const paneText = {
  title: "Phụ lục",
  loading: "Đang tải…",
  tabs: {
    check: "Kiểm tra",
    fixes: "Sửa",
    create: "Lập phụ lục",
    report: "Báo cáo",
    label: "Chức năng",
  },
  outsideExcel:
    "Trang này không chạy trong Excel. Vẫn kiểm tra được bảng dán vào thẻ Kiểm tra; các thao tác ghi vào bảng tính chỉ dùng được khi mở phụ lục trong Excel.",
  /** One note in the pane when this Excel is too old for some features (src/taskpane/host/ExcelVersionNotice.tsx). */
  excelVersion: {
    note: (missing: readonly string[]) =>
      `Phiên bản Excel này chưa có: ${missing.join("; ")}. Các chức năng khác vẫn dùng bình thường; ` +
      "cập nhật Excel (Microsoft 365, Excel 2021 trở lên) hoặc dùng Excel trên web để có đủ.",
    hiddenRows: "nhận ra dòng bị ẩn khi kiểm tra",
    mergedAreas: "cảnh báo ô gộp qua nhiều dòng",
    dataValidation: "danh sách chọn bộ phận và kiểm tra kinh phí trên trang phụ lục mới lập",
    printSetup: "thiết lập trang in (A4 ngang, lề, lặp dòng tiêu đề) cho trang mới lập",
    customFunctions: "hàm =PHULUC.BANGCHU",
  },
  busy: "Đang xử lý…",
  unexpected: (detail: string) => `Có lỗi không mong đợi: ${detail}`,

  check: {
    sheetLabel: "Trang tính",
    activeSheet: "Trang đang mở",
    reloadSheets: "Tải lại",
    reloadSheetsLabel: "Tải lại danh sách trang tính",
    run: "Kiểm tra",
    running: "Đang kiểm tra…",
    highlight: "Tô màu ô có lỗi",
    pasteLabel: "Bảng phụ lục (dán từ Excel hoặc Word)",
    pasteHint:
      "Chọn cả bảng trong Excel hoặc Word (từ dòng tiêu đề TT, Nhiệm vụ, … đến dòng Tổng cộng), sao chép rồi dán vào đây.",
    pasteEmpty: "Chưa có bảng: dán bảng phụ lục vào ô trên rồi bấm Kiểm tra.",
    pastedTableLabel: "Bảng đã dán",
    pastedTableHint: (rows: number, columns: number) =>
      `Đã dán bảng ${rows} dòng, ${columns} cột. Chữ đậm, chữ nghiêng được giữ khi kiểm tra; ` +
      "dòng và cột đánh số như trong kết quả.",
    editPastedText: "Sửa dạng văn bản",
    pasteAnother: "Dán bảng khác",
    checkedSheet: (sheet: string) => `Kết quả kiểm tra trang ${quoted(sheet)}`,
    checkedText: "Kết quả kiểm tra bảng đã dán",
    checkedTextNote: "Số dòng đếm từ dòng đầu tiên đã dán.",
    export: "Xuất kết quả ra trang tính",
    exportHint:
      "Ghi danh sách lỗi, cảnh báo, ghi chú vào một trang tính mới (không ghi đè trang nào) để in hoặc gửi lãnh đạo; bấm vào địa chỉ ô để đến ô cần sửa.",
    exported: (sheet: string, checked: string) =>
      `Đã ghi kết quả kiểm tra trang ${quoted(checked)} vào trang mới ${quoted(sheet)}.`,
  },

  findings: {
    summary: (errors: number, warnings: number, infos: number) =>
      `${errors} lỗi · ${warnings} cảnh báo · ${infos} ghi chú`,
    clean: "Không có lỗi hay cảnh báo nào.",
    cell: (cell: string) => `Ô ${cell}`,
    number: (number: string) => `TT ${number}`,
    group: (title: string, count: number) => `${title} (${count})`,
    /** Before the rows of identical findings listed once: "8 dòng: 12, 30, 38, …". */
    rows: (count: number) => `${count} dòng:`,
    selectHint: "Bấm (hoặc Enter) vào một mục để chọn ô đó trong trang tính.",
  },

  fixes: {
    intro:
      "Các đề xuất sửa cho bảng vừa kiểm tra. Xem trước từng đề xuất, rồi bấm Áp dụng nếu đồng ý.",
    notChecked: "Chưa kiểm tra bảng nào: vào thẻ Kiểm tra và kiểm tra bảng trước.",
    noAppendix: "Bảng vừa kiểm tra không phải bảng phụ lục nên không có đề xuất sửa.",
    none: "Không có gì cần sửa tự động trong bảng này.",
    listLabel: "Đề xuất sửa",
    preview: "Xem trước",
    hidePreview: "Ẩn bản xem trước",
    previewCaption: (title: string) => `Xem trước: ${title}`,
    cellColumn: "Ô",
    beforeColumn: "Hiện tại",
    afterColumn: "Sau khi sửa",
    empty: "(trống)",
    insertRows: (count: number, before: number) =>
      `Sẽ chèn ${count} dòng trống trước dòng ${before}, các dòng bên dưới dời xuống.`,
    apply: "Áp dụng",
    applying: "Đang áp dụng…",
    applyOutside: "Chỉ áp dụng được khi mở bảng trong Excel; ở đây chỉ xem trước.",
    applyFromText: "Bảng này được dán vào ô kiểm tra, không phải trang tính: chỉ xem trước được.",
    applied: (title: string, errors: number) =>
      `Đã áp dụng: ${title}. Kiểm tra lại: còn ${errors} lỗi.`,
    changed:
      "Bảng đã thay đổi sau lần kiểm tra trước nên chưa sửa gì. Đã kiểm tra lại: hãy xem lại các đề xuất sửa.",
    applyNote:
      "Ctrl+Z của Excel không hoàn tác được những gì bổ trợ ghi vào bảng; sau khi áp dụng, dùng nút Hoàn tác ở thẻ này.",
    undoCaption: (title: string) => `Vừa áp dụng: ${title}`,
    undoNote:
      "Hoàn tác trả các ô về như trước khi áp dụng và xóa các dòng đã chèn; Ctrl+Z của Excel không làm được việc này.",
    undo: "Hoàn tác",
    undoing: "Đang hoàn tác…",
    undone: (title: string, errors: number) =>
      `Đã hoàn tác: ${title}. Kiểm tra lại: còn ${errors} lỗi.`,
    undoRefused: (cells: readonly string[]) =>
      `Chưa hoàn tác, không ghi gì: ${cellList(cells)} đã bị sửa sau khi áp dụng. Hãy sửa lại bằng tay, hoặc trả ${cells.length > 1 ? "các ô đó" : "ô đó"} về như lúc vừa áp dụng rồi bấm Hoàn tác.`,
  },

  create: {
    intro:
      "Tạo trang phụ lục mới theo mẫu (Nghị định 30/2020/NĐ-CP). Trang mới không bao giờ thay thế trang đã có.",
    outside: "Chỉ lập phụ lục được khi chạy trong Excel.",
    emptyFields:
      "Ô để trống: khi lập lại từ trang đang mở thì lấy theo bảng gốc; khi tạo bảng trống thì dùng mặc định (“…” là chỗ để điền sau).",
    year: "Năm kế hoạch",
    yearHint: "Năm ghi trong tiêu đề. Để trống: năm của bảng gốc, hoặc năm nay.",
    planNumber: "Số kế hoạch",
    planNumberHint: "Ví dụ 01 (phần …/KH-UBND tự thêm).",
    signingDate: "Ngày ký kế hoạch",
    signingDateHint:
      "Năm ký để trống thì lấy năm kế hoạch; ký tháng 10 đến tháng 12 thì lấy năm trước đó.",
    day: "Ngày",
    month: "Tháng",
    signedYear: "Năm",
    issuer: "Cơ quan ban hành",
    issuerPlaceholder: "Ví dụ: UBND xã Thượng Lộ",
    title: "Tiêu đề",
    titleHint: (fallback: string) =>
      `Để trống thì dùng tiêu đề của bảng gốc; tạo bảng trống thì dùng: ${fallback}`,
    blank: "Tạo bảng trống",
    fromActive: "Lập lại từ trang đang mở",
    fromActiveHint:
      "Đọc bảng phụ lục ở trang đang mở, cho xem trước những gì khác bảng gốc, rồi ghi lại thành trang mới đúng mẫu: cộng mục và tổng cộng thành công thức.",
    working: "Đang tạo…",
    created: (sheet: string) => `Đã tạo trang ${quoted(sheet)}.`,
    createdUnits: (sheet: string) =>
      ` Đã tạo trang ${quoted(sheet)} chứa danh sách bộ phận chủ trì.`,
    noAppendix: (sheet: string, reason: string) => `Trang ${quoted(sheet)}: ${reason}`,
    invalid: "Có ô nhập chưa đúng; xem các ghi chú dưới ô.",
    preview: {
      heading: (sheet: string) => `Xem trước: lập lại trang ${quoted(sheet)}`,
      written: "Trang mới sẽ ghi:",
      differences: "Khác với bảng gốc",
      none: "Không có gì khác với bảng gốc ngoài định dạng.",
      confirm: "Lập bảng",
      cancel: "Hủy",
      ready: "Xem lại bản xem trước rồi bấm Lập bảng để ghi trang mới, hoặc Hủy.",
      cancelled: "Đã hủy: chưa ghi gì vào bảng tính.",
      changed: (sheet: string) =>
        `Bảng ở trang ${quoted(sheet)} đã thay đổi sau khi xem trước nên chưa lập gì. Đây là bản xem trước mới: xem lại rồi bấm Lập bảng.`,
    },
  },

  form: {
    planNumberInvalid: "Số kế hoạch chỉ gồm chữ số và chữ cái, ví dụ 01 hoặc 15a.",
    dayInvalid: "Ngày là số từ 1 đến 31.",
    monthInvalid: "Tháng là số từ 1 đến 12.",
    yearInvalid: "Năm gồm 4 chữ số, ví dụ 2025.",
    dateInvalid: (day: string, month: string, year: string) =>
      `Không có ngày ${day} tháng ${month} năm ${year}.`,
    tooLong: (max: number) => `Không quá ${max} ký tự.`,
  },
};
