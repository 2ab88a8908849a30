import { describe, expect, test } from "@jest/globals";
import { readDelimited } from "../../../src/domain/delimitedText";
import { Fix } from "../../../src/domain/fixes/fix";
import { checkPastedText } from "../../../src/usecases/checkSheet";
import { PlanRequest } from "../../../src/usecases/createAppendix";
import { CONTEXT, fakeWorkbook } from "../support/fakeWorkbook";
import { sampleText } from "../support/sample";

const sampleGrid = () => readDelimited(sampleText, "\t");
const fixOf = (kind: Fix["kind"]) => {
  const outcome = checkPastedText(sampleText);
  if (outcome.kind !== "checked") throw new Error("the sample is an appendix");
  return outcome.fixes.find((fix) => fix.kind === kind) as Fix;
};
const REQUEST: PlanRequest = {
  year: "2025",
  title: "Nhiệm vụ cải cách hành chính năm 2025",
  reference: { planNumber: "01", day: "06", month: "01", year: "2025", issuer: "UBND xã A" },
};

describe("the Excel actions", () => {
  test("check reads the sheet and checks it inside one Excel.run", async () => {
    const { sheets, runs, actions } = fakeWorkbook([sampleGrid()]);
    const result = await actions.check("Phụ lục");
    expect(runs()).toBe(1);
    expect(sheets.readSheet).toHaveBeenCalledWith(CONTEXT, "Phụ lục");
    expect(result.sheetName).toBe("Phụ lục");
    expect(result.outcome.kind).toBe("checked");
    if (result.outcome.kind === "checked") {
      expect(result.outcome.findings.filter((f) => f.severity === "error")).toHaveLength(5);
    }
  });

  test("a sheet without an appendix header is an outcome with the Vietnamese message", async () => {
    const { actions } = fakeWorkbook([readDelimited("Họ tên\tTuổi\nAn\t30", "\t")]);
    const result = await actions.check();
    expect(result.outcome).toEqual({
      kind: "no-appendix",
      message: expect.stringContaining("Không tìm thấy dòng tiêu đề"),
    });
  });

  test("applyFix writes the previewed fix once and checks again, in one Excel.run", async () => {
    const { sheets, runs, actions } = fakeWorkbook([sampleGrid()]);
    const fix = fixOf("renumber");
    const result = await actions.applyFix("Phụ lục", fix);
    expect(runs()).toBe(1);
    expect(sheets.applyFix).toHaveBeenCalledTimes(1);
    expect(sheets.applyFix).toHaveBeenCalledWith(CONTEXT, "Phụ lục", fix);
    expect(sheets.readSheet).toHaveBeenCalledTimes(2);
    expect(result.kind).toBe("applied");
  });

  test("applyFix writes nothing when the table changed since the preview", async () => {
    const edited = sampleText.replace("<b>12.900.000</b>", "<b>11.900.000</b>");
    expect(edited).not.toBe(sampleText);
    const { sheets, actions } = fakeWorkbook([readDelimited(edited, "\t")]);
    const result = await actions.applyFix("Phụ lục", fixOf("subtotal-formulas"));
    expect(sheets.applyFix).not.toHaveBeenCalled();
    expect(result.kind).toBe("changed");
  });

  test("marks are set and removed inside one Excel.run each", async () => {
    const { sheets, runs, actions } = fakeWorkbook([sampleGrid()]);
    await actions.setHighlights("Phụ lục", [], true);
    expect(runs()).toBe(1);
    await actions.setHighlights("Phụ lục", [], false);
    expect(sheets.setHighlights.mock.calls).toEqual([
      [CONTEXT, "Phụ lục", [], true],
      [CONTEXT, "Phụ lục", [], false],
    ]);
  });

  test("a blank appendix writes the units sheet first, then the appendix validated against it", async () => {
    const { sheets, runs, actions } = fakeWorkbook([], ["Sheet1"]);
    const result = await actions.createAppendix("blank", REQUEST);
    expect(runs()).toBe(1);
    const written = sheets.writeSheet.mock.calls.map(([, sheet, activate]) => [
      sheet.name,
      activate,
    ]);
    expect(written).toEqual([
      ["Danh mục", false],
      ["Phụ lục", true],
    ]);
    const appendix = sheets.writeSheet.mock.calls[1][1];
    const leadRule = appendix.validations.find((v) => v.rule.kind === "list");
    expect(leadRule?.rule).toEqual({ kind: "list", source: "'Danh mục'!$A$2:$A$201" });
    expect(JSON.stringify(appendix.rows)).toContain("(Kèm theo Kế hoạch số 01/KH-UBND ngày 06");
    expect(result).toEqual({ kind: "written", appendixSheet: "Phụ lục", unitsSheet: "Danh mục" });
  });

  test("an existing units sheet (any case) is kept as the officer edited it", async () => {
    const { sheets, actions } = fakeWorkbook([], ["DANH MỤC", "Phụ lục"]);
    const result = await actions.createAppendix("blank", REQUEST);
    expect(sheets.writeSheet).toHaveBeenCalledTimes(1);
    const appendix = sheets.writeSheet.mock.calls[0][1];
    expect(appendix.validations.find((v) => v.rule.kind === "list")?.rule).toEqual({
      kind: "list",
      source: "'DANH MỤC'!$A$2:$A$201",
    });
    // writeSheet picks a free name; the pane reports the one used.
    expect(result).toEqual({ kind: "written", appendixSheet: "Phụ lục (2)", unitsSheet: null });
  });

  test("redoing the active sheet's table keeps its rows and adds its leads to the units list", async () => {
    const { sheets, actions } = fakeWorkbook([sampleGrid()], []);
    const previewed = await actions.createAppendix("active", REQUEST);
    expect(sheets.readSheet).toHaveBeenCalledWith(CONTEXT);
    // The rebuild is shown first: nothing is written before the officer confirms it.
    expect(sheets.writeSheet).not.toHaveBeenCalled();
    if (previewed.kind !== "preview") throw new Error(`expected a preview, got ${previewed.kind}`);
    const written = await actions.createAppendix({ previewed: previewed.preview }, REQUEST);
    expect(written.kind).toBe("written");
    const [units, appendix] = sheets.writeSheet.mock.calls.map(([, sheet]) => sheet);
    const unitNames = units.rows.map((row) => row.cells[0]?.value);
    expect(unitNames).toContain("Văn phòng – Thống kê");
    expect(unitNames).toContain("Tư pháp – Hộ tịch");
    expect(unitNames).toContain("Bộ phận Tiếp nhận và trả kết quả");
    const values = appendix.rows.flatMap((row) => row.cells.map((cell) => cell?.value));
    expect(values).toContain(
      "Ban hành kế hoạch CCHC đạt yêu cầu theo hướng dẫn của cơ quan cấp trên"
    );
    // Numbers are written as they read: "2,2,1" becomes 2.2.1.
    expect(values).toContain("2.2.1");
    expect(values).not.toContain("2,2,1");
  });

  test("redoing a sheet without an appendix writes nothing and says why", async () => {
    const { sheets, actions } = fakeWorkbook([readDelimited("Họ tên\tTuổi", "\t")]);
    const result = await actions.createAppendix("active", REQUEST);
    expect(sheets.writeSheet).not.toHaveBeenCalled();
    expect(result).toEqual({
      kind: "no-appendix",
      sheetName: "Phụ lục",
      message: expect.stringContaining("Không tìm thấy dòng tiêu đề"),
    });
  });

  test("an error inside Excel.run is not swallowed", async () => {
    const { sheets, actions } = fakeWorkbook([sampleGrid()]);
    const error = new Error("GeneralException");
    sheets.selectCell.mockRejectedValueOnce(error);
    await expect(actions.selectCell("Phụ lục", "G2")).rejects.toBe(error);
  });
});
