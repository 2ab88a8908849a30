import { PlanReference } from "../domain/appendixPlan";

/** The Vietnamese the written sheets carry. */
export const appendixText = {
  heading: "PHỤ LỤC",
  reference: (r: PlanReference) =>
    `(Kèm theo Kế hoạch số ${r.planNumber}/KH-UBND ngày ${r.day} tháng ${r.month} năm ${r.year} của ${r.issuer})`,
  headers: [
    "TT",
    "Nhiệm vụ cụ thể",
    "Bộ phận chủ trì",
    "Bộ phận phối hợp",
    "Sản phẩm kiểm chứng",
    "Thời gian thực hiện",
    "Kinh phí thực hiện (đồng)",
  ],
  totalLabel: "Tổng cộng",
  words: (words: string) => `Bằng chữ: ${words}.`,
  amountRule: "Kinh phí là số nguyên không âm, tính bằng đồng (ví dụ 12900000).",
  leadRule: "Bộ phận chủ trì nên chọn trong danh sách ở trang Danh mục (có thể sửa danh sách đó).",
  unitsSheet: "Danh mục",
  unitsHeader: "Bộ phận chủ trì",
};
