import { describe, expect, jest, test } from "@jest/globals";
import { readDelimited } from "../../src/domain/delimitedText";
import { Grid } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { ExcelSheets } from "../../src/excel/excelContract";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { unitList } from "../../src/sheet/unitNames";
import { DEFAULT_UNITS } from "../../src/sheet/unitsSheet";
import {
  APPENDIX_SHEET_NAME,
  appendixWorkbook,
  createAppendix,
  planFor,
  PlanRequest,
} from "../../src/usecases/createAppendix";
import { sampleText } from "../taskpane/support/sample";

const CONTEXT = { marker: "one Excel.run" } as unknown as Excel.RequestContext;
const REQUEST: PlanRequest = {
  year: "2020",
  title: "Nhiệm vụ cải cách hành chính năm 2020",
  reference: { planNumber: "01", day: "06", month: "01", year: "2020", issuer: "UBND xã A" },
};
const sampleGrid = () => readDelimited(sampleText, "\t");

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

describe("creating the appendix workbook", () => {
  test.each(["blank", "active"] as const)(
    "the pane (%s) writes the very sheets `phuluc new` puts in its file",
    async (source) => {
      const { sheets, written } = workbook(sampleGrid(), ["Sheet1"]);
      const result = await createAppendix(CONTEXT, sheets, source, REQUEST);
      const table = source === "active" ? readAppendix(sampleGrid()) : null;
      const file = appendixWorkbook(planFor(REQUEST, table));
      // In Excel the units sheet goes first, so that the appendix's list can point at its name.
      expect(written.map((sheet) => sheet.name)).toEqual(["Danh mục", APPENDIX_SHEET_NAME]);
      expect(file.sheets.map((sheet) => sheet.name)).toEqual([APPENDIX_SHEET_NAME, "Danh mục"]);
      expect([written[1], written[0]]).toEqual(file.sheets);
      expect(result).toEqual({
        kind: "written",
        appendixSheet: APPENDIX_SHEET_NAME,
        unitsSheet: "Danh mục",
      });
    }
  );

  test("the units list: the usual units, then the units the table's leads name, once each", () => {
    const table = readAppendix(sampleGrid());
    const [, units] = appendixWorkbook(planFor(REQUEST, table)).sheets;
    const leads = table.rows.map((row) => row.lead.trim()).filter((lead) => lead !== "");
    expect(unitsOf(units)).toEqual(unitList([...DEFAULT_UNITS, ...leads]));
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
});
