// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { excelSheets } from "../../src/excel/excelSheets";
import { writeReport } from "../../src/usecases/makeReport";
import { trackedTableGrid } from "../support/trackedTable";
import { mockExcel } from "./mockExcel";

const REQUEST = { period: "q1" as const, date: "2024-03-18" };

describe("writeReport: Lập báo cáo in Excel", () => {
  it("reads the appendix, adds the report's three sheets and the settings sheet: three syncs", async () => {
    const excel = mockExcel({ sheets: [{ name: "Phụ lục", grid: trackedTableGrid() }] });
    const before = [...excel.sheet("Phụ lục").cells].map(([address, cell]) => [
      address,
      cell.value,
    ]);
    const written = await writeReport(excel.context, excelSheets, "Phụ lục", REQUEST);
    expect(written).toMatchObject({
      kind: "written",
      sheets: ["BC Quý I 2024", "BC Quý I 2024 - bộ phận", "BC Quý I 2024 - mục"],
      settingsSheet: "Cài đặt báo cáo",
      problems: [],
    });
    expect(excel.syncCount).toBe(3);
    expect(excel.active).toBe("BC Quý I 2024");
    // The appendix is read, never written.
    expect(
      [...excel.sheet("Phụ lục").cells].map(([address, cell]) => [address, cell.value])
    ).toEqual(before);
    expect(excel.writes("Phụ lục")).toEqual([]);
    // The settings sheet starts from what this report used: the issuer of the appendix's title block.
    const settings = [...excel.sheet("Cài đặt báo cáo").cells.values()].map((cell) => cell.value);
    expect(settings).toEqual(
      expect.arrayContaining(["UBND xã Ea Tân", "Ea Tân", "15/12 năm trước"])
    );
  });

  it("a second report reads the settings sheet, keeps it, and takes free names: four syncs", async () => {
    const excel = mockExcel({ sheets: [{ name: "Phụ lục", grid: trackedTableGrid() }] });
    await writeReport(excel.context, excelSheets, "Phụ lục", REQUEST);
    const settingsWrites = excel.writes("Cài đặt báo cáo").length;
    const syncs = excel.syncCount;
    const again = await writeReport(excel.context, excelSheets, "Phụ lục", REQUEST);
    expect(again).toMatchObject({
      kind: "written",
      sheets: ["BC Quý I 2024 (2)", "BC Quý I 2024 - bộ phận (2)", "BC Quý I 2024 - mục (2)"],
      settingsSheet: null,
    });
    expect(excel.syncCount - syncs).toBe(4);
    expect(excel.writes("Cài đặt báo cáo")).toHaveLength(settingsWrites);
    // The by-section sheet counts over the second period sheet, not the first.
    const formulas = [...excel.sheet("BC Quý I 2024 - mục (2)").cells.values()]
      .map((cell) => cell.formula)
      .filter((formula) => typeof formula === "string" && formula.includes("COUNTIFS"));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) expect(formula).toContain("'BC Quý I 2024 (2)'!");
  });

  it("a sheet without an appendix is refused, and nothing is written", async () => {
    const excel = mockExcel({ sheets: [{ name: "Trống" }] });
    const outcome = await writeReport(excel.context, excelSheets, "Trống", REQUEST);
    expect(outcome.kind).toBe("refused");
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Trống"]);
  });
});
