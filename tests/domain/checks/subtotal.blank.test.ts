import { describe, expect, test } from "@jest/globals";
import { checkTable, group, info, task, total, where } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("subtotal.blank", () => {
  test("a group left blank over tasks with amounts is a note with what they add up to", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
      total("3.000.000"), // row 5
    ]);
    const notes = findings.filter((f) => f.rule === "subtotal.blank");
    expect(notes.map(where)).toEqual([info("subtotal.blank", 2, "G2")]);
    expect(notes[0].expected).toBe(3_000_000);
    expect(notes[0].hint).toBe("Ghi 3.000.000 (hoặc công thức cộng các mục con) vào ô kinh phí.");
  });
});

testRule("subtotal.blank", {
  valid: [
    {
      name: "groups with their subtotals",
      rows: [
        group("1", "Chỉ đạo", "3.000.000"),
        task("1.1", "Kế hoạch", "3.000.000"),
        total("3.000.000"),
      ],
    },
    {
      name: "a group over tasks without amounts",
      rows: [group("1", "Chỉ đạo"), task("1.1", "Kế hoạch"), task("1.2", "Báo cáo")],
    },
  ],
  invalid: [
    {
      name: "a section and a group left blank over tasks with amounts",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        group("1.1", "Báo cáo"), // row 3
        task("1.1.1", "Định kỳ", "1.000.000"), // row 4
        task("1.1.2", "Đột xuất", "500.000"), // row 5
        total("1.500.000"), // row 6
      ],
      findings: [
        {
          cell: "G2",
          message: "Mục 1 chưa ghi cộng kinh phí; các mục con cộng lại 1.500.000.",
          expected: 1_500_000,
        },
        { cell: "G3", expected: 1_500_000 },
      ],
    },
  ],
});
