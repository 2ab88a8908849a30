// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { quickCheck } from "../../src/usecases/quickCheck";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { Finding } from "../../src/domain/finding";
import { Fix } from "../../src/domain/fixes/fix";
import { Grid, GridCell } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import {
  compareVersions,
  EXCEL_API_MINIMUM,
  EXCEL_FEATURES,
  missingFeatures,
  supports,
} from "../../src/excel/apiSupport";
import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { HIGHLIGHT_FILLS, highlightFormula, isHighlightFormula } from "../../src/excel/highlights";
import { readSheet } from "../../src/excel/readSheet";
import { writeSheet } from "../../src/excel/writeSheet";
import { syntheticAppendix } from "../../scripts/syntheticAppendix";
import { MockExcel, mockExcel, MockExcelOptions, officeFor } from "./mockExcel";
import { sampleAppendix } from "./sampleSheets";

/*
 * The adapter on older Excel. manifest.xml declares ExcelApi 1.7 (Excel 2019 before its updates; 1.8
 * after them); what needs a newer set is asked of office.js first (src/excel/apiSupport.ts). The mock,
 * given an apiVersion, refuses every newer call as office.js does (ApiNotFound), so a call made without
 * asking fails here; officeFor(mock) is the Office global that answers for that Excel.
 */

const SHEET = "Phụ lục";
const globals = globalThis as unknown as Record<string, unknown>;

/** An Excel whose ExcelApi stops at `apiVersion`, with office.js saying so for the length of the test. */
function excelOf(apiVersion: string | undefined, options: Omit<MockExcelOptions, "apiVersion">) {
  const excel = mockExcel({ ...options, apiVersion });
  globals.Office = officeFor(excel);
  return excel;
}

afterEach(() => {
  delete globals.Office;
});

/** The versions each set of features arrived with: Excel 2019 before and after its updates, 2021. */
const OLD = ["1.7", "1.8"] as const;
const ALL = [...OLD, "1.9", "1.12", "1.13", undefined] as const;

/** A table with what the newer sets read: bold and italic, a merged area across rows, a hidden row. */
const TABLE: Grid = {
  firstRow: 2,
  firstColumn: 1,
  rows: [
    [
      { value: "TT", bold: true },
      { value: "Nhiệm vụ", bold: true },
      { value: "Kinh phí", bold: true },
    ],
    [
      { value: "1", bold: true },
      { value: "Cải cách thể chế", bold: true },
      { value: 300, formula: "SUM(C4:C5)", bold: true },
    ],
    [{ value: "1.1" }, { value: "- Rà soát văn bản", italic: true }, { value: 100 }],
    [{ value: "1.2" }, { value: "Tuyên truyền" }, { value: 200 }],
  ],
  merges: ["A4:A5"],
  hiddenRows: new Set([5]),
};

/** What an Excel of that version reads of TABLE. */
function expectedRead(apiVersion: string | undefined): Grid {
  const at = (version: string) =>
    apiVersion === undefined || compareVersions(apiVersion, version) >= 0;
  const rows = TABLE.rows.map((row) =>
    row.map((cell): GridCell => {
      if (at("1.9")) return cell;
      const { bold: _bold, italic: _italic, ...plain } = cell;
      return plain;
    })
  );
  const grid: Grid = { ...TABLE, rows, merges: at("1.13") ? TABLE.merges : [] };
  if (!at("1.9")) delete grid.hiddenRows;
  return grid;
}

/** Reading a navigation property (pageLayout, dataValidation …), as a function for expect(…).toThrow. */
function property(object: object, key: string): () => unknown {
  return () => (object as Record<string, unknown>)[key];
}

