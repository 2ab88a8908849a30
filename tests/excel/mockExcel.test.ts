// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { mockExcel } from "./mockExcel";

/** The mock has to fail where Excel fails, or the adapter's tests prove nothing. */
describe("the Excel mock", () => {
  it("answers loads only at the sync, with office-addin-mock's error string before it", async () => {
    const excel = mockExcel({
      sheets: [{ name: "S", grid: { firstRow: 1, firstColumn: 1, rows: [[{ value: 7 }]] } }],
    });
    const { context } = excel;
    const range = context.workbook.worksheets.getItem("S").getRange("A1");
    range.load("values");
    // Read before the sync on purpose: office-addin-mock answers with a string, not an error.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    expect(range.values).toBe("Error, context.sync() was not called");
    await context.sync();
    expect(range.values).toEqual([[7]]);
  });

  it("writes nothing until the sync", async () => {
    const excel = mockExcel({ sheets: [{ name: "S" }] });
    excel.context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
    expect(excel.cell("S", "A1")).toBeUndefined();
    await excel.context.sync();
    expect(excel.cell("S", "A1")?.value).toBe("x");
  });

  it("turns text starting with '-' or '=' into a formula unless the cell is already text", async () => {
    const excel = mockExcel({ sheets: [{ name: "S" }] });
    const sheet = excel.context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:A2").values = [["- Kế hoạch"], ["=1+1"]];
    const text = sheet.getRange("B1:B2");
    text.numberFormat = [["@"], ["@"]];
    text.values = [["- Kế hoạch"], ["=1+1"]];
    const late = sheet.getRange("C1");
    late.values = [["- Kế hoạch"]];
    late.numberFormat = [["@"]];
    await excel.context.sync();
    expect(excel.cell("S", "A1")).toMatchObject({ formula: "=- Kế hoạch" });
    expect(excel.cell("S", "A2")).toMatchObject({ formula: "=1+1" });
    expect(excel.cell("S", "B1")).toMatchObject({ value: "- Kế hoạch" });
    expect(excel.cell("S", "B2")).toMatchObject({ value: "=1+1" });
    expect(excel.cell("S", "C1")?.formula).toBe("=- Kế hoạch");
  });

  it("rejects arrays that do not fit their range and cell properties on whole columns", async () => {
    const excel = mockExcel({ sheets: [{ name: "S" }] });
    const sheet = excel.context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:B1").values = [["only one"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.getRange("A:A").numberFormat = [["@"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects the whole batch on a protected sheet or a missing one", async () => {
    const excel = mockExcel({ sheets: [{ name: "S", protected: true }] });
    excel.context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.cell("S", "A1")).toBeUndefined();
    excel.context.workbook.worksheets.getItem("Không có");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.syncCount).toBe(2);
  });
});
