import { readDelimited } from "../../../src/domain/delimitedText";
import { consolidateSheets, ConsolidateRequest } from "../../../src/usecases/consolidateSheets";

/**
 * A commune's workbook of departments' plans for 2024, one sheet each, as "Tổng hợp" reads them:
 * - "Tư pháp": 2 tasks, 1.000.000 + 500.000 under a group of 1.500.000; nothing wrong.
 * - "Địa chính": 2 tasks, 1.200.000 + 600.000 under a group that says 2.000.000: the group's sum is
 *   wrong (an error); its planned total as written is the group's 2.000.000.
 * - "Danh mục": a list of units, no appendix.
 * - "Văn hóa": 1 task of 300.000, on demand; nothing wrong.
 */
export const UNIT_SHEETS: Record<string, string> = {
  "Tư pháp": [
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 03/KH-TP ngày 08 tháng 01 năm 2024 của Tư pháp – Hộ tịch)",
    "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian thực hiện\tKinh phí",
    "1\tCẢI CÁCH TTHC\t\t\t\t\t1.500.000",
    "1.1\tCông khai TTHC\tTư pháp – Hộ tịch\tBộ phận một cửa\tSổ theo dõi\tTrước 28/02/2024\t1.000.000",
    "1.2\tRà soát TTHC\tTư pháp – Hộ tịch\tCác ban, ngành\tBáo cáo\tQuý III/2024\t500.000",
  ].join("\n"),
  "Địa chính": [
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 04/KH-ĐC ngày 09 tháng 01 năm 2024 của Địa chính – Xây dựng)",
    "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian thực hiện\tKinh phí",
    "1\tHIỆN ĐẠI HÓA HÀNH CHÍNH\t\t\t\t\t2.000.000",
    "1.1\tSố hóa hồ sơ đất đai\tĐịa chính – Xây dựng\tVăn phòng - Thống kê\tDữ liệu số\tQuý II/2024\t1.200.000",
    "1.2\tCập nhật bản đồ\tĐịa chính – Xây dựng\tCác ban, ngành\tBản đồ\tQuý IV/2024\t600.000",
  ].join("\n"),
  "Danh mục": ["Bộ phận", "Tư pháp – Hộ tịch", "Địa chính – Xây dựng", "Văn hóa – Xã hội"].join(
    "\n"
  ),
  "Văn hóa": [
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
    "(Kèm theo Kế hoạch số 05/KH-VH ngày 10 tháng 01 năm 2024 của Văn hóa – Xã hội)",
    "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian thực hiện\tKinh phí",
    "1\tTUYÊN TRUYỀN CCHC\t\t\t\t\t300.000",
    "1.1\tTiếp nhận phản ánh\tVăn hóa – Xã hội\tCác ban, ngành\tSổ theo dõi\tKhi có yêu cầu\t300.000",
  ].join("\n"),
};

export const UNIT_SHEET_NAMES = Object.keys(UNIT_SHEETS);

/**
 * "Tổng hợp" as Excel would do it (the real use case, checks and sums included) over a workbook of
 * `names` whose sheets hold `tables` (any other sheet is empty): the summary sheet takes the first
 * free name of "Tổng hợp", "Tổng hợp (2)", …, and is added to `names`.
 */
export function consolidateUnitSheets(
  names: string[],
  request: ConsolidateRequest,
  tables: Record<string, string> = UNIT_SHEETS
) {
  const context = {} as Excel.RequestContext;
  return consolidateSheets(
    context,
    {
      sheetNames: async () => [...names],
      readSheets: async (_, sheetNames) =>
        sheetNames.map((sheetName) => ({
          sheetName,
          grid: readDelimited(tables[sheetName] ?? "", "\t"),
        })),
      writeSheets: async (_, sheets, __, existing = names) => {
        let sheetName = sheets[0].name;
        for (let n = 2; existing.includes(sheetName); n++) sheetName = `${sheets[0].name} (${n})`;
        names.push(sheetName);
        return [sheetName];
      },
    },
    request
  );
}
