/** What making a report says when it cannot. */
export const reportUseText = {
  noYear:
    "Không rõ năm của kế hoạch: tiêu đề phụ lục không ghi năm (ví dụ “… NĂM 2024”). Hãy nhập năm của kế hoạch.",
  noPeriod: (period: string) =>
    `Trang cài đặt báo cáo không có kỳ “${period}”. Hãy thêm lại kỳ đó hoặc xóa trang cài đặt để dùng mặc định.`,
};
