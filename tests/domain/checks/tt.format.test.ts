import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("tt.format", () => {
  test("a number typed with commas, 2,2,1, is one format finding and the 2.2.2 after it is no gap", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      group("2", "Tổ chức thực hiện văn bản QPPL"), // row 4
      task("2.1", "Xây dựng kế hoạch theo dõi THPL"), // row 5
      group("2.2", "Theo dõi thi hành pháp luật"), // row 6
      task("2,2,1", "Thực hiện các hoạt động về theo dõi THPL"), // row 7
      task("2.2.2", "Xử lý kết quả theo dõi THPL"), // row 8
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.format", 7, "A7")]);
    const finding = findings.find((f) => f.rule === "tt.format");
    expect(finding?.number).toBe("2,2,1");
    expect(finding?.message).toContain("2.2.1");
    expect(finding?.hint).toContain("2.2.1");
  });

  test("an unreadable number, 1.a, is one format finding", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.a", "Thực hiện chế độ báo cáo định kỳ"), // row 4
      group("2", "Cải cách thủ tục hành chính"), // row 5
      task("2.1", "Công khai thủ tục hành chính"), // row 6
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.format", 4, "A4")]);
    expect(findings.find((f) => f.rule === "tt.format")?.message).toContain("1.a");
  });

  test("a Roman numeral written IIII, in the place of IV, is one format finding", () => {
    const findings = checkTable([
      group("I", "Chỉ đạo điều hành"), // row 2
      task("1", "Ban hành kế hoạch CCHC"), // row 3
      group("II", "Cải cách thể chế"), // row 4
      task("1", "Rà soát văn bản QPPL"), // row 5
      group("III", "Cải cách thủ tục hành chính"), // row 6
      task("1", "Công khai thủ tục hành chính"), // row 7
      group("IIII", "Cải cách tổ chức bộ máy"), // row 8
      task("1", "Thực hiện quy chế làm việc"), // row 9
      group("V", "Hiện đại hóa hành chính"), // row 10
      task("1", "Ứng dụng công nghệ thông tin"), // row 11
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.format", 8, "A8")]);
    const finding = findings.find((f) => f.rule === "tt.format");
    expect(finding?.message).toContain("IV");
    expect(finding?.hint).toContain("IV");
  });

  test("numbers written correctly give no format finding", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"),
      task("1.1", "Ban hành kế hoạch CCHC"),
      task("1.2", "Báo cáo định kỳ"),
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("a 1.2 that Excel turned into a date is one finding, read as 1.2 for the sequence", () => {
    // The reader gives a date cell as dd/mm/yyyy: "1.2" typed in Excel became 1 February.
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("01/02/2025", "Báo cáo định kỳ"), // row 4
      task("1.3", "Kiểm tra công tác CCHC"), // row 5
      group("2", "Cải cách thủ tục hành chính"), // row 6
      task("2.1", "Công khai thủ tục hành chính"), // row 7
      task("2.2", "Một cửa"), // row 8
      task("2.3", "Dịch vụ công"), // row 9
      task("2.4", "Số hóa"), // row 10
      task("2.5", "Khảo sát"), // row 11
      task("2.6", "Tiếp nhận phản ánh"), // row 12
      task("2.7", "Thống kê"), // row 13
      task("2.8", "Báo cáo"), // row 14
      task("2.9", "Tập huấn"), // row 15
      task("02/10/2025", "Kiểm tra"), // row 16: 2.10 became 2 October
    ]);
    expect(seriousPlaces(findings)).toEqual([
      error("tt.format", 4, "A4"),
      error("tt.format", 16, "A16"),
    ]);
    const [first, second] = findings.filter((f) => f.rule === "tt.format");
    expect(first.message).toBe(
      "Excel đã đổi số thứ tự 1.2 thành ngày tháng (01/02/2025); được đọc là 1.2."
    );
    expect(first.hint).toContain("gõ 1.2");
    expect(second.message).toContain("được đọc là 2.10");
  });
});

testRule("tt.format", {
  valid: [
    {
      name: "1, 1.1, I, a) and trailing dots",
      rows: [
        group("I", "Chỉ đạo điều hành"),
        group("1.", "Ban hành kế hoạch"),
        task("1.1.", "Kế hoạch CCHC"),
        task("a)", "Kế hoạch tuyên truyền"),
        group("II", "Cải cách thể chế"),
        task("1", "Rà soát văn bản"),
      ],
    },
    {
      name: "parts A, B above Roman sections",
      rows: [
        group("A", "PHẦN A"),
        group("I", "Chỉ đạo điều hành"),
        task("1", "Ban hành kế hoạch"),
        group("B", "PHẦN B"),
        group("I", "Cải cách thể chế"),
        task("1", "Rà soát văn bản"),
      ],
    },
  ],
  invalid: [
    {
      name: "commas, an unreadable number, a date and IIII",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 2
        task("1,1", "Ban hành kế hoạch CCHC"), // row 3
        task("1.a", "Báo cáo định kỳ"), // row 4
        task("01/03/2025", "Kiểm tra công tác CCHC"), // row 5
        group("IIII", "Cải cách thể chế"), // row 6
      ],
      findings: [
        { cell: "A3", number: "1,1", message: /1\.1/, hint: "Dùng dấu chấm giữa các cấp: 1.1." },
        { cell: "A4", message: "Không đọc được số thứ tự “1.a”." },
        { cell: "A5", message: /ngày tháng/ },
        { cell: "A6", hint: "Sửa thành IV." },
      ],
    },
  ],
});
