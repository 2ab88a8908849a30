// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { writeSheet, writeSheets } from "../../src/excel/writeSheet";
import { CellStyle, SheetDescription } from "../../src/sheet/sheetDescription";
import { DEFAULT_UNITS, unitsSheet } from "../../src/sheet/unitsSheet";
import { mockExcel, MockSheet, officeError, officeFor } from "./mockExcel";
import { sampleAppendix } from "./sampleSheets";

const FONT = "Times New Roman";
const TABLE: CellStyle = { font: FONT, size: 12, vertical: "middle", wrap: true, border: true };
const TEXT: CellStyle = { ...TABLE, horizontal: "left", numberFormat: "@" };
const AMOUNT: CellStyle = { ...TABLE, horizontal: "right", numberFormat: "#,##0" };

const SHEET: SheetDescription = {
  name: "Phụ lục",
  columns: [
    { width: 6, style: { numberFormat: "@" } },
    { width: 44, style: { numberFormat: "@" } },
    { width: 16, style: { numberFormat: "#,##0" } },
    { width: 20 },
  ],
  rows: [
    {
      cells: [
        { value: "PHỤ LỤC", style: { font: FONT, size: 14, bold: true, horizontal: "center" } },
      ],
      height: 20,
    },
    { cells: [] },
    {
      cells: ["TT", "Nhiệm vụ", "Kinh phí", "Ghi chú"].map((value) => ({
        value,
        style: { ...TEXT, bold: true, horizontal: "center" },
      })),
    },
    {
      cells: [
        { value: "1", style: { ...TEXT, bold: true } },
        { value: "- Kế hoạch", style: { ...TEXT, bold: true } },
        { formula: "=SUM(C5:C6)", style: { ...AMOUNT, bold: true } },
        { value: "", style: TEXT },
      ],
    },
    {
      cells: [
        { value: "1.10", style: TEXT },
        { value: "=1+1", style: TEXT },
        { value: 100, style: AMOUNT },
        { value: "- không định dạng" },
      ],
    },
    {
      cells: [
        { value: "+84", style: TEXT },
        { value: "@ghi chú", style: { ...TEXT, italic: true } },
        { value: 200, style: AMOUNT },
        { value: "-5" },
      ],
    },
  ],
  merges: ["A1:D1"],
  freeze: { rows: 3 },
  validations: [
    {
      range: "C4:C200",
      rule: { kind: "wholeNumber", min: 0 },
      errorMessage: "Kinh phí là số nguyên.",
    },
    {
      range: "B4:B200",
      rule: { kind: "list", source: "'Danh mục'!$A$2:$A$201" },
      errorMessage: "Chọn trong danh sách.",
    },
  ],
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    repeatRows: "3:3",
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
  },
};

