import { describe, expect, test } from "@jest/globals";
import { checkTable, group, seriousPlaces, task, total, warning } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("total.missing", () => {
  test("amounts but no total row: a warning at the Kinh phí cell just below the table", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"), // row 3
      group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 4
      task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([warning("total.missing", 6, "G6")]);
    expect(findings.find((f) => f.rule === "total.missing")?.expected).toBe(4_000_000);
  });

  test("a Tổng cộng row left blank: a warning at its Kinh phí cell", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"), // row 3
      ["", "<b>Tổng cộng</b>", "", "", "", "", ""], // row 4
    ]);
    expect(seriousPlaces(findings)).toEqual([warning("total.missing", 4, "G4")]);
  });

  test("no amounts at all: no total is needed", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"),
      task("1.1", "Ban hành kế hoạch CCHC"),
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("with a total row, nothing is missing", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"),
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"),
      total("3.000.000"),
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("the missing total is placed below the last row's continuation", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      ["1.1", "Ban hành kế hoạch CCHC", "Văn phòng", "", "", "Trước ngày", "3.000.000"], // row 3
      ["", "", "", "", "", "10/01/2025", ""], // row 4: continuation
    ]);
    expect(seriousPlaces(findings)).toEqual([warning("total.missing", 5, "G5")]);
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

testRule("total.missing", {
  valid: [
    { name: "a table with its total", rows: CLEAN_TABLE },
    { name: "a table without amounts", rows: [group("1", "Chỉ đạo"), task("1.1", "Kế hoạch")] },
  ],
  invalid: [
    {
      name: "no total row: at the Kinh phí cell below the table",
      rows: [group("1", "Chỉ đạo", "3.000.000"), task("1.1", "Kế hoạch", "3.000.000")],
      findings: [{ cell: "G4", row: 4, expected: 3_000_000 }],
    },
    {
      name: "a total row left blank",
      rows: [group("1", "Chỉ đạo", "3.000.000"), task("1.1", "Kế hoạch", "3.000.000"), total("")],
      findings: [{ cell: "G4", message: "Dòng Tổng cộng chưa ghi kinh phí." }],
    },
  ],
});
