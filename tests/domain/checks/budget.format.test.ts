import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("budget.format", () => {
  test("500.00 is one finding at the cell, and the group above it is not judged", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "1.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "500.00"), // row 3
      task("1.2", "Báo cáo định kỳ", "500.000"), // row 4
      group("2", "Cải cách thủ tục hành chính", "2.000.000"), // row 5
      task("2.1", "Công khai thủ tục hành chính", "2.000.000"), // row 6
      total("3.000.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.format", 3, "G3")]);
    expect(findings.find((f) => f.rule === "budget.format")?.message).toContain("500.00");
  });

  test("4000.000 is one finding, and the hint reads it as 4.000.000", () => {
    const findings = checkTable([
      group("1", "Hiện đại hóa hành chính", "4.500.000"), // row 2
      task("1.1", "Triển khai phần mềm dùng chung", "500.000"), // row 3
      task("1.2", "Bảo đảm an toàn, an ninh thông tin", "4000.000"), // row 4
      total("4.500.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.format", 4, "G4")]);
    const finding = findings.find((f) => f.rule === "budget.format");
    expect(finding?.message).toContain("4000.000");
    expect(finding?.hint).toContain("4.000.000");
  });

  test("text that is no amount at all is one finding", () => {
    const findings = checkTable([
      group("1", "Hiện đại hóa hành chính", "4.000.000"), // row 2
      task("1.1", "Triển khai phần mềm dùng chung", "bốn triệu"), // row 3
      total("4.000.000"), // row 4
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.format", 3, "G3")]);
  });

  test("an unreadable subtotal is one finding; neither its group nor the total is reported", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      group("1.1", "Thực hiện chế độ báo cáo", "2.000.00"), // row 3
      task("1.1.1", "Báo cáo định kỳ", "1.000.000"), // row 4
      task("1.1.2", "Báo cáo đột xuất", "1.000.000"), // row 5
      task("1.2", "Kiểm tra công tác CCHC", "1.000.000"), // row 6
      total("3.000.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.format", 3, "G3")]);
  });
});

testRule("budget.format", {
  valid: [
    {
      name: "amounts as documents write them",
      rows: [
        group("1", "Chỉ đạo", "13.900.000"),
        task("1.1", "Kế hoạch", "12.900.000 đ"),
        task("1.2", "Báo cáo", "1,000,000"),
        total("13.900.000"),
      ],
    },
  ],
  invalid: [
    {
      name: "500.00 and 4000.000",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        task("1.1", "Kế hoạch", "500.00"), // row 3
        task("1.2", "Báo cáo", "4000.000"), // row 4
      ],
      findings: [
        { cell: "G3", message: /“500\.00” không đọc được/ },
        { cell: "G4", hint: "Có thể là 4.000.000; nhập lại bằng số (ô định dạng số #,##0)." },
      ],
    },
  ],
});
