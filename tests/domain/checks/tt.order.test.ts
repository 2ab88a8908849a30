import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task } from "../../support/table";

describe("tt.order", () => {
  test("1.4 and 1.3 swapped are ONE finding, at the first row out of place", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Báo cáo định kỳ"), // row 4
      task("1.4", "Tiếp nhận, xử lý phản ánh, kiến nghị"), // row 5
      task("1.3", "Kiểm tra công tác CCHC"), // row 6
      task("1.5", "Tuyên truyền CCHC"), // row 7
      group("2", "Cải cách thủ tục hành chính"), // row 8
      task("2.1", "Công khai thủ tục hành chính"), // row 9
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 5, "A5")]);
    const finding = findings.find((f) => f.rule === "tt.order");
    expect(finding?.message).toContain("1.4");
    expect(finding?.message).toContain("1.3");
  });

  test("3.8.2 between 3.3.1 and 3.4 is one finding, and 3.4 is judged against the sequence it continues", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      group("2", "Cải cách thể chế"), // row 4
      task("2.1", "Rà soát văn bản QPPL"), // row 5
      group("3", "Cải cách thủ tục hành chính"), // row 6
      task("3.1", "Công khai thủ tục hành chính"), // row 7
      task("3.2", "Thực hiện cơ chế một cửa"), // row 8
      group("3.3", "Cập nhật TTHC trên phần mềm"), // row 9
      task("3.3.1", "Cập nhật TTHC trên quy trình"), // row 10
      task("3.8.2", "100% TTHC được thiết lập đúng quy trình"), // row 11
      group("3.4", "Kết quả giải quyết hồ sơ TTHC"), // row 12
      task("3.4.1", "Hồ sơ được giải quyết đúng hạn"), // row 13
      task("3.4.2", "Hồ sơ được số hóa"), // row 14
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 11, "A11")]);
    const finding = findings.find((f) => f.rule === "tt.order");
    expect(finding?.message).toContain("3.8");
    expect(finding?.hint).toContain("3.3.2");
  });

  test("a level skipped, 1 then 1.1.1, is one finding at 1.1.1", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.1.2", "Báo cáo định kỳ"), // row 4
      group("2", "Cải cách thủ tục hành chính"), // row 5
      task("2.1", "Công khai thủ tục hành chính"), // row 6
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 3, "A3")]);
    expect(findings.find((f) => f.rule === "tt.order")?.message).toContain("1.1");
  });

  test("two groups swapped with their tasks, 1.4 block before 1.3 block, are ONE finding", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Báo cáo định kỳ"), // row 4
      group("1.4", "Tiếp nhận, xử lý phản ánh, kiến nghị"), // row 5
      task("1.4.1", "Tiếp nhận phản ánh, kiến nghị"), // row 6
      group("1.3", "Kiểm tra công tác CCHC"), // row 7
      task("1.3.1", "Kiểm tra, giám sát công tác CCHC"), // row 8
      task("1.5", "Tuyên truyền CCHC"), // row 9
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 5, "A5")]);
  });

  test("1.1.2 written under 1.2 is one finding whose message does not say 1.1 is missing", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      group("1.1", "Thực hiện chế độ báo cáo"), // row 3
      task("1.1.1", "Báo cáo định kỳ"), // row 4
      group("1.2", "Kiểm tra công tác CCHC"), // row 5
      task("1.1.2", "Kiểm tra, giám sát công tác CCHC"), // row 6 (should be 1.2.1)
      task("1.2.2", "Xử lý các vấn đề phát hiện qua kiểm tra"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 6, "A6")]);
    const finding = findings.find((f) => f.rule === "tt.order");
    expect(finding?.hint).toContain("1.2.1");
    // Row 3 is 1.1: the table does have it.
    expect(finding?.message).not.toMatch(/không có mục 1\.1\b/);
  });
});
