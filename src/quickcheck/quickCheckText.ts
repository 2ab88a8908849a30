/** Every sentence the "Kiểm tra nhanh" dialog shows, in one place. */

const quoted = (text: string) => `“${text}”`;

export const quickCheckText = {
  /** The page's title (the dialog's title bar in some Excel versions). */
  pageTitle: "Phụ lục — Kiểm tra nhanh",
  title: (sheet: string) => `Kiểm tra nhanh trang ${quoted(sheet)}`,
  titleWithoutSheet: "Kiểm tra nhanh",

  /** The headline of a checked sheet. */
  errorsFound: (errors: number) => `Có ${errors} lỗi cần sửa`,
  warningsOnly: (warnings: number) =>
    `Không phát hiện lỗi nào; có ${warnings} cảnh báo cần xem lại`,
  clean: "Không phát hiện lỗi nào",
  cleanDetail: "Bảng phụ lục trên trang này không có lỗi và không có cảnh báo.",
  counts: (errors: number, warnings: number, notes: number) =>
    `${errors} lỗi · ${warnings} cảnh báo · ${notes} ghi chú`,

  /** The list of the first problems. */
  listAll: "Cần xem:",
  listFirst: (shown: number, total: number) => `${shown} mục đầu tiên (trong tổng số ${total}):`,
  listLabel: "Các mục cần xem",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" },
  cell: (cell: string) => `Ô ${cell}`,
  number: (number: string) => `TT ${number}`,

  /** What was done on the sheet. */
  markedAndSelected: (what: string, cell: string) =>
    `Các ô có ${what} đã được tô màu trên trang tính; ô lỗi đầu tiên (${cell}) đang được chọn.`,
  marked: (what: string) => `Các ô có ${what} đã được tô màu trên trang tính.`,
  markedWhat: (errors: number, warnings: number) =>
    errors > 0 && warnings > 0 ? "lỗi, cảnh báo" : errors > 0 ? "lỗi" : "cảnh báo",
  nothingMarked: "Không có ô nào cần tô màu; màu tô của lần kiểm tra trước (nếu có) đã được xoá.",
  notesNotMarked: "Ghi chú chỉ để biết, không được tô màu.",
  morePane: "Danh sách đầy đủ và đề xuất sửa: bấm Mở Phụ lục trên dải băng, rồi bấm Kiểm tra.",

  /** A sheet without an appendix. */
  noAppendix: (sheet: string) => `Trang ${quoted(sheet)} không có bảng phụ lục`,
  noAppendixDone:
    "Không ô nào được tô màu, trang tính giữ nguyên. Hãy mở trang có bảng phụ lục rồi bấm Kiểm tra nhanh lần nữa.",

  /** Excel refused, or something else failed. */
  failed: "Không kiểm tra được trang tính",
  failedNext:
    "Nếu làm lại mà vẫn không được, bấm Mở Phụ lục trên dải băng rồi bấm Kiểm tra để xem chi tiết.",

  /** Before the report arrives, or when it never does. */
  waiting: "Đang nhận kết quả kiểm tra…",
  missing:
    "Không nhận được kết quả kiểm tra. Hãy đóng hộp thoại này rồi bấm Kiểm tra nhanh lần nữa.",

  close: "Đóng",
  /** Shown when Đóng did not close the dialog (the command that opened it has ended). */
  closeByHand: "Nếu hộp thoại chưa đóng, hãy bấm dấu × ở góc trên bên phải.",
};
