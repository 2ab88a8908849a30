// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { afterEach, describe, expect, jest, test } from "@jest/globals";
import * as checking from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import { Fix } from "../../src/domain/fixes/fix";
import * as fixing from "../../src/domain/fixes/proposeFixes";
import * as sequencing from "../../src/domain/numberSequence";
import { excelSheets } from "../../src/excel/excelSheets";
import { applyFix } from "../../src/usecases/applyFix";
import { checkPastedText, checkSheet } from "../../src/usecases/checkSheet";
import { mockExcel } from "../excel/mockExcel";
import { sampleErrorCells, sampleText } from "../taskpane/support/sample";

const SHEET = "Phụ lục";

/** The sample on a sheet of the office-addin-mock workbook, with the adapter over it. */
const workbook = (text = sampleText) =>
  mockExcel({ sheets: [{ name: SHEET, grid: readDelimited(text, "\t") }] });

/**
 * How many times the checks and the fixes run while `work` does, and how many times a table is analysed
 * (analyseAppendix, which alone works out the numbering sequence).
 */
async function analysesDuring(work: () => Promise<unknown>) {
  const check = jest.spyOn(checking, "checkAppendix");
  const propose = jest.spyOn(fixing, "proposeFixes");
  const sequence = jest.spyOn(sequencing, "analyseSequence");
  await work();
  return {
    checks: check.mock.calls.length,
    proposals: propose.mock.calls.length,
    analyses: sequence.mock.calls.length,
  };
}

const sampleFix = (kind: Fix["kind"]) => {
  const outcome = checkPastedText(sampleText);
  if (outcome.kind !== "checked") throw new Error("the sample is an appendix");
  return outcome.fixes.find((fix) => fix.kind === kind) as Fix;
};

afterEach(() => {
  jest.restoreAllMocks();
});

describe("checking a sheet", () => {
  test("reads the sheet in one sync; findings and fixes share one analysis of the table", async () => {
    const excel = workbook();
    let result;
    const runs = await analysesDuring(async () => {
      result = await checkSheet(excel.context, excelSheets);
    });
    expect(runs).toEqual({ checks: 1, proposals: 1, analyses: 1 });
    expect(excel.syncCount).toBe(1);
    expect(result).toMatchObject({ sheetName: SHEET, outcome: { kind: "checked" } });
    const { outcome } = result as unknown as Awaited<ReturnType<typeof checkSheet>>;
    if (outcome.kind !== "checked") throw new Error("checked");
    const errors = outcome.findings.filter((finding) => finding.severity === "error");
    expect(errors.map((finding) => finding.cell)).toEqual(sampleErrorCells());
    expect(outcome.fixes.map((fix) => fix.kind)).toEqual(
      expect.arrayContaining(["renumber", "subtotal-formulas"])
    );
  });

  test("a sheet with no appendix header is an outcome, and nothing is analysed", async () => {
    const excel = workbook("Họ tên\tTuổi\nAn\t30");
    let result;
    const runs = await analysesDuring(async () => {
      result = await checkSheet(excel.context, excelSheets, SHEET);
    });
    expect(runs).toEqual({ checks: 0, proposals: 0, analyses: 0 });
    expect(result).toEqual({
      sheetName: SHEET,
      outcome: { kind: "no-appendix", message: expect.stringContaining("Không tìm thấy") },
    });
  });
});

describe("applying a fix", () => {
  test("checks again, writes, checks once more: one analysis per check, never a third", async () => {
    const excel = workbook();
    const fix = sampleFix("renumber");
    let result;
    const runs = await analysesDuring(async () => {
      result = await applyFix(excel.context, excelSheets, SHEET, fix);
    });
    expect(runs).toEqual({ checks: 2, proposals: 2, analyses: 2 });
    expect(result).toMatchObject({ kind: "applied", check: { sheetName: SHEET } });
    // Read, write, read.
    expect(excel.syncCount).toBe(3);
  });

  test("a table edited since the preview is checked once and not written", async () => {
    const edited = sampleText.replace("<b>12.900.000</b>", "<b>11.900.000</b>");
    expect(edited).not.toBe(sampleText);
    const excel = workbook(edited);
    const fix = sampleFix("subtotal-formulas");
    let result;
    const runs = await analysesDuring(async () => {
      result = await applyFix(excel.context, excelSheets, SHEET, fix);
    });
    expect(runs).toEqual({ checks: 1, proposals: 1, analyses: 1 });
    expect(result).toMatchObject({ kind: "changed" });
    expect(excel.syncCount).toBe(1);
    expect(excel.log.filter((call) => call.action === "values")).toEqual([]);
  });
});
