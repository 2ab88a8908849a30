import { readDelimited } from "../../src/domain/delimitedText";
import { Grid } from "../../src/domain/grid";

/**
 * A plan of 2024 with its tracking filled in, under a title block; sheet rows 5 to 11:
 * - 1.1 (row 6) due 31/01, done on 05/02: late;
 * - 1.2 (row 7) in Quý II, not tracked;
 * - 2.1 (row 9) led by two units, due 28/02, still in progress: overdue in Quý I;
 * - 2.2 (row 10) on demand, no lead, 200.000 spent of 500.000;
 * - 2.3 (row 11) monthly work, not started.
 */
export const TRACKED_TABLE = [
  "PHỤ LỤC",
  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
  "(Kèm theo Kế hoạch số 05/KH-UBND ngày 10 tháng 01 năm 2024 của UBND xã Ea Tân)",
  "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian thực hiện\tKinh phí\tTiến độ\tNgày hoàn thành\tKinh phí đã sử dụng\tKết quả",
  "1\tCÔNG TÁC CHỈ ĐẠO\t\t\t\t\t3.000.000\t\t\t\t",
  "1.1\tBan hành kế hoạch CCHC\tVP-TK\tCác ban, ngành\tKế hoạch\tTrước 31/01/2024\t1.000.000\tĐã hoàn thành\t05/02/2024\t900.000\tĐã ban hành",
  "1.2\tKiểm tra công tác CCHC\tVăn phòng - Thống kê xã\tCác ban, ngành\tBáo cáo\tQuý II/2024\t2.000.000\t\t\t\t",
  "2\tCẢI CÁCH TTHC\t\t\t\t\t500.000\t\t\t\t",
  "2.1\tCông khai TTHC\tTư pháp – Hộ tịch, VP-TK\tBộ phận một cửa\tSổ theo dõi\tTrước 28/02/2024\t\tĐang thực hiện\t\t\t",
  "2.2\tTiếp nhận phản ánh, kiến nghị\t\tCác ban, ngành\tSổ theo dõi\tKhi có yêu cầu\t500.000\t\t\t200.000\t",
  "2.3\tTuyên truyền CCHC\tVăn hóa – Xã hội\tCác ban, ngành\tTin bài\tHàng tháng\t\tChưa thực hiện\t\t\t",
].join("\n");

export function trackedTableGrid(): Grid {
  return readDelimited(TRACKED_TABLE, "\t");
}

/**
 * A plan of 2024 whose budgets sit on group rows, none on the rows under them; sheet rows 4 to 11:
 * 1 (row 4, 3.960.000) over two sub-items in the period (rows 5, 6); 2 (row 7, no amount) over 2.1
 * (row 8, 720.000, monthly) and 2.2 (row 9, on demand); 3 (row 10, 1.100.000) over 3.1 (row 11,
 * Quý III only).
 */
export const GROUP_BUDGET_TABLE = [
  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
  "",
  "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian thực hiện\tKinh phí",
  "1\tTHỰC HIỆN CHẾ ĐỘ BÁO CÁO\t\t\t\t\t3.960.000",
  "\tBáo cáo CCHC quý I\tVP-TK\t\tBáo cáo\tQuý I/2024\t",
  "\tBáo cáo CCHC năm\tVP-TK\t\tBáo cáo\tTrước 14/12/2024\t",
  "2\tTUYÊN TRUYỀN CCHC\t\t\t\t\t",
  "2.1\tĐăng tin bài\tVăn hóa – Xã hội\t\tTin bài\tHàng tháng\t720.000",
  "2.2\tTrả lời phản ánh\tVăn hóa – Xã hội\t\tVăn bản\tKhi có yêu cầu\t",
  "3\tKIỂM TRA CÔNG TÁC CCHC\t\t\t\t\t1.100.000",
  "3.1\tKiểm tra các bộ phận\tVP-TK\t\tBiên bản\tQuý III/2024\t",
].join("\n");

export function groupBudgetGrid(): Grid {
  return readDelimited(GROUP_BUDGET_TABLE, "\t");
}
