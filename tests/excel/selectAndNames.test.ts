// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { selectCell } from "../../src/excel/selectCell";
import { sheetNames } from "../../src/excel/sheetNames";
import { syntheticAppendix } from "../../scripts/syntheticAppendix";
import { mockExcel, MockSheetSpec } from "./mockExcel";

function appendix(name: string, rows: number): MockSheetSpec {
  return { name, grid: { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(rows) } };
}

describe("sheetNames", () => {
  it("lists the sheets in one sync", async () => {
    const excel = mockExcel({
      sheets: [{ name: "Phụ lục" }, { name: "Danh mục" }, { name: "Báo cáo Quý I" }],
    });
    expect(await sheetNames(excel.context)).toEqual(["Phụ lục", "Danh mục", "Báo cáo Quý I"]);
    expect(excel.syncCount).toBe(1);
  });

  it.each([10, 1_000, 10_000])("uses one sync next to a sheet of %i rows", async (rows) => {
    const excel = mockExcel({ sheets: [appendix("Phụ lục", rows), { name: "Danh mục" }] });
    expect(await sheetNames(excel.context)).toEqual(["Phụ lục", "Danh mục"]);
    expect(excel.syncCount).toBe(1);
  });

  it("passes Excel's error on, translated", async () => {
    const excel = mockExcel({ sheets: [{ name: "Phụ lục" }] });
    excel.failSync(Object.assign(new Error("Busy"), { code: "RequestAborted" }));
    await expect(excelSheets.sheetNames(excel.context)).rejects.toThrow(excelText.busy);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const excel = mockExcel({ sheets: [{ name: "Khác" }, { name: "Phụ lục" }] });
    await selectCell(excel.context, "Phụ lục", "G12");
    expect(excel.syncCount).toBe(1);
    expect(excel.active).toBe("Phụ lục");
    expect(excel.sheet("Phụ lục").selection).toBe("G12");
  });

  it.each([10, 1_000, 10_000])("uses one sync on a sheet of %i rows", async (rows) => {
    const excel = mockExcel({ sheets: [{ name: "Khác" }, appendix("Phụ lục", rows)] });
    await selectCell(excel.context, "Phụ lục", `G${rows}`);
    expect(excel.syncCount).toBe(1);
    expect(excel.sheet("Phụ lục").selection).toBe(`G${rows}`);
  });

  it("says the sheet is gone when it was renamed or deleted", async () => {
    const excel = mockExcel({ sheets: [{ name: "Khác" }] });
    await expect(excelSheets.selectCell(excel.context, "Phụ lục", "G12")).rejects.toThrow(
      excelText.sheetMissing
    );
    expect(excel.active).toBe("Khác");
  });
});