describe("the mock as an older Excel", () => {
  it("refuses a newer set's method or property where it is called, as office.js does", () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: TABLE }], apiVersion: "1.8" });
    const sheet = excel.context.workbook.worksheets.getItem(SHEET);
    const range = sheet.getRange("A1:C3");
    const apiNotFound = (name: string, set: string) =>
      expect.objectContaining({
        code: "ApiNotFound",
        message: expect.stringContaining(`ExcelApi ${set} requirement set`),
        debugInfo: expect.objectContaining({ errorLocation: name }),
      });
    expect(() => range.getCellProperties({ format: { font: { bold: true } } })).toThrow(
      apiNotFound("range.getCellProperties", "1.9")
    );
    expect(() => range.getRowProperties({ rowHidden: true })).toThrow(
      apiNotFound("range.getRowProperties", "1.9")
    );
    expect(() => range.getMergedAreasOrNullObject()).toThrow(
      apiNotFound("range.getMergedAreasOrNullObject", "1.13")
    );
    expect(() => sheet.getRanges("A1, C3")).toThrow(apiNotFound("worksheet.getRanges", "1.9"));
    expect(property(sheet, "pageLayout")).toThrow(apiNotFound("worksheet.pageLayout", "1.9"));
    // What 1.8 has is there.
    expect(property(range, "dataValidation")).not.toThrow();
    expect(property(range, "conditionalFormats")).not.toThrow();
    expect(property(sheet, "freezePanes")).not.toThrow();
    expect(() => sheet.getUsedRange(true)).not.toThrow();

    const older = mockExcel({ sheets: [{ name: SHEET }], apiVersion: "1.7" });
    const olderRange = older.context.workbook.worksheets.getItem(SHEET).getRange("A1");
    expect(property(olderRange, "dataValidation")).toThrow(
      apiNotFound("range.dataValidation", "1.8")
    );
    expect(() => {
      olderRange.format.columnWidth = 20;
    }).not.toThrow();
    const oldest = mockExcel({ sheets: [{ name: SHEET }], apiVersion: "1.1" });
    const oldestSheet = oldest.context.workbook.worksheets.getItem(SHEET);
    expect(() => oldestSheet.getUsedRange(true)).toThrow(
      apiNotFound("worksheet.getUsedRange(valuesOnly)", "1.2")
    );
    expect(() => {
      oldestSheet.getRange("A:A").format.columnWidth = 20;
    }).toThrow(apiNotFound("range.format.columnWidth", "1.2"));
    expect(property(oldestSheet, "freezePanes")).toThrow(
      apiNotFound("worksheet.freezePanes", "1.7")
    );
  });

  it("answers isSetSupported for its version, and for every set without one", () => {
    const excel = mockExcel({ sheets: [], apiVersion: "1.8" });
    const { requirements } = officeFor(excel).context;
    expect(requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(requirements.isSetSupported("ExcelApi")).toBe(true);
    expect(requirements.isSetSupported("CustomFunctionsRuntime", "1.1")).toBe(false);
    const current = mockExcel({ sheets: [] });
    expect(officeFor(current).context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
  });

  it("makes a call without its check fail: the Office global is what the adapter asks", async () => {
    // No Office global: the adapter takes every set as there, and the 1.8 Excel refuses getCellProperties.
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: TABLE }], apiVersion: "1.8" });
    await expect(readSheet(excel.context, SHEET)).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(excelSheets.readSheet(excel.context, SHEET)).rejects.toThrow(
      excelText.unsupported
    );
  });
});

describe("apiSupport", () => {
  it("asks office.js for each feature's set, and takes every set as there without office.js", () => {
    expect(missingFeatures()).toEqual([]);
    expect(supports("mergedAreas")).toBe(true);
    excelOf("1.8", { sheets: [] });
    expect(missingFeatures()).toEqual([
      "cellFonts",
      "hiddenRows",
      "mergedAreas",
      "rangeAreas",
      "printSetup",
    ]);
    excelOf("1.7", { sheets: [] });
    expect(missingFeatures()).toContain("dataValidation");
    excelOf("1.12", { sheets: [] });
    expect(missingFeatures()).toEqual(["mergedAreas"]);
    excelOf("1.13", { sheets: [] });
    expect(missingFeatures()).toEqual([]);
  });

  it("checks only sets above the one manifest.xml declares", () => {
    for (const version of Object.values(EXCEL_FEATURES))
      expect(compareVersions(version, EXCEL_API_MINIMUM)).toBeGreaterThan(0);
  });

  it("compares versions by number, not by text", () => {
    expect(compareVersions("1.13", "1.9")).toBe(1);
    expect(compareVersions("1.9", "1.13")).toBe(-1);
    expect(compareVersions("1.8", "1.8")).toBe(0);
    expect(compareVersions("1.10", "1.1")).toBe(1);
  });
});

