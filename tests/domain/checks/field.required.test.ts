import { describe, expect, test } from "@jest/globals";
import { checkTable, group, seriousPlaces, task, warning } from "../../support/table";

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
