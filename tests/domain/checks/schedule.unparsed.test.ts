import { describe, expect, test } from "@jest/globals";
import { LEAD, PARTNERS, PRODUCT, group, Row, task } from "../../support/table";
import { checkTable } from "../../support/table";
import { testRule } from "../support/ruleTester";

/** A task row with its own "Thời gian thực hiện" (column F). */
const timed = (number: string, name: string, schedule: string): Row => [
  number,
  name,
  LEAD,
  PARTNERS,
  PRODUCT,
  schedule,
  "",
];

testRule("schedule.unparsed", {
  valid: [
    {
      name: "times, events and a blank cell are all read",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 2
        timed("1.1", "Ban hành kế hoạch CCHC", "Trước 10/01/2025"),
        timed("1.2", "Báo cáo định kỳ", "Quý I, 6 tháng, quý III và năm 2025"),
        timed("1.3", "Báo cáo đột xuất", "Khi có yêu cầu"),
        timed("1.4", "Tuyên truyền", "Hàng tháng"),
        timed("1.5", "Tiếp nhận PAKN", "10 ngày sau khi nhận được PAKN"),
        timed("1.6", "Kiểm tra", ""),
      ],
    },
  ],
  invalid: [
    {
      name: "a cell naming no time the checker knows, at its schedule cell",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 2
        timed("1.1", "Ban hành kế hoạch CCHC", "Tuần 2"), // row 3
      ],
      findings: [
        {
          cell: "F3",
          number: "1.1",
          message:
            "Không đọc được thời gian thực hiện “Tuần 2”: báo cáo nào cũng liệt kê nhiệm vụ vào mục “thực hiện khi có yêu cầu”.",
          hint: /Trước 15\/3\/2025.*Quý I\/2025.*Khi có yêu cầu/,
        },
      ],
    },
    {
      name: "a 13th month beside a quarter: the quarter is read, the month named",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 2
        timed("1.1", "Ban hành kế hoạch CCHC", "Quý I/2025"), // row 3
        timed("1.2", "Sơ kết", "Quý II/2025; tháng 13/2025"), // row 4
      ],
      findings: [
        {
          cell: "F4",
          message: "Không đọc được “tháng 13/2025” trong thời gian thực hiện; phần còn lại đã đọc.",
        },
      ],
    },
    {
      name: "a group row with a schedule of its own is judged too",
      rows: [
        [...group("1", "Công tác chỉ đạo điều hành").slice(0, 5), "Quý 5", ""], // row 2
        task("1.1", "Ban hành kế hoạch CCHC"), // row 3
      ],
      findings: [{ cell: "F2", message: /“Quý 5”/ }],
    },
  ],
});

describe("schedule.unparsed", () => {
  test("is a note: it never makes a table wrong", () => {
    const findings = checkTable([group("1", "Chỉ đạo"), timed("1.1", "Kế hoạch", "Tuần 2")]);
    const own = findings.filter((finding) => finding.rule === "schedule.unparsed");
    expect(own.map((finding) => finding.severity)).toEqual(["info"]);
  });
});