describe("readSheet on each Excel", () => {
  it.each(ALL)(
    "ExcelApi %s: the same values and formulas in one sync, and what that set reads",
    async (version) => {
      const excel = excelOf(version, { sheets: [{ name: SHEET, grid: TABLE }] });
      const read = await readSheet(excel.context, SHEET);
      expect(read).toEqual({ sheetName: SHEET, grid: expectedRead(version) });
      expect(excel.syncCount).toBe(1);
    }
  );

  it.each(OLD)(
    "ExcelApi %s: reads in blocks when the whole answer is too large",
    async (version) => {
      const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(3_000) };
      const excel = excelOf(version, {
        sheets: [{ name: SHEET, grid }],
        responseCellLimit: 16_000,
      });
      const read = await excelSheets.readSheet(excel.context, SHEET);
      const whole = excelOf(undefined, { sheets: [{ name: SHEET, grid }] });
      const expected = await readSheet(whole.context, SHEET);
      expect(whole.syncCount).toBe(1);
      const plain = (rows: GridCell[][]) =>
        rows.map((row) => row.map(({ bold: _bold, italic: _italic, ...cell }) => cell));
      expect(read.grid.rows).toEqual(plain(expected.grid.rows));
      expect(read.grid.rows).toHaveLength(syntheticAppendix(3_000).length);
      // One refused sync, one for the size, then one per block of 15,000 cells (7 columns: 2,142 rows).
      expect(excel.syncCount).toBe(4);
    }
  );

  it("checks the same on 1.8 as on the newest Excel when the table has no merges or hidden rows", async () => {
    const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(500) };
    grid.rows[5][6] = { value: 1 };
    const old = await readSheet(excelOf("1.8", { sheets: [{ name: SHEET, grid }] }).context, SHEET);
    const current = await readSheet(
      excelOf(undefined, { sheets: [{ name: SHEET, grid }] }).context,
      SHEET
    );
    const findings = checkAppendix(readAppendix(current.grid));
    expect(findings.some((finding) => finding.severity === "error")).toBe(true);
    expect(checkAppendix(readAppendix(old.grid))).toEqual(findings);
  });
});

describe("writeSheet on each Excel", () => {
  it.each(ALL)(
    "ExcelApi %s: the appendix in two syncs, with what that set can write",
    async (version) => {
      const { sheet } = sampleAppendix(200);
      const excel = excelOf(version, { sheets: [] });
      const name = await writeSheet(excel.context, sheet, true);
      expect(excel.syncCount).toBe(2);
      const written = excel.sheet(name);
      const at = (set: string) => version === undefined || compareVersions(version, set) >= 0;
      // The table itself, its formulas, merges, widths and frozen header: every version.
      const current = excelOf(undefined, { sheets: [] });
      const full = current.sheet(await writeSheet(current.context, sheet, true));
      expect([...written.cells]).toEqual([...full.cells]);
      expect(written.merges).toEqual(full.merges);
      expect(written.lineFormats).toEqual(full.lineFormats);
      expect(written.frozen).toEqual(full.frozen);
      expect(written.frozen?.rows).toBeGreaterThan(0);
      // Data validation from 1.8, page layout from 1.9.
      expect(written.validations.size).toBe(at("1.8") ? full.validations.size : 0);
      expect(full.validations.size).toBeGreaterThan(0);
      expect(written.pageLayout).toEqual(at("1.9") ? full.pageLayout : {});
      expect(full.pageLayout.orientation).toBe("Landscape");
    }
  );

  it("ExcelApi 1.8: a write over the request budget takes as many syncs as on the newest Excel", async () => {
    const { sheet } = sampleAppendix(1_000);
    const old = excelOf("1.8", { sheets: [] });
    await writeSheet(old.context, sheet, false, { requestBudget: 100_000 });
    const current = excelOf(undefined, { sheets: [] });
    await writeSheet(current.context, sheet, false, { requestBudget: 100_000 });
    expect(old.syncCount).toBeGreaterThan(3);
    expect(old.syncCount).toBeLessThanOrEqual(current.syncCount);
  });
});

