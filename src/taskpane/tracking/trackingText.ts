/** What the "Thêm cột theo dõi" part of the pane says. */
export const trackingPaneText = {
  title: "Cột theo dõi",
  intro:
    "Thêm bốn cột bên phải bảng phụ lục để theo dõi trong năm: Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng và Kết quả. Các cột này không được in cùng phụ lục.",
  add: "Thêm cột theo dõi",
  adding: "Đang thêm…",
};
