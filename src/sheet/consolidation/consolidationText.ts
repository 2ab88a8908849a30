import { SourceStatus } from "../../domain/consolidation/consolidation";

/** The Vietnamese of the consolidation sheet. */
export const consolidationText = {
  sheetName: "Tổng hợp",
  title: "TỔNG HỢP KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
  subtitle: (sources: number, date: string) =>
    `(Tổng hợp từ ${sources} bảng phụ lục, lập ngày ${date})`,
  sourcesHeading: "I. CÁC BẢNG PHỤ LỤC",
  sourceColumns: [
    "TT",
    "Tệp (trang)",
    "Đơn vị",
    "Tình trạng",
    "Số nhiệm vụ",
    "Kinh phí ghi trong bảng (đồng)",
    "Kinh phí cộng theo các dòng (đồng)",
    "Lỗi",
    "Cảnh báo",
    "Ghi chú",
  ],
  status: { ok: "Đạt", errors: "Có lỗi", unreadable: "Không đọc được" } satisfies Record<
    SourceStatus,
    string
  >,
  periodColumns: (period: string) => [
    `Nhiệm vụ trong kỳ (${period})`,
    "Đã hoàn thành",
    "Quá hạn",
    "Kinh phí đã sử dụng (đồng)",
  ],
  /** A source whose figures cannot be trusted: both are shown. */
  untrusted: "Số liệu chưa tin được: kinh phí ghi trong bảng và cộng theo các dòng khác nhau.",
  total: "Cộng",
  sectionsHeading: "II. THEO MỤC (các lĩnh vực được ghép theo tên, không theo số thứ tự)",
  sectionColumns: ["TT", "Mục", "Số nhiệm vụ", "Kinh phí (đồng)"],
  unitsHeading: "III. THEO BỘ PHẬN CHỦ TRÌ",
  unitColumns: ["TT", "Bộ phận chủ trì", "Số nhiệm vụ", "Kinh phí (đồng)"],
  unitsNote:
    "Nhiệm vụ do nhiều bộ phận cùng chủ trì được tính cho mỗi bộ phận; kinh phí ghi ở dòng nhóm không chia cho bộ phận nào.",
  chartTitle: "Kinh phí theo mục",
  chartSeries: "Kinh phí (đồng)",
  comparison: {
    sheetName: "So sánh",
    title: "SO SÁNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH",
    subtitle: (before: string, after: string) => `(${before} và ${after})`,
    counts: (kept: number, added: number, dropped: number) =>
      `Nhiệm vụ giữ lại: ${kept}; thêm mới: ${added}; bỏ: ${dropped} (so theo nội dung nhiệm vụ).`,
    sectionsHeading: "I. KINH PHÍ THEO MỤC",
    sectionColumns: (before: string, after: string) => [
      "TT",
      "Mục",
      `${before} (đồng)`,
      `${after} (đồng)`,
      "Tăng (+), giảm (-)",
    ],
    addedHeading: (count: number) => `II. NHIỆM VỤ THÊM MỚI (${count})`,
    droppedHeading: (count: number) => `III. NHIỆM VỤ BỎ (${count})`,
  },
};
