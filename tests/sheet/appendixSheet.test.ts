import { describe, expect, test } from "@jest/globals";
import { AppendixPlan, PlanItem } from "../../src/domain/appendixPlan";
import { appendixSheet } from "../../src/sheet/appendixSheet";
import { CellDescription } from "../../src/sheet/sheetDescription";

const LEAD = "Văn phòng – Thống kê";
const UNITS = "'Danh mục'!$A$2:$A$201";

function item(
  number: string,
  task: string,
  amount: number | null,
  children: PlanItem[] = []
): PlanItem {
  return {
    number,
    task,
    lead: children.length > 0 ? "" : LEAD,
    partners: children.length > 0 ? "" : "Các ban, ngành có liên quan",
    product: children.length > 0 ? "" : "Báo cáo",
    schedule: children.length > 0 ? "" : "Quý I/2025",
    amount,
    children,
  };
}

/**
 * Sheet rows: 1 PHỤ LỤC, 2 title, 3 (Kèm theo …), 4 blank, 5 header, then
 * 6  1     group: 1.1 + 1.2                 = 500.000 + 500.000
 * 7  1.1   task                               500.000
 * 8  1.2   group of two sub-items             = 300.000 + 200.000
 * 9        sub-item                           300.000
 * 10       sub-item                           200.000
 * 11 2     group with a lump sum, nothing below has an amount: 1.000.000 stays a value
 * 12 2.1   task without an amount
 * 13 3     task without an amount
 * 14 Tổng cộng = rows 6, 11, 13 = 2.000.000
 * 15 Bằng chữ
 */
const plan: AppendixPlan = {
  title: "Nhiệm vụ cải cách hành chính năm 2025 và dự trù kinh phí thực hiện",
  reference: {
    planNumber: "12",
    day: "06",
    month: "01",
    year: "2025",
    issuer: "UBND xã Hòa Bình",
  },
  items: [
    item("1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", null, [
      item("1.1", "Ban hành kế hoạch CCHC", 500_000),
      item("1.2", "Thực hiện chế độ báo cáo", null, [
        item("", "Báo cáo quý", 300_000),
        item("", "Báo cáo năm", 200_000),
      ]),
    ]),
    item("2", "CẢI CÁCH THỂ CHẾ", 1_000_000, [item("2.1", "Rà soát văn bản", null)]),
    item("3", "Tuyên truyền CCHC", null),
  ],
};

const { sheet, layout } = appendixSheet(plan, "Phụ lục", UNITS);
const cell = (row: number, column: number): CellDescription =>
  sheet.rows[row - 1].cells[column - 1] as CellDescription;
const A = 1;
const B = 2;
const C = 3;
const G = 7;

