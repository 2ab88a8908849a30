// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { describe, expect, jest, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { readDelimited } from "../../src/domain/delimitedText";
import { Grid } from "../../src/domain/grid";
import * as sequencing from "../../src/domain/numberSequence";
import { readAppendix } from "../../src/domain/readAppendix";
import { readTitleBlock } from "../../src/domain/titleBlock";
import { ExcelSheets } from "../../src/excel/excelContract";
import { excelSheets } from "../../src/excel/excelSheets";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { DEFAULT_UNITS } from "../../src/sheet/unitsSheet";
import {
  APPENDIX_SHEET_NAME,
  appendixWorkbook,
  AppendixPreview,
  createAppendix,
  CreateResult,
  planFor,
  PlanRequest,
  sourceTableOf,
  titleBlockFor,
} from "../../src/usecases/createAppendix";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { mockExcel } from "../excel/mockExcel";
import { sampleText } from "../taskpane/support/sample";
import { SAMPLE_TITLE_BLOCK } from "../support/sampleTitleBlock";

const CONTEXT = { marker: "one Excel.run" } as unknown as Excel.RequestContext;
const TODAY = new Date(2025, 4, 15);
const REQUEST: PlanRequest = {
  year: "2020",
  title: "Nhiệm vụ cải cách hành chính năm 2020",
  reference: { planNumber: "01", day: "06", month: "01", year: "2020", issuer: "UBND xã A" },
};
const sampleGrid = () => readDelimited(sampleText, "\t");
/** The sample workbook's appendix sheet, title block and all. */
const sampleSheet = () =>
  readWorkbook(readFileSync(path.join(__dirname, "..", "..", "samples", "thuong-lo-2020.xlsx")))[0];

/** A workbook in memory holding `names`, whose active sheet is `grid`; it records what is written. */
function workbook(grid: Grid, names: string[]) {
  const written: SheetDescription[] = [];
  const sheets = {
    readSheet: jest.fn(async () => ({ sheetName: names[0] ?? "Sheet1", grid })),
    sheetNames: jest.fn(async () => names),
    writeSheet: jest.fn<ExcelSheets["writeSheet"]>(async (_, sheet) => {
      written.push(sheet);
      return sheet.name;
    }),
  };
  return { sheets, written };
}

/** The units a units sheet lists, under its header. */
const unitsOf = (sheet: SheetDescription) => sheet.rows.slice(1).map((row) => row.cells[0]?.value);

function previewOf(result: CreateResult): AppendixPreview {
  if (result.kind !== "preview" && result.kind !== "changed")
    throw new Error(`expected a preview, got ${result.kind}`);
  return result.preview;
}

