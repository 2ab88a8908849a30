import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { RowFitter, wrappedLines, wrappedRowHeight } from "../../src/sheet/rowHeights";
import { CellDescription } from "../../src/sheet/sheetDescription";

/** The rule as the module's comment states it, word by word: the oracle for the one-pass count. */
function linesByWords(text: string, width: number, size = 12, bold = false): number {
  const perLine = Math.max(1, (width * 12) / size / (bold ? 1.08 : 1));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
      let length = 0;
      for (const character of word) length += /\p{Lu}/u.test(character) ? 1.35 : 1;
      if (used > 0 && used + 1 + length <= perLine) {
        used += 1 + length;
        continue;
      }
      if (used > 0) lines++;
      while (length > perLine) {
        lines++;
        length -= perLine;
      }
      used = length;
    }
  }
  return Math.max(1, lines);
}

describe("wrappedLines", () => {
  test("counts the lines the word-by-word rule gives, for any text, width, size and weight", () => {
    const letters = fc.constantFrom(..."aăâđeêoôơuưyAĂÂĐEÊOÔƠUƯYẠỆỮ  \n\t\u00a0-,.1😀");
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 120 }).map((parts) => parts.join("")),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(9, 11, 12, 14),
        fc.boolean(),
        (text, width, size, bold) => {
          expect(wrappedLines({ text, width, size, bold })).toBe(
            linesByWords(text, width, size, bold)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  test("one line for text that fits, and for no text", () => {
    expect(wrappedLines({ text: "Báo cáo", width: 22 })).toBe(1);
    expect(wrappedLines({ text: "", width: 22 })).toBe(1);
  });

  test("words wrap whole: three six-letter words take three lines of ten, not two", () => {
    expect(wrappedLines({ text: "aaaaaa bbbbbb cccccc", width: 10 })).toBe(3);
    expect(wrappedLines({ text: "aaaa bbbb cccc", width: 10 })).toBe(2);
  });

  test("a word longer than a line goes on over the lines it needs; each line break starts a line", () => {
    expect(wrappedLines({ text: "a".repeat(25), width: 10 })).toBe(3);
    expect(wrappedLines({ text: "a\nb\nc", width: 10 })).toBe(3);
    expect(wrappedLines({ text: "- Kế hoạch\n\n- Báo cáo", width: 30 })).toBe(3);
  });

  test("capitals, bold and a larger font take more room", () => {
    const small = { text: "cải cách thủ tục hành chính", width: 28 };
    expect(wrappedLines(small)).toBe(1);
    expect(wrappedLines({ ...small, text: small.text.toLocaleUpperCase("vi-VN") })).toBe(2);
    expect(wrappedLines({ text: "Thực hiện chế độ báo cáo định kỳ", width: 33 })).toBe(1);
    expect(wrappedLines({ text: "Thực hiện chế độ báo cáo định kỳ", width: 33, bold: true })).toBe(
      2
    );
    expect(wrappedLines({ ...small, size: 14 })).toBe(2);
  });

  /**
   * Cells of samples/thuong-lo-2020.xlsx as `phuluc new --from` writes them, with the lines LibreOffice
   * 7.4 printed them on (DejaVu Serif standing in for Times New Roman, which is wider): the estimate is
   * never short of them, and at most one line over.
   */
  test.each([
    ["Ban hành kế hoạch CCHC đạt yêu cầu theo hướng dẫn của cơ quan cấp trên", 44, false, 2],
    [
      "Quý I, 6 tháng, quý III trước ngày 25 các tháng 2, 5, 8; báo cáo năm lần 01 trước ngày " +
        "20/10/2020; báo cáo lần 02 trước ngày 15/11/2020",
      22,
      false,
      7,
    ],
    [
      "- Ban hành Kế hoạch trước 28/02/2020; - Thời gian kiểm tra trước 15/8/2020; - Ban hành " +
        "báo cáo hoặc thông báo kết luận sau kiểm tra chậm nhất là 01 tuần.",
      22,
      false,
      7,
    ],
    [
      "Báo cáo Tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng phù " +
        "hợp theo tiêu chuẩn TCVN ISO 9001:2015",
      22,
      false,
      6,
    ],
    [
      "Tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) thuộc thẩm quyền giải quyết của cá nhân, tổ chức",
      44,
      true,
      3,
    ],
    ["CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH", 44, true, 1],
    ["Kinh phí thực hiện (đồng)", 16, true, 2],
  ])("%s (width %i, bold %s): LibreOffice printed %i lines", (text, width, bold, printed) => {
    const lines = wrappedLines({ text, width, bold });
    expect(lines).toBeGreaterThanOrEqual(printed);
    expect(lines).toBeLessThanOrEqual(printed + 1);
  });
});

describe("wrappedRowHeight", () => {
  test("15.75 points a line of 12-point text, plus 3, in quarter points", () => {
    expect(wrappedRowHeight([])).toBe(18.75);
    expect(wrappedRowHeight([{ text: "Báo cáo", width: 22 }])).toBe(18.75);
    expect(wrappedRowHeight([{ text: "a\nb\nc", width: 22 }])).toBe(50.25);
  });

  test("the tallest cell decides; a 14-point line is taller", () => {
    expect(
      wrappedRowHeight([
        { text: "1.1", width: 6 },
        { text: "a\nb", width: 44 },
        { text: "a\nb\nc\nd", width: 22 },
      ])
    ).toBe(66);
    expect(wrappedRowHeight([{ text: "PHỤ LỤC", width: 146, size: 14, bold: true }])).toBe(21.5);
  });
});

describe("RowFitter", () => {
  test("what wrappedRowHeight gives for the same cells' text, widths, sizes and weights, row after row", () => {
    const letters = fc.constantFrom(..."aăđêôƯYẠ  \n-1😀");
    const text = fc.array(letters, { maxLength: 60 }).map((parts) => parts.join(""));
    // A sheet's cells share a few style objects and repeat some texts; some styles are made anew.
    const shared = [undefined, { size: 9 }, { size: 13, bold: true }, { bold: true }];
    const style = fc.oneof(
      fc.constantFrom(...shared),
      fc.record({ size: fc.constantFrom(9, 12, 14), bold: fc.boolean() }, { requiredKeys: [] })
    );
    const cell: fc.Arbitrary<CellDescription | undefined> = fc.oneof(
      fc.constant(undefined),
      fc.record({
        value: fc.oneof(text, fc.constantFrom("Văn phòng – Thống kê", "Quý I"), fc.integer()),
        style,
      })
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 8 }),
        fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        (widths, rows) => {
          const fitter = new RowFitter(widths);
          for (const cells of rows) {
            // A cell that is not text counts as an empty line at its size; a column without a
            // width is 10 wide.
            const texts = cells.flatMap((each, i) =>
              each
                ? [
                    {
                      text: typeof each.value === "string" ? each.value : "",
                      width: widths[i] ?? 10,
                      size: each.style?.size,
                      bold: each.style?.bold,
                    },
                  ]
                : []
            );
            expect(fitter.height(cells)).toBe(wrappedRowHeight(texts));
          }
        }
      ),
      { numRuns: 500 }
    );
  });

  test("a number in 14-point type makes the row a 14-point line tall", () => {
    expect(new RowFitter([10]).height([{ value: 5, style: { size: 14 } }])).toBe(21.5);
  });
});