describe("appendixSheet", () => {
  test("layout of the sheet", () => {
    expect(sheet.name).toBe("Phụ lục");
    expect(layout).toEqual(
      expect.objectContaining({
        headerRow: 5,
        firstItemRow: 6,
        totalRow: 14,
        wordsRow: 15,
        total: 2_000_000,
      })
    );
    expect(sheet.rows).toHaveLength(15);
    expect(sheet.columns.map((column) => column.width)).toEqual([6, 44, 18, 18, 22, 22, 16]);
    // Text columns are "@" before any value, so TT such as "1.10" stays text; Kinh phí is a number.
    expect(sheet.columns.map((column) => column.style?.numberFormat)).toEqual([
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "#,##0",
    ]);
  });

  test("title block: PHỤ LỤC bold 14 centred, the title in capitals, the italic reference line", () => {
    expect(cell(1, A)).toEqual({
      value: "PHỤ LỤC",
      style: expect.objectContaining({
        font: "Times New Roman",
        size: 14,
        bold: true,
        horizontal: "center",
      }),
    });
    expect(cell(2, A).value).toBe(
      "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 VÀ DỰ TRÙ KINH PHÍ THỰC HIỆN"
    );
    expect(cell(2, A).style).toEqual(
      expect.objectContaining({ font: "Times New Roman", bold: true, horizontal: "center" })
    );
    expect(cell(3, A).value).toBe(
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 06 tháng 01 năm 2025 của UBND xã Hòa Bình)"
    );
    expect(cell(3, A).style).toEqual(
      expect.objectContaining({ italic: true, bold: false, horizontal: "center" })
    );
    expect(sheet.rows[3].cells).toEqual([]);
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:G1", "A2:G2", "A3:G3", "A15:G15"]));
  });

  test("header row: bold, centred, bordered, frozen and repeated on every printed page; pages numbered", () => {
    expect(sheet.rows[4].cells.map((header) => header?.value)).toEqual([
      "TT",
      "Nhiệm vụ cụ thể",
      "Bộ phận chủ trì",
      "Bộ phận phối hợp",
      "Sản phẩm kiểm chứng",
      "Thời gian thực hiện",
      "Kinh phí thực hiện (đồng)",
    ]);
    for (const header of sheet.rows[4].cells) {
      expect(header?.style).toEqual(
        expect.objectContaining({ bold: true, horizontal: "center", border: true })
      );
    }
    expect(sheet.freeze).toEqual({ rows: 5 });
    expect(sheet.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: "5:5",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      // Nghị định 30: the page number from page 2, 13 to 14 points.
      pageNumbers: { font: "Times New Roman", size: 13 },
    });
  });

  test("rows in plan order; group rows bold, unnumbered sub-items italic, all bordered", () => {
    expect(
      sheet.rows.slice(5, 13).map((row) => [row.cells[0]?.value, row.cells[1]?.value])
    ).toEqual([
      ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
      ["1.1", "Ban hành kế hoạch CCHC"],
      ["1.2", "Thực hiện chế độ báo cáo"],
      ["", "Báo cáo quý"],
      ["", "Báo cáo năm"],
      ["2", "CẢI CÁCH THỂ CHẾ"],
      ["2.1", "Rà soát văn bản"],
      ["3", "Tuyên truyền CCHC"],
    ]);
    const emphasis = (row: number, column: number) => ({
      bold: Boolean(cell(row, column).style?.bold),
      italic: Boolean(cell(row, column).style?.italic),
    });
    for (const row of [6, 8, 11]) {
      expect(emphasis(row, A)).toEqual({ bold: true, italic: false });
      expect(emphasis(row, B)).toEqual({ bold: true, italic: false });
      expect(emphasis(row, G)).toEqual({ bold: true, italic: false });
    }
    for (const row of [9, 10]) {
      expect(emphasis(row, A)).toEqual({ bold: false, italic: true });
      expect(emphasis(row, B)).toEqual({ bold: false, italic: true });
    }
    expect(emphasis(7, B)).toEqual({ bold: false, italic: false });
    // A top-level task's name is bold like the groups beside it.
    expect(emphasis(13, B)).toEqual({ bold: true, italic: false });
    expect(cell(7, C)).toEqual({
      value: LEAD,
      style: expect.objectContaining({ numberFormat: "@" }),
    });
    for (let row = 6; row <= 14; row++) {
      for (let column = 1; column <= 7; column++) {
        expect(cell(row, column).style?.border).toBe(true);
      }
    }
  });

  test("amounts are numbers formatted #,##0; each subtotal sums exactly its children", () => {
    for (let row = 6; row <= 14; row++) expect(cell(row, G).style?.numberFormat).toBe("#,##0");
    expect(cell(6, G).formula).toBe("=SUM(G7:G8)");
    expect(cell(7, G).value).toBe(500_000);
    expect(cell(8, G).formula).toBe("=SUM(G9:G10)");
    expect(cell(9, G).value).toBe(300_000);
    expect(cell(10, G).value).toBe(200_000);
    // Nothing below group 2 has an amount: its lump sum stays a value, not a formula.
    expect(cell(11, G)).toEqual(expect.objectContaining({ value: 1_000_000 }));
    expect(cell(11, G).formula).toBeUndefined();
    expect(cell(12, G).value).toBeNull();
    expect(cell(13, G).value).toBeNull();
  });

  test("the total sums the top-level rows; its words are written under it", () => {
    expect(cell(14, B)).toEqual({
      value: "Tổng cộng",
      style: expect.objectContaining({ bold: true }),
    });
    expect(cell(14, G)).toEqual({
      formula: "=SUM(G6,G11,G13)",
      style: expect.objectContaining({ bold: true, numberFormat: "#,##0" }),
    });
    expect(cell(15, A)).toEqual({
      value: "Bằng chữ: Hai triệu đồng.",
      style: expect.objectContaining({ italic: true }),
    });
  });

  test("validation: Kinh phí a whole number ≥ 0, Chủ trì from the units list, over the table rows", () => {
    expect(sheet.validations).toEqual([
      {
        range: "G6:G13",
        rule: { kind: "wholeNumber", min: 0 },
        errorMessage: expect.stringContaining("số nguyên không âm"),
      },
      {
        range: "C6:C13",
        rule: { kind: "list", source: UNITS },
        errorMessage: expect.stringContaining("Danh mục"),
      },
    ]);
  });

  test("row heights: the merged title lines set, every table row estimated from its wrapped text", () => {
    // PHỤ LỤC one 14-point line; the title and the reference keep their white space.
    expect(sheet.rows.slice(0, 3).map((row) => row.height)).toEqual([21.5, 40, 21.5]);
    for (let row = 5; row <= 14; row++) {
      expect(sheet.rows[row - 1].height).toBeUndefined();
      expect(sheet.rows[row - 1].fitHeight).toBeGreaterThanOrEqual(18.75);
    }
    // "Kinh phí thực hiện (đồng)" takes two lines of its column; "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" one.
    expect(sheet.rows[4].fitHeight).toBe(34.5);
    expect(sheet.rows[5].fitHeight).toBe(18.75);
    expect(sheet.rows[14].height).toBeUndefined();
    expect(sheet.rows[14].fitHeight).toBeUndefined();

    const long = item(
      "1",
      "Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) thuộc thẩm quyền giải quyết của cá nhân, tổ chức",
      null
    );
    long.schedule =
      "- Ban hành Kế hoạch trước 28/02/2020; - Thời gian kiểm tra trước 15/8/2020; - Ban hành " +
      "báo cáo hoặc thông báo kết luận sau kiểm tra chậm nhất là 01 tuần.";
    const title = "Nhiệm vụ ".repeat(30);
    const written = appendixSheet({ ...plan, title, items: [long] }, "Phụ lục", UNITS).sheet;
    // The schedule's seven lines or more (LibreOffice prints seven), not the task's three.
    expect(written.rows[5].fitHeight).toBeGreaterThanOrEqual(7 * 15.75 + 3);
    // A title too long for two lines makes its row taller than 40 points.
    expect(written.rows[1].height).toBeGreaterThan(40);
  });

  test("an amount that could not be read is kept as its text", () => {
    const typo = item("1", "Việc", null);
    typo.amountText = "500.00";
    const written = appendixSheet({ ...plan, items: [typo] }, "Phụ lục", UNITS);
    expect(written.sheet.rows[5].cells[6]).toEqual(expect.objectContaining({ value: "500.00" }));
    expect(written.sheet.rows[6].cells[6]?.formula).toBe("=SUM(G6)");
  });
});