describe("creating the appendix workbook", () => {
  test("the blank appendix is written at once: the very sheets `phuluc new` puts in its file", async () => {
    const { sheets, written } = workbook(sampleGrid(), ["Sheet1"]);
    const result = await createAppendix(CONTEXT, sheets, "blank", REQUEST, TODAY);
    const file = appendixWorkbook(planFor(REQUEST, null, TODAY));
    // In Excel the units sheet goes first, so that the appendix's list can point at its name.
    expect(written.map((sheet) => sheet.name)).toEqual(["Danh mục", APPENDIX_SHEET_NAME]);
    expect(file.sheets.map((sheet) => sheet.name)).toEqual([APPENDIX_SHEET_NAME, "Danh mục"]);
    expect([written[1], written[0]]).toEqual(file.sheets);
    expect(sheets.readSheet).not.toHaveBeenCalled();
    expect(result).toEqual({
      kind: "written",
      appendixSheet: APPENDIX_SHEET_NAME,
      unitsSheet: "Danh mục",
    });
  });

  test("the active sheet's table is previewed, nothing written; confirmed, it is what `phuluc new` writes", async () => {
    const { sheets, written } = workbook(sampleGrid(), ["Sheet1"]);
    const preview = previewOf(await createAppendix(CONTEXT, sheets, "active", REQUEST, TODAY));
    expect(written).toEqual([]);
    expect(sheets.sheetNames).not.toHaveBeenCalled();
    const result = await createAppendix(CONTEXT, sheets, { previewed: preview }, REQUEST, TODAY);
    const file = appendixWorkbook(planFor(REQUEST, sourceTableOf(sampleGrid()), TODAY));
    expect([written[1], written[0]]).toEqual(file.sheets);
    expect(result).toEqual({
      kind: "written",
      appendixSheet: APPENDIX_SHEET_NAME,
      unitsSheet: "Danh mục",
    });
  });

  test("the units list: the usual units, then units the table's leads name, once each", () => {
    const source = sourceTableOf(sampleGrid());
    const [, units] = appendixWorkbook(planFor(REQUEST, source)).sheets;
    const listed = unitsOf(units);
    // Which lead cells name a unit is src/domain/units/unitList.ts's to say; here, only that some are added.
    expect(listed.slice(0, DEFAULT_UNITS.length)).toEqual(DEFAULT_UNITS);
    expect(listed.length).toBeGreaterThan(DEFAULT_UNITS.length);
    expect(new Set(listed).size).toBe(listed.length);
    const [, blankUnits] = appendixWorkbook(planFor(REQUEST, null)).sheets;
    expect(unitsOf(blankUnits)).toEqual(DEFAULT_UNITS);
  });

  test("the blank plan takes the request's title and reference line", () => {
    const plan = planFor(REQUEST, null);
    expect(plan.title).toBe(REQUEST.title);
    expect(plan.reference).toEqual(REQUEST.reference);
    const [appendix] = appendixWorkbook(plan).sheets;
    expect(JSON.stringify(appendix.rows)).toContain("(Kèm theo Kế hoạch số 01/KH-UBND ngày 06");
  });

  test("a table rebuilt is numbered afresh, so that it passes its own check", () => {
    const plan = planFor({ reference: {} }, sourceTableOf(sampleSheet().grid), TODAY);
    const numbers = (items = plan.items): string[] =>
      items.flatMap((item) => [item.number, ...numbers(item.children)]);
    expect(numbers()).toContain("2.2.1");
    expect(numbers()).not.toContain("2,2,1");
    expect(numbers().filter((number) => number === "5.1.2")).toHaveLength(1);
    expect(numbers()).toContain("5.1.3");
    expect(numbers()).toContain("7.4.4");
    expect(new Set(numbers().filter((n) => n !== "")).size).toBe(
      numbers().filter((n) => n !== "").length
    );
  });
});

