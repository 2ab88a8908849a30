import { formatAmount } from "../../domain/money";

const quoted = (text: string) => `“${text}”`;

/** The size a chosen file may have: a plan's .docx is a few hundred kB, with photos a few MB. */
export const MAX_PLAN_FILE_MB = 20;

/** Everything "Nhập từ Kế hoạch" (the Lập phụ lục tab) says. */
export const importText = {
  heading: "Nhập từ Kế hoạch",
  intro:
    "Dán nội dung kế hoạch CCHC (chép từ Word) hoặc chọn tệp .docx, rồi bấm Đọc kế hoạch. Các nhiệm vụ đọc được hiện ra để xem và sửa; chỉ khi bấm Lập phụ lục từ bảng này mới ghi trang mới.",
  textLabel: "Nội dung kế hoạch",
  textPlaceholder: "Dán nội dung kế hoạch vào đây…",
  chooseFile: "Chọn tệp .docx…",
  fileLabel: "Tệp kế hoạch (.docx)",
  read: "Đọc kế hoạch",
  reading: "Đang đọc kế hoạch…",
  keepLetters: "Giữ chữ cái a, b, c làm số thứ tự",
  keepLettersHint: "Tắt: đánh số 1.1, 1.2, … như phụ lục thường ghi.",

  /** Bad input: said in the status bar, nothing else changes. */
  empty: "Chưa có nội dung: dán nội dung kế hoạch vào ô trên, hoặc chọn tệp .docx.",
  emptyFile: (file: string) => `Tệp ${quoted(file)} không có chữ nào để đọc.`,
  noTasks:
    "Không tìm thấy nhiệm vụ nào. Kế hoạch cần có phần nhiệm vụ (ví dụ “II. NHIỆM VỤ TRỌNG TÂM”) với các mục đánh số 1., 2., … và các nhiệm vụ a), b), … hoặc gạch đầu dòng; hoặc dán bảng phụ lục có dòng tiêu đề TT, Nhiệm vụ, ….",
  notDocx: (file: string) =>
    `Tệp ${quoted(file)} không phải tệp Word .docx. Tệp .doc (Word 97–2003) thì mở bằng Word, chọn Lưu thành (Save As) kiểu .docx rồi chọn lại; hoặc chép nội dung kế hoạch rồi dán vào ô trên.`,
  damaged: (file: string) =>
    `Tệp ${quoted(file)} bị hỏng nên không đọc được. Mở tệp bằng Word, lưu lại rồi chọn lại; hoặc chép nội dung kế hoạch rồi dán vào ô trên.`,
  encrypted: (file: string) =>
    `Tệp ${quoted(file)} có mật khẩu nên không đọc được. Mở bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi chọn lại; hoặc chép nội dung rồi dán vào ô trên.`,
  inflated: (file: string) =>
    `Tệp ${quoted(file)} giải nén ra quá lớn để là một văn bản kế hoạch nên không đọc. Chép nội dung kế hoạch rồi dán vào ô trên.`,
  tooLarge: (file: string) =>
    `Tệp ${quoted(file)} lớn hơn ${MAX_PLAN_FILE_MB} MB nên không đọc ở đây. Chép nội dung kế hoạch rồi dán vào ô trên.`,

  /** After reading. */
  readDone:
    "Đã đọc kế hoạch. Xem lại các dòng bên dưới, sửa nếu cần, rồi bấm Lập phụ lục từ bảng này.",
  prefilled: (fields: readonly string[]) =>
    ` Đã điền ${fields.join(", ")} theo kế hoạch vào các ô phía trên.`,
  counts: (sections: number, tasks: number) => `Bảng đọc được: ${sections} mục, ${tasks} nhiệm vụ`,
  fromFile: (file: string) => `Từ tệp ${quoted(file)}`,
  converted: (encoding: "tcvn3" | "vni") =>
    `Chữ được chuyển từ bảng mã ${encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI"} sang Unicode.`,
  /** The form's fields the heading fills, as the prefilled sentence names them. */
  fieldNames: {
    year: "năm kế hoạch",
    planNumber: "số kế hoạch",
    date: "ngày ký",
    issuer: "cơ quan ban hành",
  },

  /** The rows. */
  rowsLabel: "Các dòng đọc được",
  numberColumn: "TT",
  taskColumn: "Nhiệm vụ",
  sectionName: (number: string) => `Mục ${number}`,
  taskName: (number: string) => `Nhiệm vụ ${number}`,
  number: "Số thứ tự",
  task: "Tên nhiệm vụ",
  section: "Tên mục",
  lead: "Chủ trì",
  partners: "Phối hợp",
  product: "Sản phẩm",
  schedule: "Thời gian",
  amount: "Kinh phí (đồng)",
  amountInvalid: "Không đọc được số tiền: ghi như 2.000.000 hoặc 2 triệu; để trống nếu không có.",
  /** The collapsed row's line: who leads, when, how much. */
  noLead: "Chưa có chủ trì",
  amountUnreadable: "Kinh phí chưa đọc được",
  amountShown: (amount: number) => `${formatAmount(amount)} đ`,
  details: "Chi tiết",
  hideDetails: "Thu gọn",
  remove: "Bỏ dòng này",
  removed: (name: string) => `Đã bỏ ${name} khỏi bảng.`,

  /** The check of the table read. */
  findingsHeading: (count: number) =>
    count === 0
      ? "Kiểm tra bảng: không có lỗi hay cảnh báo."
      : `Kiểm tra bảng: ${count} điều cần xem`,
  findingsNote:
    "Cộng mục và dòng Tổng cộng không cần ghi: trang mới tự cộng bằng công thức; số thứ tự được đánh lại theo mục.",
  findingAt: (number: string) => `TT ${number}: `,
  moreFindings: (count: number) => `… và ${count} điều khác.`,

  unused: (count: number) => `Dòng chưa dùng (${count})`,
  unusedHint:
    "Các dòng này không được đưa vào bảng (mục đích, căn cứ, tổ chức thực hiện…). Nếu có nhiệm vụ bị sót, sửa nội dung ở ô trên rồi đọc lại.",
  lineNumber: (line: number) => `Dòng ${line}:`,

  create: "Lập phụ lục từ bảng này",
  createHint:
    "Ghi bảng trên thành trang phụ lục mới đúng mẫu (cộng mục, tổng cộng bằng công thức), với năm, số, ngày ký và cơ quan ban hành ở các ô phía trên. Không ghi đè trang nào.",
  outside: "Chỉ lập phụ lục được khi chạy trong Excel; ở đây chỉ đọc và xem trước.",
  noRows: "Bảng không còn dòng nào để lập phụ lục.",
  rowsInvalid: (names: readonly string[]) =>
    `Có ô Kinh phí chưa đọc được (${names.join(", ")}); sửa rồi bấm lại.`,
};
