import { describe, expect, test } from "@jest/globals";
import { Finding, Severity } from "../../src/domain/finding";
import {
  cellLink,
  findingColumns,
  findingsOrder,
  findingsSheet,
  rowHeight,
} from "../../src/sheet/findingsSheet";
import { findingsText } from "../../src/sheet/sheetText";
import { CellDescription } from "../../src/sheet/sheetDescription";

function finding(
  severity: Severity,
  cell: string,
  message: string,
  more: Partial<Finding> = {}
): Finding {
  return {
    rule: "tt.gap",
    severity,
    row: Number(/\d+$/.exec(cell)?.[0] ?? 1),
    cell,
    number: null,
    message,
    expected: null,
    actual: null,
    hint: null,
    ...more,
  };
}

/** In the order a check gives them (by position), severities mixed. */
const FINDINGS: Finding[] = [
  finding("info", "A1", "Tệp không ghi bảng mã.", { rule: "file.encoding" }),
  finding("warning", "G6", "Cộng mục chưa là công thức.", {
    rule: "subtotal.formula",
    number: "1",
  }),
  finding("error", "G6", "Cộng mục 1 ghi 12.900.000 nhưng các mục con cộng lại 11.900.000.", {
    rule: "subtotal.mismatch",
    number: "1",
    hint: "- Kiểm tra lại số của mục 1.",
  }),
  finding("error", "AA9", "Ô ở cột AA.", { rule: "budget.format" }),
  finding("error", "C9", "=SUM(G1) không phải số thứ tự.", { rule: "tt.format", number: "-" }),
  finding("warning", "A30", "+ Chữ đầu là dấu cộng.", { rule: "tt.order", number: "@1" }),
  finding("info", "B12", "Dòng trống giữa bảng: đã bỏ qua.", { rule: "row.blank" }),
];

const DATE = new Date(2025, 2, 5, 14, 30);

function texts(cells: (CellDescription | undefined)[]): unknown[] {
  return cells.map((cell) => cell?.formula ?? cell?.value);
}

describe("findingsOrder", () => {
  test("errors, then warnings, then notes; each by row, then by column (B before AA)", () => {
    expect(findingsOrder(FINDINGS).map((f) => `${f.severity} ${f.cell}`)).toEqual([
      "error G6",
      "error C9",
      "error AA9",
      "warning G6",
      "warning A30",
      "info A1",
      "info B12",
    ]);
  });

  test("leaves the findings it is given as they were", () => {
    const copy = [...FINDINGS];
    findingsOrder(FINDINGS);
    expect(FINDINGS).toEqual(copy);
  });
});

describe("cellLink", () => {
  test("a HYPERLINK to the cell on the checked sheet, the sheet name quoted as Excel quotes it", () => {
    expect(cellLink("Phụ lục", "G7")).toBe(`=HYPERLINK("#'Phụ lục'!G7","G7")`);
    expect(cellLink("Ea H'Leo", "A12")).toBe(`=HYPERLINK("#'Ea H''Leo'!A12","A12")`);
    // A double quote is allowed in a sheet name; inside the formula's string it is doubled.
    expect(cellLink('Bảng "A"', "B2")).toBe(`=HYPERLINK("#'Bảng ""A""'!B2","B2")`);
  });

  test("no link for what is not one cell", () => {
    expect(cellLink("Phụ lục", "A1:B2")).toBeNull();
    expect(cellLink("Phụ lục", "")).toBeNull();
    expect(cellLink("Phụ lục", "G0")).toBeNull();
  });
});

