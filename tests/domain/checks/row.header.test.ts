import { group, HEADER, Row, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

const NUMBERS: Row = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"];

testRule("row.header", {
  valid: [
    {
      name: "the column-number row right under the header is the header's",
      rows: [
        NUMBERS,
        group("1", "Chỉ đạo", "1.000.000"),
        task("1.1", "Kế hoạch", "1.000.000"),
        total("1.000.000"),
      ],
    },
  ],
  invalid: [
    {
      name: "the header repeated on the next page, with its column numbers",
      rows: [
        group("1", "Chỉ đạo", "3.000.000"), // row 2
        task("1.1", "Kế hoạch", "1.000.000"), // row 3
        HEADER, // row 4
        NUMBERS, // row 5
        task("1.2", "Báo cáo", "2.000.000"), // row 6
        total("3.000.000"), // row 7
      ],
      findings: [
        {
          cell: "B4",
          message: "Dòng tiêu đề lặp lại giữa bảng (do sao chép qua trang): đã bỏ qua.",
        },
      ],
    },
  ],
});
