import { readDelimited } from "../../../src/domain/delimitedText";
import { Grid } from "../../../src/domain/grid";
import { group, Row, tableText, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

const rows: Row[] = [
  group("1", "Chỉ đạo", "3.000.000"), // row 2
  task("1.1", "Kế hoạch", "1.000.000"), // row 3
  task("1.2", "Báo cáo", "2.000.000"), // row 4
  total("3.000.000"), // row 5
];

/** The table with merged areas. */
const merged = (...merges: string[]): Grid => ({
  ...readDelimited(tableText(rows), "\t"),
  merges,
});

testRule("table.merged", {
  valid: [
    { name: "cells merged across a row only", grid: merged("B5:F5", "C3:D3") },
    { name: "the header merged down its own rows", grid: merged("A1:A1") },
  ],
  invalid: [
    {
      name: "a lead merged down two tasks; a range written with $",
      grid: merged("C3:C4", "$E$2:$E$4"),
      findings: [
        {
          cell: "E2",
          message: "Các ô $E$2:$E$4 đang được gộp qua nhiều dòng; chỉ dòng đầu có giá trị.",
          hint: "Bỏ gộp ô (Unmerge) và ghi giá trị vào từng dòng để kiểm tra được đúng.",
        },
        { cell: "C3" },
      ],
    },
  ],
});
