/** The Vietnamese the tracking columns' validations say when a typed value breaks their rule. */
export const trackingText = {
  progressRule: "Chọn Tiến độ trong danh sách: Chưa thực hiện, Đang thực hiện hoặc Đã hoàn thành.",
  completedRule: "Ghi ngày hoàn thành là một ngày, dạng ngày/tháng/năm (ví dụ 15/03/2025).",
  spentRule: "Ghi kinh phí đã sử dụng là số đồng, không âm (ví dụ 1500000).",
};
