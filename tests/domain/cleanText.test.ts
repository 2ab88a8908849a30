import { describe, expect, test } from "@jest/globals";
import { Grid } from "../../src/domain/grid";
import { cleanGrid } from "../../src/domain/reading/cleanGrid";
import { cleanText } from "../../src/domain/text";
import { checkTable, group, info, readTable, task, total, where } from "../support/table";

describe("cleanText", () => {
  test.each<[string, string]>([
    ["Kinh phí".normalize("NFD"), "Kinh phí"],
    ["12\u00a0900\u00a0000", "12 900 000"],
    ["Văn phòng\u202f–\u2009Thống kê", "Văn phòng – Thống kê"],
    ["Ban  hành   kế hoạch", "Ban hành kế hoạch"],
    ["\tBan hành\t", "Ban hành"],
    ["  Quý I/2025 ", "Quý I/2025"],
    ["Trước ngày \n 15/8/2025", "Trước ngày\n15/8/2025"],
    ["", ""],
    ["   ", ""],
  ])("%p → %p", (text, clean) => {
    expect(cleanText(text)).toBe(clean);
    expect(cleanText(clean)).toBe(clean);
  });

  test("clean text is returned as it is", () => {
    const text = "Công khai thủ tục hành chính – “Một cửa”…";
    expect(cleanText(text)).toBe(text);
  });
});

describe("cleanGrid", () => {
  test("a clean grid is the grid itself; a cleaned one keeps the rows and cells that needed nothing", () => {
    const clean: Grid = { firstRow: 1, firstColumn: 1, rows: [[{ value: "TT" }, { value: 1 }]] };
    expect(cleanGrid(clean)).toBe(clean);
    const grid: Grid = {
      firstRow: 1,
      firstColumn: 1,
      rows: [
        [{ value: "TT" }],
        [
          { value: "1.1", bold: true },
          { value: "Ban  hành", italic: true },
        ],
      ],
    };
    const cleaned = cleanGrid(grid);
    expect(cleaned.rows[0]).toBe(grid.rows[0]);
    expect(cleaned.rows[1][0]).toBe(grid.rows[1][0]);
    expect(cleaned.rows[1][1]).toEqual({ value: "Ban hành", italic: true });
    expect(grid.rows[1][1].value).toBe("Ban  hành");
  });
});

describe("a table is read from clean text", () => {
  test("texts with doubled and odd spaces read as written once", () => {
    const appendix = readTable([
      group("1", "Công  tác chỉ đạo"),
      task("1.1", " Ban hành\u00a0kế hoạch ", "12  900 000", "Văn  phòng"),
    ]);
    expect(appendix.rows[1]).toMatchObject({
      task: "Ban hành kế hoạch",
      lead: "Văn phòng",
      amount: { kind: "amount", value: 12_900_000 },
    });
  });

  test("a table pasted in NFD: its header repeated on the next page is known for one", () => {
    const rows = [
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
      ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian", "Kinh phí"], // row 4
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 5
      total("3.000.000"), // row 6
    ].map((row) => row.map((cell) => (typeof cell === "string" ? cell.normalize("NFD") : cell)));
    const findings = checkTable(rows, {
      header: ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian", "Kinh phí"].map(
        (text) => text.normalize("NFD")
      ),
    });
    expect(findings.map(where)).toEqual([info("row.header", 4, "B4")]);
  });
});
