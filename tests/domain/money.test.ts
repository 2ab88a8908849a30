import fc from "fast-check";
import { describe, expect, test } from "@jest/globals";
import {
  formatAmount,
  readAmount,
  readAmountCell,
  type AmountReading,
} from "../../src/domain/money";

const amount = (value: number): AmountReading => ({ kind: "amount", value });

describe("readAmount", () => {
  test.each<[string | number, number]>([
    ["12.900.000", 12_900_000],
    ["12.900.000 đ", 12_900_000],
    ["12.900.000đ", 12_900_000],
    ["12.900.000 đồng", 12_900_000],
    ["12.900.000 VNĐ", 12_900_000],
    ["12.900.000 VND", 12_900_000],
    ["12,900,000", 12_900_000],
    ["12 900 000", 12_900_000],
    ["12\u00a0900\u00a0000", 12_900_000],
    ["12900000", 12_900_000],
    ["  12.900.000  ", 12_900_000],
    ["1.234.567,00", 1_234_567],
    ["1,234,567.00", 1_234_567],
    ["500.000", 500_000],
    ["1.000", 1_000],
    ["999", 999],
    ["0", 0],
    [12_900_000, 12_900_000],
    [0, 0],
  ])("in đồng: %p → %d", (value, expected) => {
    expect(readAmount(value)).toEqual(amount(expected));
    expect(readAmount(value, 1)).toEqual(amount(expected));
  });

  test.each<[string | number, number]>([
    ["12,9", 12_900_000],
    [12.9, 12_900_000],
    ["0,5", 500_000],
    [0.5, 500_000],
    ["12", 12_000_000],
    [12, 12_000_000],
    ["1.250,5", 1_250_500_000],
  ])("in triệu đồng: %p → %d", (value, expected) => {
    expect(readAmount(value, 1e6)).toEqual(amount(expected));
  });

  test.each<[string | number, number]>([
    ["12,9", 12_900],
    [12.9, 12_900],
    ["250", 250_000],
  ])("in nghìn đồng: %p → %d", (value, expected) => {
    expect(readAmount(value, 1e3)).toEqual(amount(expected));
  });

  test.each(["500.00", "4000.000", "12.90.000", "1.2345.678", "12,90,000"])(
    "%p has thousands groups of the wrong size",
    (text) => {
      expect(readAmount(text)).toEqual({ kind: "unreadable", text, problem: "bad-grouping" });
    }
  );

  test.each<[string | number, number]>([
    ["1.234.567,50", 1],
    [1.5, 1],
    [0.5, 1],
    ["12,9000005", 1e6],
    [12.9000005, 1e6],
  ])("%p (scale %d) holds a fraction of a đồng", (value, scale) => {
    expect(readAmount(value, scale)).toMatchObject({ kind: "unreadable", problem: "fraction" });
  });

  test.each(["12a", "a12", "#REF", "?", "Ba triệu đồng", "năm trăm nghìn", "mười tỷ", "hai trieu"])(
    "%p is not a number",
    (text) => {
      expect(readAmount(text)).toEqual({ kind: "unreadable", text, problem: "not-a-number" });
    }
  );

  test.each([
    "Lồng ghép",
    "Kinh phí thường xuyên",
    "Không",
    "Không có",
    "Nguồn xã hội hóa",
    "chưa có",
    "theo dự toán",
    "Lồng ghép (nguồn chi thường xuyên)",
  ])("%p, words that are no amount, is no amount with its text", (text) => {
    expect(readAmount(text)).toEqual({ kind: "empty", text });
    expect(readAmount(text, 1_000_000)).toEqual({ kind: "empty", text });
  });

  test.each([NaN, Infinity, -Infinity])("the number %p is not an amount", (value) => {
    expect(readAmount(value)).toMatchObject({ kind: "unreadable", problem: "not-a-number" });
  });

  test("a boolean is not an amount", () => {
    expect(readAmount(true)).toMatchObject({ kind: "unreadable", problem: "not-a-number" });
    expect(readAmount(false)).toMatchObject({ kind: "unreadable", problem: "not-a-number" });
  });

  test.each<[string | null]>([[""], [null], ["-"], ["   "], ["–"], ["—"], ["--"]])(
    "%p is empty",
    (value) => {
      expect(readAmount(value)).toEqual({ kind: "empty" });
      expect(readAmount(value, 1e6)).toEqual({ kind: "empty" });
    }
  );

  test.each<[string | number, number]>([
    ["-500.000", -500_000],
    ["(500.000)", -500_000],
    ["- 500.000", -500_000],
    ["-500.000 đ", -500_000],
    ["(500.000 đ)", -500_000],
    [-500_000, -500_000],
  ])("negative: %p → %d", (value, expected) => {
    expect(readAmount(value)).toEqual(amount(expected));
  });

  test("a negative amount in triệu đồng", () => {
    expect(readAmount("-0,5", 1e6)).toEqual(amount(-500_000));
    expect(readAmount("(12,9)", 1e6)).toEqual(amount(-12_900_000));
  });

  test.each<[string, number]>([
    ["5 triệu", 5_000_000],
    ["5 triệu đồng", 5_000_000],
    ["5 trieu", 5_000_000],
    ["5tr", 5_000_000],
    ["12,9 triệu", 12_900_000],
    ["1,5 tỷ", 1_500_000_000],
    ["2 tỉ", 2_000_000_000],
    ["300 nghìn", 300_000],
    ["300 ngàn đồng", 300_000],
  ])("with a unit word: %p → %d", (text, expected) => {
    expect(readAmount(text)).toEqual(amount(expected));
  });

  test("a unit word overrides the column's unit", () => {
    expect(readAmount("5 triệu", 1e6)).toEqual(amount(5_000_000));
  });

  test("decomposed (NFD) text reads as its composed form", () => {
    expect(readAmount("12.900.000 đồng".normalize("NFD"))).toEqual(amount(12_900_000));
    expect(readAmount("5 triệu".normalize("NFD"))).toEqual(amount(5_000_000));
    expect(readAmount("1,5 tỷ".normalize("NFD"))).toEqual(amount(1_500_000_000));
  });

  test("never throws, and always gives one of the three readings", () => {
    const amountish = fc
      .array(fc.constantFrom(..."0123456789.,  ()-−đồngĐVNDtriệutỷnghìn".split("")), {
        maxLength: 20,
      })
      .map((chars) => chars.join(""));
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      amountish,
      fc.double(),
      fc.integer(),
      fc.constant(null)
    );
    const scale = fc.constantFrom(1, 1e3, 1e6, 1e9);
    fc.assert(
      fc.property(anyValue, scale, (value, scale) => {
        const reading = readAmount(value, scale);
        expect(["empty", "amount", "unreadable"]).toContain(reading.kind);
      }),
      { numRuns: 3000 }
    );
  });

  // The number read may be finite while the number times the column's unit is not.
  test.each<[string | number, number]>([
    [1e308, 1e6],
    ["1" + "0".repeat(300) + " tỷ", 1],
  ])("%p (scale %d) is too large to be an amount", (value, scale) => {
    expect(readAmount(value, scale)).toMatchObject({ kind: "unreadable", problem: "not-a-number" });
  });
});

