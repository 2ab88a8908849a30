import { Finding } from "../domain/finding";
import { ExcelSheets } from "../excel/excelContract";
import { findingsSheet } from "../sheet/findingsSheet";

/**
 * "Xuất kết quả ra trang tính": the findings of a check of `sheetName` on a new sheet, "Kết quả kiểm
 * tra" or a free name like it (never replacing a sheet), each Ô a link to its cell; the new sheet is
 * activated. Returns the name used. writeSheet's syncs: 2 for any list a pane shows.
 */
export function exportFindings(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "writeSheet">,
  sheetName: string,
  findings: readonly Finding[],
  date: Date
): Promise<string> {
  const sheet = findingsSheet({ sheet: sheetName, date, findings, links: true }).sheet;
  return sheets.writeSheet(context, sheet, true);
}