describe("the title block of the new appendix", () => {
  const nothing: PlanRequest = { reference: {} };

  test("nothing given: the source's title block, whole", () => {
    expect(titleBlockFor(nothing, SAMPLE_TITLE_BLOCK, TODAY)).toEqual({
      year: "2020",
      title: SAMPLE_TITLE_BLOCK.title,
      reference: SAMPLE_TITLE_BLOCK.reference,
    });
  });

  test("nothing given and no source: this year, the standard title, “…” to fill in", () => {
    expect(titleBlockFor(nothing, null, TODAY)).toEqual({
      year: "2025",
      title: "Nhiệm vụ cải cách hành chính năm 2025 và dự trù kinh phí thực hiện",
      reference: { planNumber: "…", day: "…", month: "…", year: "2025", issuer: "…" },
    });
    // A source with nothing above its header is no source of a title block.
    expect(titleBlockFor(nothing, { title: null, year: null, reference: {} }, TODAY)).toEqual(
      titleBlockFor(nothing, null, TODAY)
    );
  });

  test("the officer's entries win, part by part; the source's fill the rest", () => {
    const request: PlanRequest = { title: "Kế hoạch CCHC", reference: { planNumber: "02" } };
    expect(titleBlockFor(request, SAMPLE_TITLE_BLOCK, TODAY)).toEqual({
      year: "2020",
      title: "Kế hoạch CCHC",
      reference: { ...SAMPLE_TITLE_BLOCK.reference, planNumber: "02" },
    });
    const issuer = titleBlockFor({ reference: { issuer: "UBND xã B" } }, SAMPLE_TITLE_BLOCK, TODAY);
    expect(issuer.reference).toEqual({ ...SAMPLE_TITLE_BLOCK.reference, issuer: "UBND xã B" });
  });

  test("another year than the source's: its title with the year changed, its issuer, not its number or date", () => {
    expect(titleBlockFor({ year: "2021", reference: {} }, SAMPLE_TITLE_BLOCK, TODAY)).toEqual({
      year: "2021",
      title:
        "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2021 VÀ DỰ TRÙ KINH PHÍ ĐỂ THỰC HIỆN CÁC NHIỆM VỤ",
      reference: {
        planNumber: "…",
        day: "…",
        month: "…",
        year: "2021",
        issuer: "UBND xã Thượng Lộ",
      },
    });
    // The same year typed is the source's plan.
    expect(titleBlockFor({ year: "2020", reference: {} }, SAMPLE_TITLE_BLOCK, TODAY)).toEqual(
      titleBlockFor(nothing, SAMPLE_TITLE_BLOCK, TODAY)
    );
  });

  test("a day and month without a year: the plan's year, or the year before for October to December", () => {
    const signed = (month: string, year?: string) =>
      titleBlockFor({ year, reference: { day: "25", month } }, SAMPLE_TITLE_BLOCK, TODAY).reference;
    expect(signed("01")).toMatchObject({ day: "25", month: "01", year: "2020" });
    expect(signed("9")).toMatchObject({ year: "2020" });
    expect(signed("10")).toMatchObject({ year: "2019" });
    expect(signed("12", "2025")).toMatchObject({ day: "25", month: "12", year: "2024" });
    // The date is one thing: a part given makes it the officer's, the source's is not mixed in.
    expect(
      titleBlockFor({ reference: { year: "2019" } }, SAMPLE_TITLE_BLOCK, TODAY).reference
    ).toMatchObject({ day: "…", month: "…", year: "2019" });
    expect(
      titleBlockFor({ reference: { day: "6" } }, SAMPLE_TITLE_BLOCK, TODAY).reference
    ).toMatchObject({ day: "6", month: "…", year: "2020" });
  });
});

