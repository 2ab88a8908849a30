/** Every sentence the Excel adapter says to the officer, in one place. */
export const excelText = {
  tooManyCells: (cells: number) =>
    `Vùng dữ liệu của trang tính quá lớn (${cells.toLocaleString("vi-VN")} ô, Excel chỉ cho đọc tối đa 5.000.000 ô một lần). ` +
    "Hãy xoá các dòng, cột thừa ở cuối trang hoặc chép bảng phụ lục sang một trang tính mới rồi kiểm tra lại.",
  valuesMissing:
    "Excel không trả về nội dung của trang tính (thường do vùng dữ liệu quá lớn khi dùng Excel trên web). " +
    "Hãy xoá các dòng, cột thừa ở cuối trang hoặc chép bảng phụ lục sang một trang tính mới rồi kiểm tra lại.",
  protectedSheet:
    "Trang tính hoặc sổ làm việc đang được bảo vệ (Protect) nên Phụ lục không ghi được. " +
    "Hãy bỏ bảo vệ trang tính (Review › Unprotect Sheet) rồi thử lại.",
  sheetMissing:
    "Không tìm thấy trang tính: có thể trang đã được đổi tên hoặc bị xoá trong lúc đang làm. " +
    "Hãy chọn lại trang tính rồi thử lại.",
  mergedCells:
    "Có ô đã gộp (Merge) nằm trong vùng cần sửa nên Excel không thực hiện được. " +
    "Hãy bỏ gộp các ô đó (Merge & Center › Unmerge Cells) rồi thử lại.",
  tooLarge:
    "Lượng dữ liệu gửi cho Excel trong một lần quá lớn (Excel trên web giới hạn 5 MB mỗi lần). " +
    "Hãy thử với bảng nhỏ hơn hoặc dùng Excel trên máy tính.",
  cellEditMode:
    "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
  insertConflict:
    "Không chèn được dòng: vùng đó có bảng (Table), ô gộp hoặc bộ lọc cản trở. " +
    "Hãy bỏ gộp ô hoặc chuyển bảng về vùng thường rồi thử lại.",
  sheetExists: "Đã có trang tính trùng tên (có thể vừa được tạo). Hãy thử lại.",
  unsupported:
    "Phiên bản Excel đang dùng chưa hỗ trợ thao tác này. Hãy cập nhật Excel (Microsoft 365, Excel 2021 trở lên, hoặc Excel trên web).",
  busy: "Excel đang bận hoặc yêu cầu đã bị huỷ. Hãy đợi một lát rồi thử lại.",
  generic: (what: string) =>
    `Excel báo lỗi: ${what}. Thao tác có thể chưa hoàn tất; hãy xem lại trang tính rồi thử lại.`,
  unknown: "lỗi không rõ nguyên nhân",
  validationTitle: "Phụ lục",
};
