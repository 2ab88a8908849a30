/** What making a report says when it cannot. */
const UNKNOWN_YEAR =
  "Không rõ năm của kế hoạch: tiêu đề phụ lục không ghi năm (ví dụ “… NĂM 2024”).";

export const reportUseText = {
  /** Why, and what the pane's officer does: the command line says its own way (--year). */
  unknownYear: UNKNOWN_YEAR,
  noYear: `${UNKNOWN_YEAR} Hãy nhập năm của kế hoạch.`,
  noPeriod: (period: string) =>
    `Trang cài đặt báo cáo không có kỳ “${period}”. Hãy thêm lại kỳ đó hoặc xóa trang cài đặt để dùng mặc định.`,
};
