// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { readDelimited } from "../../src/domain/delimitedText";
import { excelSheets } from "../../src/excel/excelSheets";
import { consolidateSheets } from "../../src/usecases/consolidateSheets";
import { trackedTableGrid } from "../support/trackedTable";
import { mockExcel } from "./mockExcel";

/** A commune's appendix of two tasks, its issuer in the title block. */
function commune(name: string) {
  return {
    name,
    grid: readDelimited(
      [
        "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
        `(Kèm theo Kế hoạch số 01/KH-UBND ngày 05 tháng 01 năm 2024 của UBND ${name})`,
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí",
        "1\tCải cách thể chế\t\t\t\t\t3.000.000",
        "1.1\tRà soát văn bản\tTư pháp\t\tBáo cáo\tQuý I/2024\t1.000.000",
        "1.2\tKiểm tra văn bản\tTư pháp\t\tBáo cáo\tQuý II/2024\t2.000.000",
        "\tTổng cộng\t\t\t\t\t3.000.000",
      ].join("\n"),
      "\t"
    ),
  };
}

describe("consolidateSheets: Tổng hợp over sheets of the open workbook", () => {
  it.each([1, 3, 12])(
    "%i sheets: read together, the summary written: three syncs",
    async (count) => {
      const sheets = Array.from({ length: count }, (_, i) => commune(`xã ${i + 1}`));
      const excel = mockExcel({ sheets });
      const result = await consolidateSheets(excel.context, excelSheets, {
        sheetNames: sheets.map((sheet) => sheet.name),
      });
      expect(excel.syncCount).toBe(3);
      expect(result.sheetName).toBe("Tổng hợp");
      expect(result.summary.total).toEqual({ planned: 3_000_000 * count, tasks: 2 * count });
      expect(result.summary.sources[0]).toMatchObject({ unit: "UBND xã 1", status: "ok" });
      // The sources are read, never written.
      for (const sheet of sheets) expect(excel.writes(sheet.name)).toEqual([]);
    }
  );

  it("a sheet without an appendix is listed with the reason; the period's figures when asked", async () => {
    const excel = mockExcel({
      sheets: [
        { name: "Phụ lục", grid: trackedTableGrid() },
        { name: "Ghi chú", grid: readDelimited("Không có bảng ở đây", "\t") },
      ],
    });
    const { summary } = await consolidateSheets(excel.context, excelSheets, {
      sheetNames: ["Phụ lục", "Ghi chú"],
      period: "q1",
    });
    expect(summary.sources.map((source) => source.status)).toEqual(["ok", "unreadable"]);
    expect(summary.sources[1].message).toMatch(/\S/);
    expect(summary.sources[0].period).toMatchObject({ inPeriod: 3, done: 1, overdue: 1 });
    expect(excel.syncCount).toBe(3);
  });

  it("a second summary takes a free name, never replacing the first", async () => {
    const excel = mockExcel({ sheets: [commune("xã 1")] });
    await consolidateSheets(excel.context, excelSheets, { sheetNames: ["xã 1"] });
    const again = await consolidateSheets(excel.context, excelSheets, { sheetNames: ["xã 1"] });
    expect(again.sheetName).toBe("Tổng hợp (2)");
  });
});
