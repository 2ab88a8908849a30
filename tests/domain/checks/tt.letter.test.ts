import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("tt.letter", () => {
  test("f) after e) is one finding; by the Vietnamese alphabet the point is g)", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      group("1.1", "Thực hiện chế độ báo cáo"), // row 3
      task("a)", "Báo cáo định kỳ hàng quý"), // row 4
      task("b)", "Báo cáo kiểm tra văn bản"), // row 5
      task("c)", "Báo cáo kiểm soát TTHC"), // row 6
      task("d)", "Báo cáo chất lượng cán bộ"), // row 7
      task("đ)", "Báo cáo đột xuất"), // row 8
      task("e)", "Báo cáo tuyên truyền"), // row 9
      task("f)", "Báo cáo năm"), // row 10
      task("1.2", "Kiểm tra công tác CCHC"), // row 11
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.letter", 10, "A10")]);
    const finding = findings.find((f) => f.rule === "tt.letter");
    expect(finding?.message).toContain("f");
    expect(finding?.hint).toContain("g)");
  });

  test("j) after i) is one finding; by the Vietnamese alphabet the point is k)", () => {
    const points = ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "j)"];
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      ...points.map((point) => task(point, `Điểm ${point}`)), // rows 3–12
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.letter", 12, "A12")]);
    expect(findings.find((f) => f.rule === "tt.letter")?.hint).toContain("k)");
  });
});

testRule("tt.letter", {
  valid: [
    {
      name: "a) to g) in the Vietnamese alphabet",
      rows: [
        group("1", "Chỉ đạo"),
        ...["a)", "b)", "c)", "d)", "đ)", "e)", "g)"].map((p) => task(p, `Điểm ${p}`)),
      ],
    },
  ],
  invalid: [
    {
      name: "f) after e)",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        ...["a)", "b)", "c)", "d)", "đ)", "e)", "f)"].map((p) => task(p, `Điểm ${p}`)), // rows 3–9
      ],
      findings: [{ cell: "A9", hint: "Theo thứ tự, điểm này là g)." }],
    },
  ],
});
