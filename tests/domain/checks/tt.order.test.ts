import { describe, expect, test } from "@jest/globals";
import { afterText } from "../../../src/domain/fixes/fix";
import { proposeFixes } from "../../../src/domain/fixes/proposeFixes";
import { checkTable, error, group, readTable, seriousPlaces, task } from "../../support/table";
import { testRule } from "../support/ruleTester";

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

  test("3.8.2 between 1.1.3 and 1.1.4 is one finding; 1.1.4 is no duplicate and is not suggested", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      group("1.1", "Ban hành văn bản"), // row 3
      task("1.1.1", "Kế hoạch CCHC"), // row 4
      task("1.1.2", "Kế hoạch tuyên truyền"), // row 5
      task("1.1.3", "Kế hoạch kiểm tra"), // row 6
      task("3.8.2", "Rà soát quy trình"), // row 7
      task("1.1.4", "Kế hoạch đào tạo"), // row 8
      group("1.2", "Báo cáo"), // row 9
      task("1.2.1", "Báo cáo định kỳ"), // row 10
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 7, "A7")]);
    const finding = findings.find((f) => f.rule === "tt.order");
    expect(finding?.message).toBe("Số 3.8.2 không có mục cha: bảng không có mục 3.8.");
    expect(finding?.hint).toBe(
      "Dòng này chen giữa 1.1.3 (dòng 6) và 1.1.4 (dòng 8), hai số vốn liền nhau: nếu đây là một mục thêm vào thì đánh lại số thứ tự từ dòng này trở đi; nếu không, chuyển dòng này về đúng chỗ của nó, hoặc xóa nếu thừa."
    );
  });

  test("after a duplicate, a number from elsewhere before the next correct row is one finding more", () => {
    const findings = checkTable([
      group("1", "Xây dựng đội ngũ"), // row 2
      group("1.1", "Đánh giá công chức"), // row 3
      task("1.1.1", "Thực hiện trình tự đánh giá"), // row 4
      task("1.1.1", "Chấp hành kỷ luật"), // row 5: duplicate, is 1.1.2
      task("1.1.3", "Cập nhật hồ sơ"), // row 6
      task("3.8.2", "Rà soát quy trình"), // row 7
      task("1.1.4", "Đào tạo, bồi dưỡng"), // row 8
    ]);
    expect(seriousPlaces(findings)).toEqual([
      error("tt.duplicate", 5, "A5"),
      error("tt.order", 7, "A7"),
    ]);
    expect(findings.find((f) => f.rule === "tt.order")?.hint).not.toContain("Có lẽ là");
  });

  test("1.7 between 1.2 and 1.3 is one finding, no gap, and 1.3 is not suggested for it", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Báo cáo định kỳ"), // row 4
      task("1.7", "Kiểm tra công tác CCHC"), // row 5
      task("1.3", "Tuyên truyền CCHC"), // row 6
      task("1.4", "Khảo sát sự hài lòng"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.order", 5, "A5")]);
    const finding = findings.find((f) => f.rule === "tt.order");
    expect(finding?.message).toBe(
      "Số 1.7 không đúng thứ tự: đứng giữa 1.2 (dòng 4) và 1.3 (dòng 6)."
    );
    expect(finding?.hint).not.toMatch(/Sửa thành|Có lẽ là/);
  });

  test("renumbering puts a row that stands between two others in its place and moves the rest on", () => {
    const fixes = proposeFixes(
      readTable([
        group("1", "Công tác chỉ đạo điều hành"), // row 2
        group("1.1", "Ban hành văn bản"), // row 3
        task("1.1.1", "Kế hoạch CCHC"), // row 4
        task("3.8.2", "Rà soát quy trình"), // row 5
        task("1.1.2", "Kế hoạch kiểm tra"), // row 6
      ])
    );
    const renumber = fixes.find((fix) => fix.kind === "renumber");
    expect(renumber?.edits.map((edit) => [edit.address, edit.before, afterText(edit)])).toEqual([
      ["A5", "3.8.2", "1.1.2"],
      ["A6", "1.1.2", "1.1.3"],
    ]);
  });
});

testRule("tt.order", {
  valid: [
    {
      name: "numbers in order, each under its parent",
      rows: [
        group("1", "Chỉ đạo"),
        group("1.1", "Báo cáo"),
        task("1.1.1", "Định kỳ"),
        task("1.2", "Kiểm tra"),
      ],
    },
  ],
  invalid: [
    {
      name: "two rows swapped; a level skipped",
      rows: [
        group("1", "Chỉ đạo"), // row 2
        task("1.2", "Báo cáo"), // row 3
        task("1.1", "Kế hoạch"), // row 4
        task("1.3", "Kiểm tra"), // row 5
        group("2", "TTHC"), // row 6
        task("2.1.1", "Công khai"), // row 7
      ],
      findings: [
        { cell: "A3", message: "Số 1.2 đứng trước 1.1: hai dòng bị đảo thứ tự." },
        { cell: "A7", message: "Số 2.1.1 nhảy cấp: chưa có mục 2.1 ở trên." },
      ],
    },
  ],
});