/** The written cells, without the order of their writing: what a second run must reproduce. */
function contents(sheet: MockSheet) {
  return [...sheet.cells]
    .map(([address, cell]) => [
      address,
      cell.value,
      cell.formula,
      cell.numberFormat,
      cell.bold,
      cell.italic,
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe("writeSheet", () => {
  it("adds a sheet under a free name, in two syncs: the names, then one write phase", async () => {
    const excel = mockExcel({ sheets: [{ name: "PHỤ LỤC" }, { name: "Danh mục" }] });
    const name = await writeSheet(excel.context, SHEET, true);
    expect(name).toBe("Phụ lục (2)");
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["PHỤ LỤC", "Danh mục", "Phụ lục (2)"]);
    expect(excel.syncCount).toBe(2);
    expect(excel.active).toBe(name);
    expect(excel.log.filter((call) => call.action === "add()")).toEqual([
      expect.objectContaining({ batch: 2, value: "Phụ lục (2)" }),
    ]);
  });

  it("adds several sheets in the same two syncs, each under a free name, and activates the one asked", async () => {
    const excel = mockExcel({ sheets: [{ name: "BC Quý I 2024" }] });
    const names = await writeSheets(
      excel.context,
      [
        { ...SHEET, name: "BC Quý I 2024", print: { ...SHEET.print!, area: "A1:D6" } },
        { ...SHEET, name: "BC Quý I 2024 - mục" },
      ],
      0
    );
    expect(names).toEqual(["BC Quý I 2024 (2)", "BC Quý I 2024 - mục"]);
    expect(excel.syncCount).toBe(2);
    expect(excel.active).toBe("BC Quý I 2024 (2)");
    expect(excel.sheet(names[0]).pageLayout.printArea).toBe("A1:D6");
    expect(excel.sheet(names[1]).pageLayout.printArea).toBeUndefined();
    expect(excel.cell(names[1], "C5")).toMatchObject({ value: 100 });
  });

  it("given the names read earlier in the run, writes in one sync, choosing free names from them", async () => {
    const excel = mockExcel({ sheets: [{ name: "BC Quý I 2024" }] });
    const names = await writeSheets(excel.context, [{ ...SHEET, name: "BC Quý I 2024" }], 0, [
      "BC Quý I 2024",
    ]);
    expect(names).toEqual(["BC Quý I 2024 (2)"]);
    expect(excel.syncCount).toBe(1);
    expect(excel.active).toBe("BC Quý I 2024 (2)");
  });

  it("keeps text as text: number formats go before values, so '- …', '=1+1', '+84', '1.10' stay what was typed", async () => {
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, SHEET, false);
    const cell = (address: string) => excel.cell(name, address);
    expect(cell("B4")).toMatchObject({
      value: "- Kế hoạch",
      numberFormat: "@",
      formatAtWrite: "@",
    });
    expect(cell("B4")?.formula).toBeUndefined();
    expect(cell("B5")).toMatchObject({ value: "=1+1", formatAtWrite: "@" });
    expect(cell("B5")?.formula).toBeUndefined();
    expect(cell("A5")).toMatchObject({ value: "1.10", formatAtWrite: "@" });
    expect(cell("A6")).toMatchObject({ value: "+84", formatAtWrite: "@" });
    expect(cell("B6")).toMatchObject({ value: "@ghi chú", formatAtWrite: "@", italic: true });
    // Column D has no format: a value Excel would read as a formula is still made text.
    expect(cell("D5")).toMatchObject({ value: "- không định dạng", numberFormat: "@" });
    expect(cell("D6")).toMatchObject({ value: "-5", numberFormat: "@" });
    // Every written text-column cell was already text when its value arrived.
    for (const [address, state] of excel.sheet(name).cells) {
      if (/^[AB]\d+$/.test(address) && state.value !== undefined)
        expect({ address, format: state.formatAtWrite }).toEqual({ address, format: "@" });
    }
    const actions = excel.writes(name).map((call) => call.action);
    expect(actions.indexOf("numberFormat")).toBeLessThan(actions.indexOf("values"));
    expect(actions.indexOf("values")).toBeLessThan(actions.indexOf("formulas"));
  });

  it("writes formulas as formulas and numbers as numbers, with their formats", async () => {
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, SHEET, false);
    expect(excel.cell(name, "C4")).toMatchObject({
      formula: "=SUM(C5:C6)",
      numberFormat: "#,##0",
      bold: true,
    });
    expect(excel.cell(name, "C5")).toMatchObject({ value: 100, numberFormat: "#,##0" });
    // One 2-D array per block, not one write per cell.
    const writes = excel.writes(name);
    expect(writes.filter((call) => call.action === "values")).toEqual([
      expect.objectContaining({ target: "range A1:D6" }),
    ]);
    expect(writes.filter((call) => call.action === "formulas")).toEqual([
      expect.objectContaining({ target: "range A1:D6" }),
    ]);
  });

  it("gives text columns their format below the table too, for the rows the officer adds", async () => {
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, SHEET, false);
    expect(excel.cell(name, "A206")?.numberFormat).toBe("@");
    expect(excel.cell(name, "C206")?.numberFormat).toBe("#,##0");
    expect(excel.cell(name, "A207")).toBeUndefined();
    expect(excel.cell(name, "D7")).toBeUndefined();
  });

  it("writes fonts, alignment and borders per range, merges, sizes, frozen rows, validation and page layout", async () => {
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, SHEET, false);
    const sheet = excel.sheet(name);
    expect(excel.cell(name, "A1")).toMatchObject({
      bold: true,
      formats: {
        "format.font.name": FONT,
        "format.font.size": 14,
        "format.horizontalAlignment": "Center",
      },
    });
    expect(excel.cell(name, "D6")?.formats).toEqual({});
    for (const address of ["A3", "D3", "A6", "C6"]) {
      expect(excel.cell(name, address)?.formats).toMatchObject({
        "format.borders.EdgeTop.style": "Continuous",
        "format.borders.EdgeTop.weight": "Thin",
        "format.verticalAlignment": "Center",
        "format.wrapText": true,
      });
    }
    expect(excel.cell(name, "B6")?.italic).toBe(true);
    expect(excel.cell(name, "B5")?.bold).toBeUndefined();
    expect(sheet.merges).toEqual(["A1:D1"]);
    expect(sheet.frozen).toEqual({ rows: 3, columns: 0 });
    expect(sheet.lineFormats).toEqual([
      { address: "A:A", path: "format.columnWidth", value: 35.25 },
      { address: "B:B", path: "format.columnWidth", value: 234.75 },
      { address: "C:C", path: "format.columnWidth", value: 87.75 },
      { address: "D:D", path: "format.columnWidth", value: 108.75 },
      { address: "1:1", path: "format.rowHeight", value: 20 },
    ]);
    expect(sheet.validations.get("C4:C200")).toEqual({
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: excelText.validationTitle,
        message: "Kinh phí là số nguyên.",
      },
    });
    expect(sheet.validations.get("B4:B200")?.rule).toEqual({
      list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$201" },
    });
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      topMargin: 56.69,
      bottomMargin: 56.69,
      leftMargin: 85.04,
      rightMargin: 42.52,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
    });
  });

  it("lets Excel fit the rows whose height is an estimate, after their values and formats; a set height stays", async () => {
    const fitted: SheetDescription = {
      ...SHEET,
      rows: SHEET.rows.map((row, index) =>
        index >= 2 ? { ...row, fitHeight: 34.5, height: index === 4 ? 30 : undefined } : row
      ),
    };
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, fitted, false);
    const sheet = excel.sheet(name);
    // Rows 3, 4 and 6 are fitted (two runs around row 5, whose height is set); no estimate is written.
    expect(sheet.fittedRows).toEqual(["3:4", "6:6"]);
    expect(sheet.lineFormats.filter((format) => format.path === "format.rowHeight")).toEqual([
      { address: "1:1", path: "format.rowHeight", value: 20 },
      { address: "5:5", path: "format.rowHeight", value: 30 },
    ]);
    expect(excel.syncCount).toBe(2);
    const actions = excel.writes(name).map((call) => call.action);
    const fit = actions.indexOf("format.autofitRows()");
    for (const before of ["values", "formulas", "format.wrapText", "format.font.size", "merge()"])
      expect({ before, at: actions.lastIndexOf(before) < fit }).toEqual({ before, at: true });
  });

  it("adds the described page breaks in the write phase; an Excel before ExcelApi 1.9 goes without", async () => {
    const print = SHEET.print as NonNullable<SheetDescription["print"]>;
    const broken: SheetDescription = { ...SHEET, print: { ...print, breaksBefore: [5] } };
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, broken, false);
    expect(excel.sheet(name).pageBreaks).toEqual(["A5"]);
    expect(excel.syncCount).toBe(2);
    const older = mockExcel({ sheets: [], apiVersion: "1.8" });
    const globals = globalThis as unknown as Record<string, unknown>;
    globals.Office = officeFor(older);
    try {
      const olderName = await writeSheet(older.context, broken, false);
      expect(older.sheet(olderName).pageBreaks).toBeUndefined();
      expect(older.sheet(olderName).cells.size).toBeGreaterThan(0);
    } finally {
      delete globals.Office;
    }
  });

  it("numbers the pages from the second, centred in the header; the first page's header stays empty", async () => {
    const print = SHEET.print as NonNullable<SheetDescription["print"]>;
    const numbered: SheetDescription = {
      ...SHEET,
      print: { ...print, pageNumbers: { font: FONT, size: 13 } },
    };
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, numbered, false);
    expect(excel.sheet(name).pageLayout).toEqual(
      expect.objectContaining({
        "headersFooters.state": "FirstAndDefault",
        "headersFooters.firstPage.centerHeader": "",
        "headersFooters.defaultForAllPages.centerHeader": '&"Times New Roman,Regular"&13&P',
      })
    );
    expect(excel.syncCount).toBe(2);
    // Without page numbers in the description, no header is written.
    const plain = mockExcel({ sheets: [] });
    const plainName = await writeSheet(plain.context, SHEET, false);
    expect(Object.keys(plain.sheet(plainName).pageLayout)).not.toContainEqual(
      expect.stringMatching(/^headersFooters/)
    );
  });

  it("writes the units list hidden, in the same two syncs, never made the active sheet", async () => {
    const excel = mockExcel({ sheets: [{ name: "Kế hoạch" }] });
    const units = unitsSheet("Danh mục", DEFAULT_UNITS);
    expect(units.hidden).toBe(true);
    const name = await writeSheet(excel.context, units, true);
    expect(excel.syncCount).toBe(2);
    expect(excel.sheet(name).visibility).toBe("Hidden");
    expect(excel.cell(name, "A2")?.value).toBe("Văn phòng – Thống kê");
    expect(excel.active).toBe("Kế hoạch");
    const actions = excel.writes(name).map((call) => call.action);
    expect(actions).not.toContain("activate()");
    expect(actions[actions.length - 1]).toBe("visibility");
    // The appendix written after it is visible, active, and takes its Chủ trì list from it.
    const appendix = await writeSheet(excel.context, sampleAppendix(10).sheet, true);
    expect(excel.sheet(appendix).visibility).toBe("Visible");
    expect(excel.active).toBe(appendix);
    expect([...excel.sheet(appendix).validations.values()].map((v) => v.rule)).toContainEqual({
      list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$201" },
    });
  });

  it("is refused, as by Excel, when hiding would leave no sheet visible", async () => {
    const excel = mockExcel({ sheets: [{ name: "Cũ", visibility: "Hidden" }] });
    await expect(
      writeSheet(excel.context, { ...SHEET, hidden: true }, false)
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it.each([10, 1_000, 10_000])("writes an appendix of %i rows in two syncs", async (rows) => {
    const { sheet } = sampleAppendix(rows);
    const excel = mockExcel({ sheets: [] });
    const name = await writeSheet(excel.context, sheet, true);
    expect(excel.syncCount).toBe(2);
    const { layout } = sampleAppendix(rows);
    const text = excel.cell(name, `B${layout.firstItemRow + 3}`);
    expect(text?.value).toMatch(/^- Kế hoạch/);
    expect(text?.formula).toBeUndefined();
    expect(excel.cell(name, `G${layout.totalRow}`)?.formula).toMatch(/^=SUM\(/);
  });

  it("cuts a write bigger than the request budget into several syncs that write the same sheet", async () => {
    const { sheet } = sampleAppendix(1_000);
    const whole = mockExcel({ sheets: [] });
    await writeSheet(whole.context, sheet, false);
    const excel = mockExcel({ sheets: [] });
    await writeSheet(excel.context, sheet, false, { requestBudget: 100_000 });
    expect(excel.syncCount).toBeGreaterThan(3);
    expect(contents(excel.sheet("Phụ lục"))).toEqual(contents(whole.sheet("Phụ lục")));
    // Still every text cell was text before its value came.
    for (const [address, state] of excel.sheet("Phụ lục").cells)
      if (/^B\d+$/.test(address) && state.value !== undefined)
        expect({ address, format: state.formatAtWrite }).toEqual({ address, format: "@" });
  });

  it("says so when Excel refuses the request as too large", async () => {
    const excel = mockExcel({ sheets: [] });
    excel.failSync(
      officeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      ),
      2
    );
    await expect(excelSheets.writeSheet(excel.context, SHEET, false)).rejects.toThrow(
      excelText.tooLarge
    );
  });
});
