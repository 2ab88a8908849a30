import { describe, expect, test } from "@jest/globals";
import { afterText, Fix } from "../../../src/domain/fixes/fix";
import { proposeFixes } from "../../../src/domain/fixes/proposeFixes";
import { sumFormula } from "../../../src/domain/sumFormula";
import { readAppendix } from "../../../src/domain/readAppendix";
import { group, headerWith, readTable, Row, subItem, task, total } from "../../support/table";
import { gridWith } from "../support/formulaGrid";

const preview = (fix: Fix | undefined) =>
  fix?.edits.map((edit) => [edit.address, edit.before, afterText(edit)]);
const byKind = (fixes: Fix[], kind: Fix["kind"]) => fixes.find((fix) => fix.kind === kind);

describe("sumFormula", () => {
  test.each([
    [[8, 9, 10, 14], "=SUM(G8:G10,G14)"],
    [[12], "=SUM(G12)"],
    [[15, 8, 9], "=SUM(G8:G9,G15)"],
    [[], "=0"],
  ])("rows %j give %s", (rows, formula) => {
    expect(sumFormula(7, rows)).toBe(formula);
  });

  test("more than 255 separate cells are summed in parts, as Excel takes 255 arguments at most", () => {
    const rows = Array.from({ length: 300 }, (_, i) => 10 + 2 * i);
    const cells = rows.map((row) => `G${row}`);
    expect(sumFormula(7, rows)).toBe(
      `=SUM(SUM(${cells.slice(0, 255).join(",")}),SUM(${cells.slice(255).join(",")}))`
    );
  });
});