describe("Lập lại từ trang đang mở on the office-addin-mock workbook", () => {
  const SHEET = "Phụ lục";
  const sampleWorkbook = () => mockExcel({ sheets: [{ name: SHEET, grid: sampleSheet().grid }] });
  const NOTHING: PlanRequest = { reference: {} };

  test("the preview reads the sheet in one sync, analyses the table once and writes nothing", async () => {
    const excel = sampleWorkbook();
    // analyseAppendix alone works out the numbering sequence: one call is one analysis.
    const analyses = jest.spyOn(sequencing, "analyseSequence");
    const result = await createAppendix(excel.context, excelSheets, "active", NOTHING, TODAY);
    expect(analyses).toHaveBeenCalledTimes(1);
    analyses.mockRestore();
    expect(excel.syncCount).toBe(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SHEET]);
    expect(excel.log.filter((call) => call.action === "values")).toEqual([]);
    const preview = previewOf(result);
    expect(result.kind).toBe("preview");
    expect(preview.sheetName).toBe(SHEET);
    expect(preview.title).toBe(SAMPLE_TITLE_BLOCK.title);
    expect(preview.reference).toBe(
      "(Kèm theo Kế hoạch số 01/KH-UBND ngày 06 tháng 01 năm 2020 của UBND xã Thượng Lộ)"
    );
    expect(preview.differences.kept).toBe(
      "Giữ như bảng gốc: tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành."
    );
    expect(preview.differences.changes.map((change) => change.kind)).toEqual([
      "total",
      "amounts",
      "renumbered",
    ]);
    expect(preview.differences.changes[2].text).toBe(
      "Đánh lại số thứ tự 3 dòng: 2,2,1 → 2.2.1; 5.1.2 → 5.1.3; 7.4.3 → 7.4.4."
    );
  });

  test("confirmed: read again, then written (units sheet first); the new sheet keeps the title block", async () => {
    const excel = sampleWorkbook();
    const preview = previewOf(
      await createAppendix(excel.context, excelSheets, "active", NOTHING, TODAY)
    );
    const before = excel.syncCount;
    const result = await createAppendix(
      excel.context,
      excelSheets,
      { previewed: preview },
      NOTHING,
      TODAY
    );
    expect(result).toEqual({
      kind: "written",
      appendixSheet: "Phụ lục (2)",
      unitsSheet: "Danh mục",
    });
    // The sheet read again (1), the sheet names (1), the units sheet and the appendix (2 each).
    expect(excel.syncCount - before).toBe(6);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SHEET, "Danh mục", "Phụ lục (2)"]);
    expect(excel.active).toBe("Phụ lục (2)");

    const { grid } = await excelSheets.readSheet(excel.context, "Phụ lục (2)");
    const appendix = readAppendix(grid);
    expect(readTitleBlock(grid, appendix.headerRow - grid.firstRow)).toEqual(SAMPLE_TITLE_BLOCK);
  });

  test("a table edited since the preview is not written: the new preview comes back", async () => {
    const excel = sampleWorkbook();
    const preview = previewOf(
      await createAppendix(excel.context, excelSheets, "active", NOTHING, TODAY)
    );
    // The officer corrects group 1's subtotal in the sheet meanwhile.
    const g7 = excel.cell(SHEET, "G7");
    expect(g7?.value).toBe(12900000);
    if (g7) g7.value = 11900000;
    const before = excel.syncCount;
    const result = await createAppendix(
      excel.context,
      excelSheets,
      { previewed: preview },
      NOTHING,
      TODAY
    );
    expect(result.kind).toBe("changed");
    expect(excel.syncCount - before).toBe(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SHEET]);
    const now = previewOf(result);
    expect(now.differences.changes[0].text).toContain("bảng gốc ghi 34.900.000 đồng");
    expect(now.differences.changes[1].text).not.toContain("mục 1: 12.900.000");

    // Confirming what is shown now writes it.
    const written = await createAppendix(
      excel.context,
      excelSheets,
      { previewed: now },
      NOTHING,
      TODAY
    );
    expect(written.kind).toBe("written");
  });

  test("a form edited since the preview is not written either", async () => {
    const excel = sampleWorkbook();
    const preview = previewOf(
      await createAppendix(excel.context, excelSheets, "active", NOTHING, TODAY)
    );
    const other: PlanRequest = { reference: { planNumber: "02" } };
    const result = await createAppendix(
      excel.context,
      excelSheets,
      { previewed: preview },
      other,
      TODAY
    );
    expect(result.kind).toBe("changed");
    expect(previewOf(result).reference).toContain("Kế hoạch số 02/KH-UBND");
    expect(excel.sheets).toHaveLength(1);
  });

  test("a sheet with no appendix says so and writes nothing, previewed or confirmed", async () => {
    const excel = mockExcel({
      sheets: [{ name: "Báo cáo", grid: readDelimited("Họ tên\tTuổi\nAn\t30", "\t") }],
    });
    const result = await createAppendix(excel.context, excelSheets, "active", NOTHING, TODAY);
    expect(result).toEqual({
      kind: "no-appendix",
      sheetName: "Báo cáo",
      message: expect.stringContaining("Không tìm thấy dòng tiêu đề"),
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.sheets).toHaveLength(1);
  });
});
