import { describe, expect, test } from "@jest/globals";
import { Finding } from "../../../src/domain/finding";
import { groupIdentical } from "../../../src/taskpane/check/findingGroups";

const finding = (row: number, message: string, more: Partial<Finding> = {}): Finding => ({
  rule: "row.blank",
  severity: "info",
  row,
  cell: `A${row}`,
  number: null,
  message,
  expected: null,
  actual: null,
  hint: null,
  ...more,
});

describe("identical findings listed once", () => {
  test("the same rule, message and hint on several rows is one entry at the first one's place", () => {
    const blank = "Dòng trống giữa bảng: đã bỏ qua.";
    const joined = "Dòng này là phần tiếp theo của dòng 19: đã gộp vào dòng 19.";
    const findings = [
      finding(12, blank),
      finding(21, joined, { rule: "row.continuation", cell: "F21" }),
      finding(30, blank),
      finding(38, blank),
    ];
    expect(groupIdentical(findings).map((entry) => entry.map((one) => one.cell))).toEqual([
      ["A12", "A30", "A38"],
      ["F21"],
    ]);
  });

  test("a different hint, rule or severity keeps findings apart; nothing is lost or reordered", () => {
    const findings = [
      finding(5, "Thiếu bộ phận chủ trì.", { rule: "field.required", hint: "Ghi bộ phận." }),
      finding(6, "Thiếu bộ phận chủ trì.", { rule: "field.required", hint: "Chọn bộ phận." }),
      finding(7, "Thiếu bộ phận chủ trì.", { rule: "field.required", severity: "warning" }),
      finding(8, "Thiếu bộ phận chủ trì.", { rule: "tt.gap" }),
      finding(9, "Thiếu bộ phận chủ trì.", { rule: "field.required", hint: "Ghi bộ phận." }),
    ];
    const entries = groupIdentical(findings);
    expect(entries.map((entry) => entry.map((one) => one.row))).toEqual([[5, 9], [6], [7], [8]]);
    expect(entries.flat()).toHaveLength(findings.length);
  });
});
