import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("tt.duplicate", () => {
  test("a duplicated 5.2.1 followed by 5.2.3 is one duplicate and no gap", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      group("2", "Cải cách thể chế"), // row 4
      task("2.1", "Rà soát văn bản QPPL"), // row 5
      group("3", "Cải cách thủ tục hành chính"), // row 6
      task("3.1", "Công khai thủ tục hành chính"), // row 7
      group("4", "Cải cách tổ chức bộ máy"), // row 8
      task("4.1", "Thực hiện quy chế làm việc"), // row 9
      group("5", "Xây dựng đội ngũ cán bộ, công chức"), // row 10
      group("5.1", "Cơ cấu cán bộ, công chức"), // row 11
      task("5.1.1", "Bố trí công chức đúng vị trí"), // row 12
      group("5.2", "Đánh giá, phân loại cán bộ, công chức"), // row 13
      task("5.2.1", "Thực hiện trình tự đánh giá"), // row 14
      task("5.2.1", "Chấp hành kỷ luật, kỷ cương hành chính"), // row 15
      task("5.2.3", "Cập nhật hồ sơ cán bộ, công chức"), // row 16
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.duplicate", 15, "A15")]);
    const finding = findings.find((f) => f.rule === "tt.duplicate");
    expect(finding?.number).toBe("5.2.1");
    expect(finding?.message).toContain("14");
    expect(finding?.hint).toContain("5.2.2");
  });

  test("a number repeated at the end of its group, before the next group, is one duplicate", () => {
    const findings = checkTable([
      group("1", "Xây dựng đội ngũ cán bộ, công chức"), // row 2
      group("1.1", "Cơ cấu cán bộ, công chức"), // row 3
      task("1.1.1", "Bố trí công chức đúng vị trí"), // row 4
      task("1.1.2", "100% cán bộ cấp xã đạt chuẩn"), // row 5
      task("1.1.2", "100% công chức cấp xã đạt chuẩn"), // row 6
      group("1.2", "Đánh giá, phân loại cán bộ, công chức"), // row 7
      task("1.2.1", "Thực hiện trình tự đánh giá"), // row 8
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.duplicate", 6, "A6")]);
    expect(findings.find((f) => f.rule === "tt.duplicate")?.hint).toContain("1.1.3");
  });

  test("a number repeated where the next number continues from it is one duplicate", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.1", "Báo cáo định kỳ"), // row 4
      task("1.2", "Kiểm tra công tác CCHC"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.duplicate", 4, "A4")]);
  });

  test("a group number repeated, with its tasks numbered as the next group, is one duplicate", () => {
    const findings = checkTable([
      group("1", "Xây dựng đội ngũ cán bộ, công chức"), // row 2
      group("1.1", "Cơ cấu cán bộ, công chức"), // row 3
      task("1.1.1", "Bố trí công chức đúng vị trí"), // row 4
      group("1.1", "Đánh giá, phân loại cán bộ, công chức"), // row 5 (should be 1.2)
      task("1.2.1", "Thực hiện trình tự đánh giá"), // row 6
      task("1.2.2", "Chấp hành kỷ luật, kỷ cương"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.duplicate", 5, "A5")]);
    expect(findings.find((f) => f.rule === "tt.duplicate")?.hint).toContain("1.2");
  });

  test("an earlier number repeated between two rows that follow on is one duplicate; the next row is not suggested", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Báo cáo định kỳ"), // row 4
      task("1.1", "Kiểm tra công tác CCHC"), // row 5
      task("1.3", "Tuyên truyền CCHC"), // row 6
      task("1.4", "Khảo sát sự hài lòng"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.duplicate", 5, "A5")]);
    const finding = findings.find((f) => f.rule === "tt.duplicate");
    expect(finding?.message).toBe("Số thứ tự 1.1 trùng với dòng 3.");
    expect(finding?.hint).toContain("chen giữa 1.2 (dòng 4) và 1.3 (dòng 6)");
    expect(finding?.hint).not.toContain("dòng này là 1.3");
  });
});

testRule("tt.duplicate", {
  valid: [
    {
      name: "each number once",
      rows: [group("1", "Chỉ đạo"), task("1.1", "Kế hoạch"), task("1.2", "Báo cáo")],
    },
  ],
  invalid: [
    {
      name: "1.1 twice: the second is the row to renumber",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        task("1.1", "Kế hoạch"), // row 3
        task("1.1", "Báo cáo"), // row 4
        task("1.3", "Kiểm tra"), // row 5
      ],
      findings: [
        {
          cell: "A4",
          number: "1.1",
          message: "Số thứ tự 1.1 trùng với dòng 3.",
          hint: "Theo thứ tự, dòng này là 1.2.",
        },
      ],
    },
  ],
});
