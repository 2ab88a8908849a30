import { describe, expect, test } from "@jest/globals";
import { readAppendix } from "../../../src/domain/readAppendix";
import { error, group, seriousPlaces, task, total, warning } from "../../support/table";
import { checkGrid, gridWith, uncalculated } from "../support/formulaGrid";
import { testRule } from "../support/ruleTester";

const rows = [
  group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
  task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
  group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
  task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
  total("4.000.000"), // row 7
];

/** The tasks' amounts as numbers, and the subtotals and total as sum formulas saved without results. */
const sums = {
  G3: { value: 1_000_000 },
  G4: { value: 2_000_000 },
  G6: { value: 1_000_000 },
  G2: uncalculated("SUM(G3:G4)"),
  G5: uncalculated("G6"),
  G7: uncalculated("SUBTOTAL(9,G2,G5)"),
};

describe("formula.uncalculated", () => {
  test("sum formulas saved without results are computed: a correct table stays clean", () => {
    const grid = gridWith(rows, sums);
    expect(seriousPlaces(checkGrid(grid))).toEqual([]);
    const appendix = readAppendix(grid);
    expect(appendix.rows[0].amount).toEqual({ kind: "amount", value: 3_000_000 });
    expect(appendix.total?.amount).toEqual({ kind: "amount", value: 4_000_000 });
  });

  test("computed sums are judged like written ones: a wrong task shows at its group", () => {
    const findings = checkGrid(gridWith(rows, { ...sums, G2: { formula: "G3", value: null } }));
    // G2 = G3 leaves out 1.2: its figure is 1.000.000 instead of 3.000.000, said once, with the cause.
    expect(seriousPlaces(findings)).toEqual([error("subtotal.formula", 2, "G2")]);
    const [finding] = findings.filter((f) => f.rule === "subtotal.formula");
    expect(finding.message).toContain(
      "Công thức cho 1.000.000 nhưng các mục con cộng lại 3.000.000"
    );
  });

  test("another formula without a result: one warning at its cell, never a wrong subtotal", () => {
    const findings = checkGrid(gridWith(rows, { ...sums, G4: uncalculated("ROUND(2000000*1,0)") }));
    expect(seriousPlaces(findings)).toEqual([warning("formula.uncalculated", 4, "G4")]);
    const [finding] = findings.filter((f) => f.rule === "formula.uncalculated");
    expect(finding.message).toBe(
      "Công thức =ROUND(2000000*1,0) chưa được tính (tệp được lưu bởi phần mềm không tính công thức): mở bằng Excel rồi lưu lại."
    );
    expect(readAppendix(gridWith(rows, { G4: uncalculated("G3*2") })).rows[2].amount).toEqual({
      kind: "uncalculated",
    });
  });

  test("the sums above an uncalculated amount are not judged, even when they could not agree", () => {
    const findings = checkGrid(
      gridWith(rows, { ...sums, G4: uncalculated("G3*2"), G6: { value: "5.000.000" } })
    );
    // G5 = G6 is computed (5.000.000), so group 2 is right; G2 and G7 depend on G4 and are unknown.
    expect(seriousPlaces(findings)).toEqual([warning("formula.uncalculated", 4, "G4")]);
  });

  test("a total without a result is not a missing total", () => {
    const findings = checkGrid(gridWith(rows, { ...sums, G7: uncalculated("ROUND(G2+G5,-3)") }));
    expect(seriousPlaces(findings)).toEqual([warning("formula.uncalculated", 7, "G7")]);
  });

  test("a long formula is shortened in the message", () => {
    const formula = `SUM(${Array.from({ length: 40 }, (_, i) => `H${i + 1}`).join(",")})*1`;
    const findings = checkGrid(gridWith(rows, { G4: uncalculated(formula) }));
    const message = findings.find((f) => f.rule === "formula.uncalculated")?.message ?? "";
    expect(message).toContain("…");
    expect(message.length).toBeLessThan(200);
  });
});

testRule("formula.uncalculated", {
  valid: [{ name: "sum formulas saved without results are computed", grid: gridWith(rows, sums) }],
  invalid: [
    {
      name: "a formula that is no plain sum, saved without its result",
      grid: gridWith(rows, { ...sums, G4: uncalculated("ROUND(G98*1.1,0)") }),
      findings: [
        {
          cell: "G4",
          message: /=ROUND\(G98\*1\.1,0\) chưa được tính/,
          hint: /Các ô G2 và G7 cộng ô này/,
        },
      ],
    },
  ],
});
