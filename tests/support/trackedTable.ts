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