describe("proposeFixes", () => {
  test("renumbering follows the tree: duplicates, commas and gaps become the next number", () => {
    const fixes = proposeFixes(
      readTable([
        group("1", "Công tác chỉ đạo"), // row 2
        task("1.1", "Kế hoạch"), // row 3
        task("1.1", "Báo cáo"), // row 4
        group("3", "Cải cách TTHC"), // row 5
        task("3,1", "Niêm yết"), // row 6
        task("a)", "Tại trụ sở"), // row 7
        task("c)", "Trên trang điện tử"), // row 8
      ])
    );
    expect(preview(byKind(fixes, "renumber"))).toEqual([
      ["A4", "1.1", "1.2"],
      ["A5", "3", "2"],
      ["A6", "3,1", "2.1"],
      ["A8", "c)", "b)"],
    ]);
    expect(byKind(fixes, "renumber")?.edits.every((edit) => edit.asText)).toBe(true);
  });

  test("Roman sections keep Roman numerals, with Arabic numbers counting again under each", () => {
    const fixes = proposeFixes(
      readTable([
        group("I", "Chỉ đạo"), // row 2
        task("1", "Kế hoạch"), // row 3
        group("III", "Cải cách TTHC"), // row 4
        task("2", "Niêm yết"), // row 5
      ])
    );
    expect(preview(byKind(fixes, "renumber"))).toEqual([
      ["A4", "III", "II"],
      ["A5", "2", "1"],
    ]);
  });

  test("typed and blank subtotals become SUM over exactly their children; lump sums stay", () => {
    const fixes = proposeFixes(
      readTable([
        group("1", "Chỉ đạo", "3.000.000"), // row 2: typed
        group("1.1", "Báo cáo"), // row 3: blank, children have amounts
        subItem("Định kỳ", "1.000.000"), // row 4
        subItem("Đột xuất", "500.000"), // row 5
        task("1.2", "Kiểm tra", "1.500.000"), // row 6
        group("2", "Đào tạo", "800.000"), // row 7: lump sum, tasks without amounts
        task("2.1", "Tập huấn"), // row 8
        total("3.800.000"), // row 9
      ])
    );
    expect(preview(byKind(fixes, "subtotal-formulas"))).toEqual([
      ["G2", "3.000.000", "=SUM(G3,G6)"],
      ["G3", "", "=SUM(G4:G5)"],
    ]);
    // The total adds the top-level cells, so it brings the subtotal formulas it relies on.
    expect(preview(byKind(fixes, "total"))).toEqual([
      ["G2", "3.000.000", "=SUM(G3,G6)"],
      ["G3", "", "=SUM(G4:G5)"],
      ["G9", "3.800.000", "=SUM(G2,G7)"],
      ["A10", "", "Bằng chữ: Ba triệu tám trăm nghìn đồng."],
    ]);
    expect(byKind(fixes, "total")?.insertRows).toEqual({ before: 10, count: 1 });
  });

  test("a table without a total gets one under its last row, with its words, in two inserted rows", () => {
    const fixes = proposeFixes(
      readTable([
        group("1", "Chỉ đạo"), // row 2
        task("1.1", "Kế hoạch", "1.005.000"), // row 3
      ])
    );
    const fix = byKind(fixes, "total");
    expect(fix?.insertRows).toEqual({ before: 4, count: 2 });
    expect(preview(fix)).toEqual([
      ["G2", "", "=SUM(G3)"],
      ["B4", "", "Tổng cộng"],
      ["G4", "", "=SUM(G2)"],
      ["A5", "", "Bằng chữ: Một triệu không trăm linh năm nghìn đồng."],
    ]);
  });

  test("a table already right needs no fix", () => {
    const table = [
      group("1", "Chỉ đạo"), // row 2
      task("1.1", "Kế hoạch", "1.000.000"), // row 3
      total("1.000.000"), // row 4
      ["Bằng chữ: Một triệu đồng.", "", "", "", "", "", ""], // row 5
    ];
    const appendix = readTable(table);
    // As typed, the subtotal of 1 and the total are figures, not formulas: those are the only fixes.
    expect(proposeFixes(appendix).map((fix) => fix.kind)).toEqual(["subtotal-formulas", "total"]);
    expect(preview(byKind(proposeFixes(appendix), "total"))).toEqual([
      ["G2", "", "=SUM(G3)"],
      ["G4", "1.000.000", "=SUM(G2)"],
    ]);
  });

  test("a subtotal written a level too low is cleared when its group becomes a formula", () => {
    const fixes = proposeFixes(
      readTable([
        group("1", "Đào tạo"), // row 2: blank
        group("1.1", "Đánh giá cán bộ", "18.000.000"), // row 3: group 1's subtotal, one level too low
        task("1.1.1", "Đánh giá hằng quý"), // row 4
        task("1.2", "Cử đi đào tạo", "18.000.000"), // row 5
        total("18.000.000"), // row 6
        ["Bằng chữ: Mười tám triệu đồng.", "", "", "", "", "", ""], // row 7
      ])
    );
    expect(preview(byKind(fixes, "subtotal-formulas"))).toEqual([
      ["G2", "", "=SUM(G3,G5)"],
      ["G3", "18.000.000", ""],
    ]);
    // With group 1 = 1.2's 18.000.000, the total and its words stay right.
    expect(preview(byKind(fixes, "total"))).toEqual([
      ["G2", "", "=SUM(G3,G5)"],
      ["G3", "18.000.000", ""],
      ["G6", "18.000.000", "=SUM(G2)"],
    ]);
  });

  describe("subtotal-values: a wrong subtotal and the sums that added it in, corrected together", () => {
    const table: Row[] = [
      group("1", "Chỉ đạo", "3.000.000"), // row 2: agrees with 1.1 as written
      group("1.1", "Báo cáo", "2.000.000"), // row 3: its tasks make 2.500.000
      task("1.1.1", "Định kỳ", "1.000.000"), // row 4
      task("1.1.2", "Đột xuất", "1.500.000"), // row 5
      task("1.2", "Kiểm tra", "1.000.000"), // row 6
      group("2", "Đào tạo", "800.000"), // row 7
      task("2.1", "Tập huấn", "800.000"), // row 8
      total("3.800.000"), // row 9
      ["Bằng chữ: Ba triệu tám trăm nghìn đồng.", "", "", "", "", "", ""], // row 10
    ];

    test("the subtotal, the group above, the total and its words in one preview", () => {
      expect(preview(byKind(proposeFixes(readTable(table)), "subtotal-values"))).toEqual([
        ["G2", "3.000.000", "3.500.000"],
        ["G3", "2.000.000", "2.500.000"],
        ["G9", "3.800.000", "4.300.000"],
        [
          "A10",
          "Bằng chữ: Ba triệu tám trăm nghìn đồng.",
          "Bằng chữ: Bốn triệu ba trăm nghìn đồng.",
        ],
      ]);
      expect(byKind(proposeFixes(readTable(table)), "subtotal-values")?.title).toContain("kèm");
    });

    test("amounts are written in the column's unit", () => {
      const header = headerWith("Kinh phí (triệu đồng)");
      const inMillions: Row[] = [
        group("1", "Chỉ đạo", "3"),
        group("1.1", "Báo cáo", "2"),
        task("1.1.1", "Định kỳ", "1"),
        task("1.1.2", "Đột xuất", "1,5"),
        task("1.2", "Kiểm tra", "1"),
        group("2", "Đào tạo", "0,8"),
        task("2.1", "Tập huấn", "0,8"),
        total("3,8"),
      ];
      const fix = byKind(proposeFixes(readTable(inMillions, { header })), "subtotal-values");
      expect(fix?.edits.map((edit) => [edit.address, edit.after])).toEqual([
        ["G2", { value: 3.5 }],
        ["G3", { value: 2.5 }],
        ["G9", { value: 4.3 }],
      ]);
      // The preview shows them as the table prints them.
      expect(fix?.edits.map(afterText)).toEqual(["3,5", "2,5", "4,3"]);
    });

    test("a sum above that is a formula follows by itself; a wrong formula subtotal gets one over its children", () => {
      const appendix = readAppendix(
        gridWith(table, {
          G2: { formula: "G3+G6", value: 3_000_000 },
          G3: { formula: "G4", value: 2_000_000 },
          G9: { formula: "SUM(G2,G7)", value: 3_800_000 },
        })
      );
      expect(preview(byKind(proposeFixes(appendix), "subtotal-values"))).toEqual([
        ["G3", "=G4", "=SUM(G4:G5)"],
        [
          "A10",
          "Bằng chữ: Ba triệu tám trăm nghìn đồng.",
          "Bằng chữ: Bốn triệu ba trăm nghìn đồng.",
        ],
      ]);
    });

    test("no wrong subtotal, no such fix", () => {
      const right = table.map((row, i) => (i === 1 ? group("1.1", "Báo cáo", "2.500.000") : row));
      right[0] = group("1", "Chỉ đạo", "3.500.000");
      right[7] = total("4.300.000");
      expect(byKind(proposeFixes(readTable(right)), "subtotal-values")).toBeUndefined();
    });
  });
});
