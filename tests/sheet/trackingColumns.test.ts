import { describe, expect, test } from "@jest/globals";
import { readDelimited } from "../../src/domain/delimitedText";
import { findAppendix } from "../../src/domain/readAppendix";
import { trackingColumns } from "../../src/sheet/trackingColumns";
import { group, readTable, tableText, task, total } from "../support/table";

// Header row 1; rows 2–5: 1 (group), 1.1, 1.2 (tasks), 2 (a task with nothing under it); total row 6.
const ROWS = [
  group("1", "Chỉ đạo", "300"),
  task("1.1", "Kế hoạch", "100"),
  task("1.2", "Báo cáo", "200"),
  task("2", "Tuyên truyền", "50"),
  total("350"),
];

describe("trackingColumns", () => {
  const block = trackingColumns(readTable(ROWS));

  test("four columns right after Kinh phí (G), from the header row to the total row", () => {
    expect(block.firstColumn).toBe(8);
    expect(block.firstRow).toBe(1);
    expect(block.range).toBe("H1:K6");
    expect(block.rows).toHaveLength(6);
    expect(block.rows[0].cells.map((cell) => cell?.value)).toEqual([
      "Tiến độ",
      "Ngày hoàn thành",
      "Kinh phí đã sử dụng (đồng)",
      "Kết quả",
    ]);
    expect(block.rows[0].cells.every((cell) => cell?.style?.bold && cell.style.border)).toBe(true);
  });

  test("the body's cells are empty, formatted: text, dd/mm/yyyy, whole đồng, wrapped text", () => {
    const cells = block.rows[2].cells;
    expect(cells.map((cell) => cell?.value)).toEqual([undefined, undefined, undefined, undefined]);
    expect(cells.map((cell) => cell?.style?.numberFormat)).toEqual([
      "@",
      "dd/mm/yyyy",
      "#,##0",
      "@",
    ]);
    expect(cells[3]?.style?.wrap).toBe(true);
  });

  test("on the total row, the spent column sums the task rows only (not the group 1)", () => {
    expect(block.rows[5].cells[2]?.formula).toBe("=SUM(J3:J5)");
  });

  test("a list of the three Tiến độ values, a date, a whole amount, down to the row above the total", () => {
    expect(block.validations.map((v) => [v.range, v.rule])).toEqual([
      ["H2:H5", { kind: "choices", values: ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"] }],
      ["I2:I5", { kind: "date", min: "2000-01-01" }],
      ["J2:J5", { kind: "wholeNumber", min: 0 }],
    ]);
  });

  test("widths, and the print area: the appendix's own columns", () => {
    expect(block.columns.map((column) => column.width)).toEqual([16, 13, 16, 30]);
    expect(block.printArea).toBe("A1:G6");
  });

  test("what it writes, the reader reads back as the four tracking columns", () => {
    const lines = tableText(ROWS).split("\n");
    lines[0] += `\t${block.rows[0].cells.map((cell) => cell?.value).join("\t")}`;
    const found = findAppendix(readDelimited(lines.join("\n"), "\t"));
    expect(found.found && found.appendix.tracking).toEqual({
      progress: 8,
      completed: 9,
      spent: 10,
      result: 11,
    });
  });
});
