import { describe, expect, test } from "@jest/globals";
import {
  amountOnly,
  checkTable,
  error,
  group,
  seriousPlaces,
  task,
  total,
} from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("total.mismatch", () => {
  test("a labelled Tổng cộng that is not the sum of the top-level rows; the hint suggests a row counted twice", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
      group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
      task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
      total("5.000.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("total.mismatch", 7, "G7")]);
    const finding = findings.find((f) => f.rule === "total.mismatch");
    expect(finding?.expected).toBe(4_000_000);
    expect(finding?.actual).toBe(5_000_000);
    expect(finding?.hint).toContain("cộng hai lần");
  });

  test("an unlabelled last amount-only row is the total; a digit transposition is named in the hint", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "12.900.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "10.000.000"), // row 3
      task("1.2", "Báo cáo định kỳ", "2.900.000"), // row 4
      amountOnly("19.200.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("total.mismatch", 5, "G5")]);
    const finding = findings.find((f) => f.rule === "total.mismatch");
    expect(finding?.expected).toBe(12_900_000);
    expect(finding?.actual).toBe(19_200_000);
    expect(finding?.hint).toContain("đảo chữ số");
  });

  test("a total that agrees with the top-level rows gives no finding", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"),
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"),
      group("2", "Cải cách thủ tục hành chính", "1.000.000"),
      task("2.1", "Công khai thủ tục hành chính", "1.000.000"),
      total("4.000.000"),
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("a wrong top-level subtotal while the total agrees with the details: only the subtotal is reported", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2 (details add up to 3.500.000)
      task("1.1", "Ban hành kế hoạch CCHC", "1.500.000"), // row 3
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
      group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
      task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
      total("4.500.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 2, "G2")]);
  });
});

/** A correct table: rows 2–7, total at row 7. */
const CLEAN_TABLE = [
  group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
  task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
  group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
  task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
  total("4.000.000"), // row 7
];

testRule("total.mismatch", {
  valid: [{ name: "a total that adds up the groups", rows: CLEAN_TABLE }],
  invalid: [
    {
      name: "a total with two digits swapped",
      rows: [
        group("1", "Chỉ đạo", "1.200.000"), // row 2
        task("1.1", "Kế hoạch", "1.200.000"), // row 3
        total("2.100.000"), // row 4
      ],
      findings: [{ cell: "G4", expected: 1_200_000, actual: 2_100_000, hint: /đảo chữ số/ }],
    },
  ],
});
