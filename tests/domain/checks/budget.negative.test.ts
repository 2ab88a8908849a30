import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("budget.negative", () => {
  test("a negative amount is one finding at its cell", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "1.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "-500.000"), // row 3
      task("1.2", "Báo cáo định kỳ", "1.500.000"), // row 4
      total("1.000.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.negative", 3, "G3")]);
    expect(findings.find((f) => f.rule === "budget.negative")?.actual).toBe(-500000);
  });

  test("an amount in brackets, (500.000), is negative too", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "1.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "(500.000)"), // row 3
      task("1.2", "Báo cáo định kỳ", "1.500.000"), // row 4
      total("1.000.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.negative", 3, "G3")]);
  });

  // One fault, one finding: the sums agree with the amount without its stray minus sign, so the
  // minus sign is the fault and the subtotal and total are not wrong because of it.
  test("a stray minus sign whose sums agree with the amount unsigned is reported once, at the amount", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "2.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "- 500.000"), // row 3
      task("1.2", "Báo cáo định kỳ", "1.500.000"), // row 4
      total("2.000.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.negative", 3, "G3")]);
  });
});

testRule("budget.negative", {
  valid: [
    {
      name: "amounts of zero and more",
      rows: [group("1", "Chỉ đạo"), task("1.1", "Kế hoạch", "0")],
    },
  ],
  invalid: [
    {
      name: "a task at -500.000",
      rows: [group("1", "Chỉ đạo"), task("1.1", "Kế hoạch", "-500.000")],
      findings: [{ cell: "G3", message: "Kinh phí âm: -500.000.", actual: -500_000 }],
    },
  ],
});
