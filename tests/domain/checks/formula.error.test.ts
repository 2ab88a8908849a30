import { describe, expect, test } from "@jest/globals";
import { readAppendix } from "../../../src/domain/readAppendix";
import { error, group, seriousPlaces, task, total } from "../../support/table";
import { checkGrid, gridWith } from "../support/formulaGrid";
import { testRule } from "../support/ruleTester";

const rows = [
  group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
  task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
  group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
  task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
  total("4.000.000"), // row 7
];

describe("formula.error", () => {
  test("a subtotal formula that came to #REF!: one error at its cell naming the error, nothing above", () => {
    const findings = checkGrid(gridWith(rows, { G2: { formula: "G3+#REF!", error: "#REF!" } }));
    expect(seriousPlaces(findings)).toEqual([error("formula.error", 2, "G2")]);
    const [finding] = findings.filter((f) => f.rule === "formula.error");
    expect(finding.message).toContain("#REF!");
    expect(finding.message).toContain("=G3+#REF!");
    expect(finding.message).not.toMatch(/NaN|không đọc được/);
    expect(finding.hint).toContain("xóa dòng");
  });

  test("the reading is an error, not an amount", () => {
    const appendix = readAppendix(gridWith(rows, { G3: { formula: "1/0", error: "#DIV/0!" } }));
    expect(appendix.rows[1].amount).toEqual({ kind: "error", error: "#DIV/0!" });
  });

  test("an error a reader gives as text (as older readers and Excel's values do) is the same error", () => {
    const findings = checkGrid(gridWith(rows, { G4: { formula: "G3*X", value: "#NAME?" } }));
    expect(seriousPlaces(findings)).toEqual([error("formula.error", 4, "G4")]);
    expect(findings.find((f) => f.rule === "formula.error")?.hint).toContain("tên hàm");
  });

  test("a task's error leaves its group and the total unjudged, like an unreadable amount", () => {
    // Group 1 says 3.000.000, which 1.2 alone cannot make: still no mismatch is claimed above 1.1.
    const findings = checkGrid(gridWith(rows, { G3: { formula: "G99/G98", error: "#DIV/0!" } }));
    expect(seriousPlaces(findings)).toEqual([error("formula.error", 3, "G3")]);
  });

  test("sums that show the error only because they add up the cell are named there, not reported", () => {
    const findings = checkGrid(
      gridWith(rows, {
        G2: { formula: "SUM(G3:G4)", error: "#VALUE!" },
        G4: { formula: "G98+G99", error: "#VALUE!" },
        G7: { formula: "G2+G5", error: "#VALUE!" },
      })
    );
    expect(seriousPlaces(findings)).toEqual([error("formula.error", 4, "G4")]);
    const hint = findings.find((f) => f.rule === "formula.error")?.hint;
    expect(hint).toContain("chữ");
    expect(hint).toContain("G2 và G7 cộng ô này");
  });

  test("an error at the total is a formula error, not a missing total", () => {
    const findings = checkGrid(
      gridWith(rows, { G7: { formula: "VLOOKUP(1,A:B,2)", error: "#N/A" } })
    );
    expect(seriousPlaces(findings)).toEqual([error("formula.error", 7, "G7")]);
  });

  test("sums adding up each other in a circle are still reported, each once", () => {
    const findings = checkGrid(
      gridWith(rows, {
        G2: { formula: "G5", error: "#REF!" },
        G5: { formula: "G2", error: "#REF!" },
      })
    );
    expect(seriousPlaces(findings.filter((f) => f.rule === "formula.error"))).toEqual([
      error("formula.error", 2, "G2"),
      error("formula.error", 5, "G5"),
    ]);
  });

  test.each([
    ["#REF!", "xóa dòng"],
    ["#VALUE!", "SUM bỏ qua ô chữ"],
    ["#DIV/0!", "chia cho 0"],
    ["#NAME?", "tên hàm"],
    ["#N/A", "không tìm thấy"],
    ["#NUM!", "không hợp lệ"],
  ])("%s has its own hint", (value, words) => {
    const findings = checkGrid(gridWith(rows, { G6: { formula: "G99", error: value } }));
    const finding = findings.find((f) => f.rule === "formula.error");
    expect(finding?.message).toContain(value);
    expect(finding?.hint).toContain(words);
  });

  test("an error value typed into a cell, without a formula, is said as such", () => {
    const findings = checkGrid(gridWith(rows, { G6: { value: "#N/A" } }));
    expect(findings.find((f) => f.rule === "formula.error")?.message).toContain(
      "Ô kinh phí chứa giá trị lỗi #N/A"
    );
  });
});

testRule("formula.error", {
  valid: [
    {
      name: "formulas with results",
      grid: gridWith(rows, { G2: { formula: "SUM(G3:G4)", value: 3_000_000 } }),
    },
  ],
  invalid: [
    {
      name: "#REF! at a subtotal; #VALUE! at a task, passed on to its group",
      grid: gridWith(rows, {
        G2: { formula: "G3+#REF!", error: "#REF!" },
        G6: { formula: "G98+G99", error: "#VALUE!" },
        G5: { formula: "G6", error: "#VALUE!" },
      }),
      findings: [
        { cell: "G2", message: /#REF!/ },
        { cell: "G6", hint: /Ô G5 cộng ô này/ },
      ],
    },
  ],
});
