import { group, LEAD, PARTNERS, PRODUCT, Row, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

const split = (schedule: string, amount = ""): Row => ["", "", "", "", "", schedule, amount];

testRule("row.continuation", {
  valid: [
    {
      name: "an unnumbered sub-item has a task: it is a row of its own",
      rows: [
        group("1", "Chỉ đạo"),
        task("1.1", "Kế hoạch"),
        ["", "Dự thảo kế hoạch", LEAD, "", "", "", ""],
      ],
    },
  ],
  invalid: [
    {
      name: "the second half of a row split by a page break, at its first filled cell",
      rows: [
        group("1", "Chỉ đạo", "1.100.000"), // row 2
        ["1.1", "Kiểm tra", LEAD, PARTNERS, PRODUCT, "Trước ngày", "1.100.000"], // row 3
        split("15/8/2025"), // row 4
        task("1.2", "Xử lý"), // row 5
        total("1.100.000"), // row 6
      ],
      findings: [
        {
          cell: "F4",
          message:
            "Dòng này là phần tiếp theo của dòng 3 (bị tách khi sang trang): đã gộp vào dòng 3.",
        },
      ],
    },
    {
      name: "a half that carries the amount the first half left blank",
      rows: [
        group("1", "Chỉ đạo", "1.100.000"), // row 2
        ["1.1", "Kiểm tra", LEAD, PARTNERS, PRODUCT, "Trước ngày", ""], // row 3
        split("15/8/2025", "1.100.000"), // row 4
        total("1.100.000"), // row 5
      ],
      findings: [{ cell: "F4" }],
    },
  ],
});
