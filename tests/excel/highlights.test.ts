// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { Finding, Severity } from "../../src/domain/finding";
import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { HIGHLIGHT_FILLS, isHighlightFormula, setHighlights } from "../../src/excel/highlights";
import { mockExcel, MockSheetSpec } from "./mockExcel";

const SHEET = "Phụ lục";

function finding(cell: string, severity: Severity): Finding {
  return {
    rule: "tt.gap",
    severity,
    row: Number(cell.replace(/^[A-Z]+/, "")),
    cell,
    number: null,
    message: "",
    expected: null,
    actual: null,
    hint: null,
  };
}

/** The officer's own: a custom rule of theirs and a cell-value rule. */
const OWN: MockSheetSpec["conditionalFormats"] = [
  { type: "Custom", ranges: "G2:G100", formula: "=G2<0", fill: "#FF0000" },
  { type: "CellValue", ranges: "A2:A100" },
];

const FINDINGS = [
  finding("G8", "error"),
  finding("A5", "warning"),
  finding("G8", "warning"),
  finding("B3", "info"),
  finding("$C$9", "warning"),
];

describe("setHighlights", () => {
  it("marks errors and warnings in different fills with conditional formats the add-in recognises", async () => {
    const excel = mockExcel({
      sheets: [
        { name: SHEET, grid: { firstRow: 1, firstColumn: 1, rows: [] }, conditionalFormats: OWN },
      ],
    });
    await setHighlights(excel.context, SHEET, FINDINGS, true);
    expect(excel.syncCount).toBe(3);
    const marks = excel
      .sheet(SHEET)
      .conditionalFormats.filter((format) => isHighlightFormula(format.formula));
    expect(marks.map(({ type, ranges, fill }) => ({ type, ranges, fill }))).toEqual([
      { type: "Custom", ranges: "G8", fill: HIGHLIGHT_FILLS.error },
      { type: "Custom", ranges: "A5, C9", fill: HIGHLIGHT_FILLS.warning },
    ]);
    // No cell of the sheet was written: the officer's formatting is untouched.
    const actions = new Set(excel.writes(SHEET).map((call) => call.action));
    expect(actions).toEqual(
      new Set(["conditionalFormats.add()", "custom.rule.formula", "custom.format.fill.color"])
    );
    expect(excel.sheet(SHEET).cells.size).toBe(0);
  });

  it("does not pile marks up when turned on again, and off removes only the add-in's marks", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, conditionalFormats: OWN }] });
    const own = excel.sheet(SHEET).conditionalFormats.map((format) => ({ ...format }));
    await setHighlights(excel.context, SHEET, FINDINGS, true);
    await setHighlights(excel.context, SHEET, [finding("D4", "error")], true);
    const marks = excel
      .sheet(SHEET)
      .conditionalFormats.filter((format) => isHighlightFormula(format.formula));
    expect(marks.map((format) => format.ranges)).toEqual(["D4"]);
    await setHighlights(excel.context, SHEET, [], false);
    expect(excel.sheet(SHEET).conditionalFormats).toEqual(own);
    expect(excel.syncCount).toBe(9);
  });

  it.each([10, 1_000, 10_000])("uses three syncs for %i findings", async (count) => {
    const excel = mockExcel({ sheets: [{ name: SHEET, conditionalFormats: OWN }] });
    const findings = Array.from({ length: count }, (_, i) =>
      finding(`${i % 2 ? "A" : "G"}${i + 2}`, i % 3 ? "warning" : "error")
    );
    await setHighlights(excel.context, SHEET, findings, true);
    expect(excel.syncCount).toBe(3);
    const marked = excel
      .sheet(SHEET)
      .conditionalFormats.filter((format) => isHighlightFormula(format.formula))
      .flatMap((format) => format.ranges.split(", "));
    expect(marked).toHaveLength(count);
    await setHighlights(excel.context, SHEET, [], false);
    expect(excel.syncCount).toBe(6);
    expect(excel.sheet(SHEET).conditionalFormats).toHaveLength(OWN?.length ?? 0);
  });

  it("reports a protected sheet in Vietnamese", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, protected: true }] });
    await expect(excelSheets.setHighlights(excel.context, SHEET, FINDINGS, true)).rejects.toThrow(
      excelText.protectedSheet
    );
  });
});
