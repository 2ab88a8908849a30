import { blank, group, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

testRule("row.blank", {
  valid: [
    {
      name: "blank rows below the total are outside the table",
      rows: [
        group("1", "Chỉ đạo", "1.000.000"),
        task("1.1", "Kế hoạch", "1.000.000"),
        total("1.000.000"),
        blank,
      ],
    },
  ],
  invalid: [
    {
      name: "two blank rows inside the table, each noted at its TT cell",
      rows: [
        group("1", "Chỉ đạo", "3.000.000"), // row 2
        task("1.1", "Kế hoạch", "1.000.000"), // row 3
        blank, // row 4
        blank, // row 5
        task("1.2", "Báo cáo", "2.000.000"), // row 6
        total("3.000.000"), // row 7
      ],
      findings: [
        { cell: "A4", message: "Dòng trống giữa bảng: đã bỏ qua." },
        { cell: "A5", row: 5 },
      ],
    },
  ],
});
