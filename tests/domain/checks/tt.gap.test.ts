import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("tt.gap", () => {
  test("1.3 straight after 1.1 is one gap, at 1.3, naming 1.2", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.3", "Kiểm tra công tác CCHC"), // row 4
      task("1.4", "Tuyên truyền CCHC"), // row 5
      group("2", "Cải cách thủ tục hành chính"), // row 6
      task("2.1", "Công khai thủ tục hành chính"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.gap", 4, "A4")]);
    const finding = findings.find((f) => f.rule === "tt.gap");
    expect(finding?.message).toContain("1.2");
    expect(finding?.hint).toContain("1.2");
  });

  test("lettered points under the row after a gap belong to that row: still one gap", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      group("1.3", "Kiểm tra công tác CCHC"), // row 4
      task("a)", "Kiểm tra tại UBND xã"), // row 5
      task("b)", "Kiểm tra tại các thôn"), // row 6
      task("1.4", "Tuyên truyền CCHC"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.gap", 4, "A4")]);
  });

  test("a top-level number skipped is one gap", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      group("3", "Cải cách thủ tục hành chính"), // row 4
      task("3.1", "Công khai thủ tục hành chính"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.gap", 4, "A4")]);
    expect(findings.find((f) => f.rule === "tt.gap")?.message).toContain("2");
  });

  // One fault, one finding: 1.7 is a typo for 1.4 (1.5 and 1.6 follow), not a gap followed by an order fault.
  test("a mistyped 1.7 between 1.3 and 1.5 is one finding at 1.7, not a gap and then an order fault", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Báo cáo định kỳ"), // row 4
      task("1.3", "Kiểm tra công tác CCHC"), // row 5
      task("1.7", "Tiếp nhận, xử lý phản ánh, kiến nghị"), // row 6 (should be 1.4)
      task("1.5", "Tuyên truyền CCHC"), // row 7
      task("1.6", "Thực hiện nhiệm vụ cấp trên giao"), // row 8
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 6, "A6")]);
    expect(findings.find((f) => f.row === 6)?.hint).toContain("1.4");
  });

  test("a mistyped group number 7 between 2 and 4 is one finding at 7", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      group("2", "Cải cách thể chế"), // row 4
      task("2.1", "Rà soát văn bản QPPL"), // row 5
      group("7", "Cải cách thủ tục hành chính"), // row 6 (should be 3)
      task("3.1", "Công khai thủ tục hành chính"), // row 7
      group("4", "Cải cách tổ chức bộ máy"), // row 8
      task("4.1", "Thực hiện quy chế làm việc"), // row 9
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 6, "A6")]);
  });
});

testRule("tt.gap", {
  valid: [
    {
      name: "numbers that follow on",
      rows: [
        group("1", "Chỉ đạo"),
        task("1.1", "Kế hoạch"),
        group("2", "TTHC"),
        task("2.1", "Công khai"),
      ],
    },
  ],
  invalid: [
    {
      name: "1.3 straight after 1.1, and 3 after 1",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        task("1.1", "Kế hoạch"), // row 3
        task("1.3", "Kiểm tra"), // row 4
        group("3", "TTHC"), // row 5
        task("3.1", "Công khai"), // row 6
      ],
      findings: [
        { cell: "A4", message: "Thiếu số thứ tự 1.2: sau số trước đó là 1.3." },
        { cell: "A5", message: /Thiếu số thứ tự 2/ },
      ],
    },
  ],
});