function finding(cell: string, severity: Finding["severity"]): Finding {
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

/** The cells the add-in's marks cover, by severity, whatever the number of formats. */
function marked(excel: MockExcel) {
  const marks = excel
    .sheet(SHEET)
    .conditionalFormats.filter((format) => isHighlightFormula(format.formula));
  const cells = (severity: "error" | "warning") =>
    marks
      .filter((format) => format.formula === highlightFormula(severity))
      .flatMap((format) => {
        expect(format.fill).toBe(HIGHLIGHT_FILLS[severity]);
        return format.ranges.split(",").flatMap((area) => cellsIn(area.trim()));
      })
      .sort();
  return { error: cells("error"), warning: cells("warning"), formats: marks.length };
}

/** "G5:G7" → ["G5", "G6", "G7"]; one column only, as the marks are. */
function cellsIn(area: string): string[] {
  const [from, to = from] = area.split(":");
  const column = from.replace(/\d+$/, "");
  expect(to.replace(/\d+$/, "")).toBe(column);
  const first = Number(from.slice(column.length));
  const last = Number(to.slice(column.length));
  return Array.from({ length: last - first + 1 }, (_, i) => `${column}${first + i}`);
}

describe("setHighlights on each Excel", () => {
  const FINDINGS = [
    finding("G5", "error"),
    finding("G6", "error"),
    finding("G7", "error"),
    finding("G9", "error"),
    finding("A5", "warning"),
    finding("G6", "warning"),
    finding("C9", "warning"),
    finding("B3", "info"),
  ];

  it.each(ALL)(
    "ExcelApi %s: the same cells marked in three syncs; off removes them all",
    async (version) => {
      const own = { type: "Custom", ranges: "G2:G100", formula: "=G2<0", fill: "#FF0000" };
      const excel = excelOf(version, { sheets: [{ name: SHEET, conditionalFormats: [own] }] });
      await excelSheets.setHighlights(excel.context, SHEET, FINDINGS, true);
      expect(excel.syncCount).toBe(3);
      expect(marked(excel)).toEqual({
        error: ["G5", "G6", "G7", "G9"],
        warning: ["A5", "C9"],
        // One format per severity with getRanges (1.9); one per run down a column without it.
        formats: version === undefined || compareVersions(version, "1.9") >= 0 ? 2 : 4,
      });
      // Marked again: the old marks go first, they never pile up.
      await excelSheets.setHighlights(excel.context, SHEET, FINDINGS, true);
      expect(marked(excel).formats).toBe(
        version === undefined || compareVersions(version, "1.9") >= 0 ? 2 : 4
      );
      await excelSheets.setHighlights(excel.context, SHEET, [], false);
      expect(excel.syncCount).toBe(9);
      expect(excel.sheet(SHEET).conditionalFormats).toEqual([{ ...own, id: expect.any(String) }]);
    }
  );

  it.each([10, 1_000, 10_000])("ExcelApi 1.8: %i findings in three syncs", async (count) => {
    const excel = excelOf("1.8", { sheets: [{ name: SHEET }] });
    const findings = Array.from({ length: count }, (_, i) =>
      finding(`${i % 2 ? "A" : "G"}${i + 2}`, i % 3 ? "warning" : "error")
    );
    await setHighlightsOn(excel, findings);
    expect(excel.syncCount).toBe(3);
    const { error, warning } = marked(excel);
    expect(error.length + warning.length).toBe(count);
  });
});

async function setHighlightsOn(excel: MockExcel, findings: Finding[]): Promise<void> {
  await excelSheets.setHighlights(excel.context, SHEET, findings, true);
}

describe("Kiểm tra nhanh, apply, select and names on each Excel", () => {
  /** A correct appendix with two faults: a wrong task amount and a number out of sequence. */
  function faultyGrid(): Grid {
    const rows = syntheticAppendix(120);
    rows[3][6] = { value: 1 };
    rows[20][0] = { value: "9.9.9" };
    return { firstRow: 1, firstColumn: 1, rows, merges: [] };
  }

  it.each(ALL)(
    "ExcelApi %s: the same findings, marks and selection in five syncs",
    async (version) => {
      const current = mockExcel({ sheets: [{ name: SHEET, grid: faultyGrid() }] });
      const expected = await quickCheck(current.context, excelSheets);
      const excel = excelOf(version, { sheets: [{ name: SHEET, grid: faultyGrid() }] });
      const result = await quickCheck(excel.context, excelSheets);
      expect(result).toEqual(expected);
      expect(result.marked.length).toBeGreaterThan(0);
      expect(excel.sheet(SHEET).selection).toBe(expected.selected);
      // One read, three syncs to mark, one to select: as on the newest Excel.
      expect(excel.syncCount).toBe(5);
      expect(current.syncCount).toBe(5);
      expect(marked(excel).error).toEqual(marked(current).error);
      expect(marked(excel).warning).toEqual(marked(current).warning);
    }
  );

  it.each(OLD)(
    "ExcelApi %s: sheet names, a fix and a selection in one sync each",
    async (version) => {
      const excel = excelOf(version, { sheets: [{ name: SHEET, grid: faultyGrid() }] });
      expect(await excelSheets.sheetNames(excel.context)).toEqual([SHEET]);
      const fix: Fix = {
        kind: "subtotal-values",
        title: "Sửa kinh phí",
        edits: [{ row: 4, column: 7, address: "G4", before: "1", after: { value: 500_000 } }],
        insertRows: { before: 2, count: 1 },
      };
      await excelSheets.applyFix(excel.context, SHEET, fix);
      // The row went down with the inserted one, and the edit uses the address after the insertion.
      expect(excel.cell(SHEET, "A3")?.value).toBe(faultyGrid().rows[1][0].value);
      expect(excel.cell(SHEET, "G4")?.value).toBe(500_000);
      await excelSheets.selectCell(excel.context, SHEET, "G4");
      expect(excel.sheet(SHEET).selection).toBe("G4");
      expect(excel.syncCount).toBe(3);
    }
  );
});