describe("findingsSheet", () => {
  const { sheet, layout } = findingsSheet({
    sheet: "Phụ lục",
    date: DATE,
    findings: FINDINGS,
    links: true,
  });

  test("a title naming the sheet and the date, the counts, then the table under its header", () => {
    expect(sheet.name).toBe("Kết quả kiểm tra");
    expect(sheet.rows[0].cells[0]?.value).toBe("Kết quả kiểm tra trang “Phụ lục”, ngày 05/03/2025");
    expect(sheet.rows[1].cells[0]?.value).toBe(
      `3 lỗi, 2 cảnh báo, 2 ghi chú. ${findingsText.linksHint}`
    );
    expect(sheet.merges).toEqual(["A1:F1", "A2:F2"]);
    expect(layout.headerRow).toBe(4);
    expect(layout.firstRow).toBe(5);
    expect(texts(sheet.rows[3].cells)).toEqual([
      "Mức độ",
      "Ô",
      "TT",
      "Quy tắc",
      "Nội dung",
      "Gợi ý sửa",
    ]);
    expect(sheet.rows).toHaveLength(4 + FINDINGS.length);
  });

  test("one row per finding in findingsOrder, Ô a link to its cell", () => {
    const body = sheet.rows.slice(layout.firstRow - 1).map((row) => texts(row.cells));
    expect(body[0]).toEqual([
      "Lỗi",
      `=HYPERLINK("#'Phụ lục'!G6","G6")`,
      "1",
      "subtotal.mismatch",
      "Cộng mục 1 ghi 12.900.000 nhưng các mục con cộng lại 11.900.000.",
      "- Kiểm tra lại số của mục 1.",
    ]);
    expect(body.map((cells) => cells[0])).toEqual([
      "Lỗi",
      "Lỗi",
      "Lỗi",
      "Cảnh báo",
      "Cảnh báo",
      "Ghi chú",
      "Ghi chú",
    ]);
    expect(body.map((cells) => cells[1])).toEqual(
      ["G6", "C9", "AA9", "G6", "A30", "A1", "B12"].map(
        (cell) => `=HYPERLINK("#'Phụ lục'!${cell}","${cell}")`
      )
    );
    expect(layout.ordered).toEqual(findingsOrder(FINDINGS));
    // A finding without a hint or a TT has empty cells there, still bordered.
    const last = sheet.rows[sheet.rows.length - 1].cells;
    expect(last[2]).toEqual({ value: "", style: expect.objectContaining({ border: true }) });
    expect(last[5]).toEqual({ value: "", style: expect.objectContaining({ border: true }) });
  });

  test("every text cell and text column is formatted as text; the link column and links are not", () => {
    expect(sheet.columns.map((column) => column.style?.numberFormat)).toEqual([
      "@",
      undefined,
      "@",
      "@",
      "@",
      "@",
    ]);
    for (const row of sheet.rows.slice(layout.headerRow - 1)) {
      row.cells.forEach((cell, index) => {
        if (cell?.formula !== undefined) {
          expect(index).toBe(1);
          expect(cell.style?.numberFormat).toBeUndefined();
        } else {
          expect(cell?.style?.numberFormat).toBe("@");
        }
      });
    }
    // Text that a spreadsheet would take for a formula is a value in a text cell, never a formula.
    const values = sheet.rows.flatMap((row) => row.cells.map((cell) => cell?.value));
    expect(values).toEqual(
      expect.arrayContaining([
        "=SUM(G1) không phải số thứ tự.",
        "-",
        "@1",
        "+ Chữ đầu là dấu cộng.",
      ])
    );
  });

  test("errors bold; wrapped, bordered, top-aligned Times New Roman 12", () => {
    const body = sheet.rows.slice(layout.firstRow - 1);
    expect(body.map((row) => row.cells[0]?.style?.bold)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    for (const row of body) {
      for (const cell of row.cells) {
        expect(cell?.style).toMatchObject({
          font: "Times New Roman",
          size: 12,
          wrap: true,
          border: true,
          vertical: "top",
        });
      }
    }
  });

  test("row heights fit the wrapped text, since LibreOffice does not fit them itself", () => {
    const body = sheet.rows.slice(layout.firstRow - 1);
    const oneLine = rowHeight(["Ghi chú", "B12", "", "row.blank", "Dòng trống.", ""]);
    expect(oneLine).toBeGreaterThanOrEqual(15.75);
    expect(oneLine).toBeLessThan(20);
    expect(body.every((row) => (row.height ?? 0) >= oneLine)).toBe(true);
    const long = "Kinh phí mục 1 ghi 12.900.000 nhưng các mục con cộng lại 11.900.000. ".repeat(3);
    expect(rowHeight(["Lỗi", "G7", "1", "subtotal.mismatch", long, ""])).toBeGreaterThanOrEqual(
      4 * 15.75
    );
    // A line break in a message starts a line of its own.
    expect(rowHeight(["", "", "", "", "a\nb\nc", ""])).toBeGreaterThan(3 * 15.75);
    expect(sheet.rows[layout.headerRow - 1].height).toBe(oneLine);
  });

  test("prints on A4 landscape, the columns on the page width, the header on every page", () => {
    expect(sheet.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: "4:4",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    });
    expect(sheet.freeze).toEqual({ rows: 4 });
    const widths = sheet.columns.map((column) => column.width);
    // Nội dung and Gợi ý sửa take most of the width; the whole stays near the appendix's 146.
    expect(widths[4]).toBeGreaterThan(widths[5]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(155);
  });

  test("for another file (the command line): the file named, no links, every column text", () => {
    const other = findingsSheet({
      sheet: "Phụ lục",
      file: "thuong-lo-2020.xlsx",
      date: DATE,
      findings: FINDINGS,
      links: false,
    }).sheet;
    expect(other.rows[0].cells[0]?.value).toBe(
      "Kết quả kiểm tra tệp “thuong-lo-2020.xlsx”, trang “Phụ lục”, ngày 05/03/2025"
    );
    expect(other.rows[1].cells[0]?.value).toBe("3 lỗi, 2 cảnh báo, 2 ghi chú.");
    expect(other.rows.some((row) => row.cells.some((cell) => cell?.formula !== undefined))).toBe(
      false
    );
    expect(other.rows[4].cells[1]).toMatchObject({ value: "G6", style: { numberFormat: "@" } });
    expect(other.columns.every((column) => column.style?.numberFormat === "@")).toBe(true);
  });

  test("a text file has no sheet: the title names the file alone", () => {
    const csv = findingsSheet({
      sheet: null,
      file: "bang.csv",
      date: new Date(2025, 11, 31),
      findings: [],
      links: true,
    }).sheet;
    expect(csv.rows[0].cells[0]?.value).toBe("Kết quả kiểm tra tệp “bang.csv”, ngày 31/12/2025");
    expect(csv.rows[1].cells[0]?.value).toBe("Không có lỗi, cảnh báo hay ghi chú nào.");
    expect(csv.rows).toHaveLength(4);
  });

  test("findingColumns: the six columns in text", () => {
    expect(findingColumns(FINDINGS[2])).toEqual([
      "Lỗi",
      "G6",
      "1",
      "subtotal.mismatch",
      "Cộng mục 1 ghi 12.900.000 nhưng các mục con cộng lại 11.900.000.",
      "- Kiểm tra lại số của mục 1.",
    ]);
  });
});
