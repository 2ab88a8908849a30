/**
 * A short CCHC plan as an officer copies it from Word: the heading (issuer, number, place and date,
 * the plan's name), a part of purposes, the part of tasks with two numbered sections of lettered tasks
 * and their label lines, and the part on how it is carried out.
 */
export const PLAN_TEXT = [
  "ỦY BAN NHÂN DÂN XÃ EA TÂN",
  "Số: 15/KH-UBND",
  "Ea Tân, ngày 28 tháng 12 năm 2024",
  "KẾ HOẠCH",
  "Cải cách hành chính năm 2025",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
  "II. NHIỆM VỤ TRỌNG TÂM",
  "1. Cải cách thể chế",
  "a) Rà soát văn bản quy phạm pháp luật của xã",
  "- Chủ trì: Công chức Tư pháp - Hộ tịch",
  "- Phối hợp: Văn phòng - Thống kê",
  "- Sản phẩm: Báo cáo kết quả rà soát",
  "- Thời gian: Quý II/2025",
  "- Kinh phí: 2.000.000 đồng",
  "b) Theo dõi tình hình thi hành pháp luật",
  "- Thời gian: Quý IV/2025",
  "2. Cải cách thủ tục hành chính",
  "a) Công khai thủ tục hành chính tại Bộ phận Một cửa",
  "- Chủ trì: Văn phòng - Thống kê",
  "- Sản phẩm: Danh mục thủ tục được niêm yết",
  "- Thời gian: Tháng 3/2025",
  "- Kinh phí: 1.500.000 đồng",
  "b) Tiếp nhận, xử lý phản ánh, kiến nghị của người dân",
  "- Chủ trì: Văn phòng - Thống kê",
  "- Thời gian: Hàng tháng",
  "III. TỔ CHỨC THỰC HIỆN",
  "Các bộ phận chuyên môn triển khai thực hiện kế hoạch này.",
].join("\n");

/** The lines of PLAN_TEXT that hold no task nor the heading's parts: the parts' context. */
export const PLAN_UNUSED = [
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
  "III. TỔ CHỨC THỰC HIỆN",
  "Các bộ phận chuyên môn triển khai thực hiện kế hoạch này.",
];
