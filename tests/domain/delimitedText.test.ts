import { describe, expect, test } from "@jest/globals";
import { readDelimited } from "../../src/domain/delimitedText";
import type { GridCell } from "../../src/domain/grid";

/** Plain cells from their values; null for an empty field. */
const cells = (...values: (string | null)[]): GridCell[] => values.map((value) => ({ value }));

describe("readDelimited", () => {
  test("tab-separated rows", () => {
    expect(readDelimited("TT\tNội dung\tKinh phí\n1\tĐào tạo\t12.900.000", "\t")).toEqual({
      firstRow: 1,
      firstColumn: 1,
      rows: [cells("TT", "Nội dung", "Kinh phí"), cells("1", "Đào tạo", "12.900.000")],
    });
  });

  test("comma-separated rows", () => {
    expect(readDelimited("a,b,c\nd,e,f", ",")).toEqual({
      firstRow: 1,
      firstColumn: 1,
      rows: [cells("a", "b", "c"), cells("d", "e", "f")],
    });
  });

  test("semicolon-separated rows", () => {
    expect(readDelimited("a;b\nc;d", ";").rows).toEqual([cells("a", "b"), cells("c", "d")]);
  });

  test("only the chosen separator splits fields", () => {
    expect(readDelimited("1,5\t12.900.000", "\t").rows).toEqual([cells("1,5", "12.900.000")]);
    expect(readDelimited("a\tb,c", ",").rows).toEqual([cells("a\tb", "c")]);
  });

  test("an empty field is an empty cell", () => {
    expect(readDelimited("a,,c\n,b,", ",").rows).toEqual([
      cells("a", null, "c"),
      cells(null, "b", null),
    ]);
    expect(readDelimited("a\t\tc", "\t").rows).toEqual([cells("a", null, "c")]);
  });

  test("a quoted field may hold the separator", () => {
    expect(readDelimited('"12,900,000",b', ",").rows).toEqual([cells("12,900,000", "b")]);
    expect(readDelimited('"a\tb"\tc', "\t").rows).toEqual([cells("a\tb", "c")]);
  });

  test("a doubled quote inside a quoted field is one quote", () => {
    expect(readDelimited('"Đề án ""Chính quyền số""",x', ",").rows).toEqual([
      cells('Đề án "Chính quyền số"', "x"),
    ]);
    expect(readDelimited('""""', ",").rows).toEqual([cells('"')]);
  });

  test("a quoted field may hold line breaks", () => {
    expect(readDelimited('1\t"Dòng một\nDòng hai"\tx\n2\ty\tz', "\t").rows).toEqual([
      cells("1", "Dòng một\nDòng hai", "x"),
      cells("2", "y", "z"),
    ]);
    expect(readDelimited('"a\r\nb",c', ",").rows).toEqual([cells("a\r\nb", "c")]);
  });

  test("CRLF line ends", () => {
    expect(readDelimited("a,b\r\nc,d", ",").rows).toEqual([cells("a", "b"), cells("c", "d")]);
    expect(readDelimited("a\tb\r\nc\td\r\n", "\t").rows).toEqual([
      cells("a", "b"),
      cells("c", "d"),
    ]);
  });

  test("CR line ends", () => {
    expect(readDelimited("a,b\rc,d", ",").rows).toEqual([cells("a", "b"), cells("c", "d")]);
  });

  test("a final line break adds no row", () => {
    expect(readDelimited("a,b\nc,d\n", ",").rows).toEqual([cells("a", "b"), cells("c", "d")]);
  });

  test("a blank line in the middle is a row with one empty cell", () => {
    expect(readDelimited("a\n\nb", ",").rows).toEqual([cells("a"), cells(null), cells("b")]);
  });

  test("a byte order mark is dropped", () => {
    expect(readDelimited("\uFEFFTT\tNội dung\n1\tx", "\t").rows).toEqual([
      cells("TT", "Nội dung"),
      cells("1", "x"),
    ]);
    expect(readDelimited('\uFEFF"a,b",c', ",").rows).toEqual([cells("a,b", "c")]);
  });

  test("empty text is an empty grid", () => {
    expect(readDelimited("", ",")).toEqual({ firstRow: 1, firstColumn: 1, rows: [] });
    expect(readDelimited("\uFEFF", "\t").rows).toEqual([]);
  });

  test("<b> and <i> mark a cell bold or italic and are taken out of its text", () => {
    expect(
      readDelimited("<b>I</b>\t<b>Cải cách thể chế</b>\t<i>ghi chú</i>\tthường", "\t").rows
    ).toEqual([
      [
        { value: "I", bold: true },
        { value: "Cải cách thể chế", bold: true },
        { value: "ghi chú", italic: true },
        { value: "thường" },
      ],
    ]);
  });

  test("markup in upper case, nested, or around part of the text", () => {
    expect(readDelimited("<B>Tổng cộng</B>,<b><i>x</i></b>,<i>a</i> b", ",").rows).toEqual([
      [
        { value: "Tổng cộng", bold: true },
        { value: "x", bold: true, italic: true },
        { value: "a b", italic: true },
      ],
    ]);
  });

  test("markup in a quoted field", () => {
    expect(readDelimited('"<b>1,5</b>",x', ",").rows).toEqual([
      [{ value: "1,5", bold: true }, { value: "x" }],
    ]);
  });

  test("a cell that is only markup is empty, though still marked", () => {
    expect(readDelimited("<b></b>,x", ",").rows).toEqual([
      [{ value: null, bold: true }, { value: "x" }],
    ]);
  });

  test("other tags are kept as text", () => {
    expect(readDelimited("<u>x</u>", ",").rows).toEqual([cells("<u>x</u>")]);
  });
});
