import { describe, expect, test } from "@jest/globals";
import {
  checkTable,
  error,
  group,
  seriousPlaces,
  subItem,
  task,
  warning,
} from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("field.required", () => {
  test("a task with no lead is a warning at its lead cell", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Báo cáo định kỳ", undefined, ""), // row 4
    ]);
    expect(seriousPlaces(findings)).toEqual([warning("field.required", 4, "C4")]);
    expect(findings.find((f) => f.rule === "field.required")?.message).toContain("1.2");
  });

  test("a numbered row with no task is a warning at its task cell", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", ""), // row 4
      task("1.3", "Kiểm tra công tác CCHC"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([warning("field.required", 4, "B4")]);
  });

  test("a group row with no lead is fine", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"),
      group("1.1", "Thực hiện chế độ báo cáo"),
      task("1.1.1", "Báo cáo định kỳ"),
      group("2", "Cải cách thủ tục hành chính"),
      task("2.1", "Công khai thủ tục hành chính"),
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });
});

describe("field.required on sub-items and unreadable numbers", () => {
  test("unnumbered sub-items under a task with a lead inherit it: no warning", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế"), // row 2
      task("1.1", "Rà soát văn bản QPPL"), // row 3
      subItem("Rà soát nghị quyết HĐND", undefined, ""), // row 4
      subItem("Rà soát quyết định UBND", undefined, ""), // row 5
      task("1.2", "Theo dõi thi hành pháp luật"), // row 6
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("a sub-item under a lettered point inherits the lead of the point", () => {
    const findings = checkTable([
      group("1.", "Cải cách thể chế"), // row 2
      task("a)", "Rà soát văn bản"), // row 3
      ["-", "- Nghị quyết HĐND xã", "", "", "", "", ""], // row 4
      task("b)", "Theo dõi thi hành pháp luật"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("a numbered task with no lead still gets the warning, sub-items or not", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế"), // row 2
      task("1.1", "Rà soát văn bản QPPL", undefined, ""), // row 3
      subItem("Rà soát nghị quyết HĐND", undefined, ""), // row 4
      task("1.2", "Theo dõi thi hành pháp luật", undefined, ""), // row 5
    ]);
    // 1.1 is a group of its sub-item; the sub-item has no lead above it, and 1.2 has none.
    expect(seriousPlaces(findings)).toEqual([
      warning("field.required", 4, "C4"),
      warning("field.required", 5, "C5"),
    ]);
  });

  test("a row whose number cannot be read gets the number finding only", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế"), // row 2
      task("1.1", "Rà soát văn bản QPPL"), // row 3
      task("1.x", "Theo dõi thi hành pháp luật", undefined, ""), // row 4
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.format", 4, "A4")]);
  });
});

testRule("field.required", {
  valid: [
    {
      name: "a group without a lead, and a sub-item led by the task above it",
      rows: [group("1", "Chỉ đạo"), task("1.1", "Kế hoạch"), subItem("Dự thảo", undefined, "")],
    },
  ],
  invalid: [
    {
      name: "a task without a lead; a row without a task",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        task("1.1", "Kế hoạch", undefined, ""), // row 3
        task("1.2", ""), // row 4
      ],
      findings: [
        { cell: "C3", message: "Nhiệm vụ 1.1 chưa có bộ phận chủ trì." },
        { cell: "B4", message: "Dòng 1.2 chưa ghi nội dung nhiệm vụ." },
      ],
    },
  ],
});
