import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, subItem, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("subtotal.mismatch", () => {
  test("a changed task amount: the group is reported, not every ancestor up to the total", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      group("1.1", "Thực hiện chế độ báo cáo", "2.000.000"), // row 3
      task("1.1.1", "Báo cáo định kỳ", "1.000.000"), // row 4
      task("1.1.2", "Báo cáo đột xuất", "1.500.000"), // row 5 (was 1.000.000)
      task("1.2", "Kiểm tra công tác CCHC", "1.000.000"), // row 6
      total("3.000.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 3, "G3")]);
    const finding = findings.find((f) => f.rule === "subtotal.mismatch");
    expect(finding?.expected).toBe(2_500_000);
    expect(finding?.actual).toBe(2_000_000);
    // Group 1 and the total add 1.1's figure in and agree with it: said here, once.
    expect(finding?.hint).toContain(
      "Mục 1 ở G2 và Tổng cộng ở G7 cũng cộng số này: sửa thành 2.500.000 thì mục 1 là 3.500.000 và Tổng cộng là 3.500.000."
    );
  });

  test("a blank subtotal between two levels: only the wrong one below it is reported", () => {
    // As in the sample's group 7: 1 = 4.000.000 and 1.1.4 = 4.000.000 as written, 1.1 left blank; one
    // detail of 1.1.4 was changed so that its details make 5.000.000. Group 1 agrees with what is
    // written nearest below it (1.1.4, through the blank 1.1), so only 1.1.4 is reported.
    const findings = checkTable([
      group("1", "Hiện đại hóa hành chính", "4.000.000"), // row 2
      group("1.1", "Ứng dụng công nghệ thông tin"), // row 3
      task("1.1.1", "Triển khai phần mềm dùng chung"), // row 4
      task("1.1.2", "Văn bản điện tử"), // row 5
      task("1.1.3", "Chữ ký số"), // row 6
      ["1.1.4", "Bảo đảm an toàn, an ninh thông tin", "", "", "", "", "4.000.000"], // row 7
      subItem("Không dùng thư điện tử công cộng", "1.000.000"), // row 8 (was blank)
      subItem("Quản lý chứng thư số khi nghỉ hưu, chuyển công tác"), // row 9
      subItem("Cài đặt phần mềm diệt virus", "4.000.000"), // row 10
      total("4.000.000"), // row 11
    ]);
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 7, "G7")]);
    const finding = findings.find((f) => f.rule === "subtotal.mismatch");
    expect(finding?.expected).toBe(5_000_000);
    expect(finding?.hint).toContain(
      "Mục 1 ở G2 và Tổng cộng ở G11 cũng cộng số này: sửa thành 5.000.000 thì mục 1 là 5.000.000 và Tổng cộng là 5.000.000."
    );
  });

  test("a group that agrees with the details already is not named as a consequence", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.500.000"), // row 2: agrees with the details
      group("1.1", "Thực hiện chế độ báo cáo", "2.000.000"), // row 3: wrong
      task("1.1.1", "Báo cáo định kỳ", "1.000.000"), // row 4
      task("1.1.2", "Báo cáo đột xuất", "1.500.000"), // row 5
      task("1.2", "Kiểm tra công tác CCHC", "1.000.000"), // row 6
      total("3.500.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 3, "G3")]);
    expect(findings.find((f) => f.rule === "subtotal.mismatch")?.hint).not.toContain("cũng cộng");
  });

  test("a wrong subtotal at 1.5.2 while 1.5 agrees with the details: only 1.5.2 is reported", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "6.840.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      task("1.2", "Thực hiện chế độ báo cáo định kỳ"), // row 4
      task("1.3", "Kiểm tra, giám sát CCHC"), // row 5
      task("1.4", "Tiếp nhận, xử lý phản ánh, kiến nghị"), // row 6
      group("1.5", "Công tác tuyên truyền CCHC", "6.840.000"), // row 7
      ["1.5.1", "Tuyên truyền trong cán bộ, công chức", "", "", "", "", "1.520.000"], // row 8
      subItem("Tổ chức đánh giá tổng kết CCHC hàng năm", "1.520.000"), // row 9
      ["1.5.2", "Thực hiện các hình thức tuyên truyền CCHC", "", "", "", "", "5.230.000"], // row 10
      subItem("Tuyên truyền qua phương tiện thông tin đại chúng", "720.000"), // row 11
      subItem("Tuyên truyền qua pano, tuyên truyền miệng", "2.100.000"), // row 12
      subItem("Tin tuyên truyền trên Trang thông tin điện tử", "2.500.000"), // row 13
      total("6.840.000"), // row 14
    ]);
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 10, "G10")]);
    const finding = findings.find((f) => f.rule === "subtotal.mismatch");
    expect(finding?.expected).toBe(5_320_000);
    expect(finding?.actual).toBe(5_230_000);
    expect(finding?.hint).toContain("đảo");
  });

  test("an unreadable amount: one budget.format finding and no mismatch above it", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "2.000.000"), // row 2
      group("1.1", "Thực hiện chế độ báo cáo", "1.000.000"), // row 3
      task("1.1.1", "Báo cáo định kỳ", "500.00"), // row 4
      task("1.1.2", "Báo cáo đột xuất", "500.000"), // row 5
      task("1.2", "Kiểm tra công tác CCHC", "1.000.000"), // row 6
      total("2.000.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.format", 4, "G4")]);
  });

  test("subtotals that agree give no finding", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.500.000"),
      group("1.1", "Thực hiện chế độ báo cáo", "2.500.000"),
      task("1.1.1", "Báo cáo định kỳ", "1.000.000"),
      task("1.1.2", "Báo cáo đột xuất", "1.500.000"),
      task("1.2", "Kiểm tra công tác CCHC", "1.000.000"),
      total("3.500.000"),
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("a lump sum on a group whose tasks carry no amounts is accepted when the sums agree", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      group("1.1", "Kiểm tra công tác CCHC", "2.000.000"), // row 3
      task("1.1.1", "Kiểm tra tại UBND xã"), // row 4
      task("1.1.2", "Kiểm tra tại các thôn"), // row 5
      task("1.2", "Tuyên truyền CCHC", "1.000.000"), // row 6
      total("3.000.000"), // row 7
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("two subtotals written one level too low, in two groups, are each found where they stand", () => {
    // Groups 1 and 2 are blank; 1.1 and 2.1 carry what their groups add up to; the total counts groups.
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      group("1.1", "Kiểm tra công tác CCHC", "700.000"), // row 3
      task("1.1.1", "Kiểm tra tại UBND xã"), // row 4
      task("1.2", "Tuyên truyền CCHC", "700.000"), // row 5
      group("2", "Cải cách thủ tục hành chính"), // row 6
      group("2.1", "Công khai thủ tục", "300.000"), // row 7
      task("2.1.1", "Niêm yết tại trụ sở"), // row 8
      task("2.2", "Số hóa hồ sơ", "300.000"), // row 9
      total("1.000.000"), // row 10
    ]);
    expect(seriousPlaces(findings)).toEqual([
      error("subtotal.mismatch", 3, "G3"),
      error("subtotal.mismatch", 7, "G7"),
    ]);
    expect(findings.find((f) => f.row === 3)?.hint).toContain("mục 1");
    expect(findings.find((f) => f.row === 7)?.hint).toContain("mục 2");
  });
});

/** A correct table: rows 2–7, total at row 7. */
const CLEAN_TABLE = [
  group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
  task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 4
  group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
  task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
  total("4.000.000"), // row 7
];

testRule("subtotal.mismatch", {
  valid: [{ name: "subtotals that add up", rows: CLEAN_TABLE }],
  invalid: [
    {
      name: "a group two million short of its tasks",
      rows: [
        group("1", "Chỉ đạo", "1.000.000"), // row 2
        task("1.1", "Kế hoạch", "1.000.000"), // row 3
        task("1.2", "Báo cáo", "2.000.000"), // row 4
        total("3.000.000"), // row 5
      ],
      findings: [
        {
          cell: "G2",
          message:
            "Kinh phí mục 1 ghi 1.000.000 nhưng các mục con cộng lại 3.000.000 (chênh 2.000.000).",
          expected: 3_000_000,
          actual: 1_000_000,
        },
      ],
    },
  ],
});