describe("formatAmount", () => {
  test.each<[number, string]>([
    [12_900_000, "12.900.000"],
    [0, "0"],
    [5, "5"],
    [999, "999"],
    [1_000, "1.000"],
    [500_000, "500.000"],
    [1_234_567, "1.234.567"],
    [1_000_000_000, "1.000.000.000"],
    [-500_000, "-500.000"],
    [-12_900_000, "-12.900.000"],
    [-7, "-7"],
    [Number.MAX_SAFE_INTEGER, "9.007.199.254.740.991"],
  ])("%d → %s", (value, expected) => {
    expect(formatAmount(value)).toBe(expected);
  });

  test("readAmount reads back what formatAmount prints", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(readAmount(formatAmount(n))).toEqual(amount(n));
      }),
      { numRuns: 2000 }
    );
  });

  test("negative amounts read back too", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(readAmount(formatAmount(-n))).toEqual(amount(-n));
      }),
      { numRuns: 1000 }
    );
  });
});

describe("readAmountCell", () => {
  test("a formula's error value is an error, whether the reader gives it apart or as text", () => {
    expect(readAmountCell({ value: null, formula: "G3+#REF!", error: "#REF!" })).toEqual({
      kind: "error",
      error: "#REF!",
    });
    expect(readAmountCell({ value: "#div/0!", formula: "G3/G4" })).toEqual({
      kind: "error",
      error: "#DIV/0!",
    });
    expect(readAmountCell({ value: " #N/A " })).toEqual({ kind: "error", error: "#N/A" });
  });

  test("a formula saved without its result is uncalculated; an empty cell is empty", () => {
    expect(readAmountCell({ value: null, formula: "ROUND(G3,0)" })).toEqual({
      kind: "uncalculated",
    });
    expect(readAmountCell({ value: null })).toEqual({ kind: "empty" });
    expect(readAmountCell(undefined)).toEqual({ kind: "empty" });
    expect(readAmountCell({ value: null, formula: "" })).toEqual({ kind: "empty" });
  });

  test("a value, with or without a formula, is read as readAmount reads it, in the column's unit", () => {
    expect(readAmountCell({ value: 12.9, formula: "SUM(G3:G4)" }, 1_000_000)).toEqual(
      amount(12_900_000)
    );
    expect(readAmountCell({ value: "12.900.000 đ" })).toEqual(amount(12_900_000));
    expect(readAmountCell({ value: "#REF" })).toMatchObject({ kind: "unreadable" });
  });
});
