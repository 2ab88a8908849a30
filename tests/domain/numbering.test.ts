import fc from "fast-check";
import { describe, expect, test } from "@jest/globals";
import { readNumber, type ItemNumber } from "../../src/domain/numbering";

const number = (item: ItemNumber) => ({ kind: "number", number: item });

describe("readNumber", () => {
  test.each<[string, number[], string]>([
    ["01/02/2025", [1, 2], "1.2"],
    ["02/10/2025", [2, 10], "2.10"],
    ["1/2/2024", [1, 2], "1.2"],
  ])(
    "a date cell %p, a number Excel turned into a date, is day.month: %p",
    (raw, parts, canonical) => {
      expect(readNumber(raw)).toEqual(number({ kind: "arabic", parts, canonical, flaw: "date" }));
    }
  );

  test("slashes that make no date are a separator flaw", () => {
    expect(readNumber("32/01/2025")).toEqual(
      number({ kind: "arabic", parts: [32, 1, 2025], canonical: "32.1.2025", flaw: "separator" })
    );
    expect(readNumber("1/2/3")).toEqual(
      number({ kind: "arabic", parts: [1, 2, 3], canonical: "1.2.3", flaw: "separator" })
    );
  });

  test.each<[string | number, number[], string]>([
    ["1", [1], "1"],
    ["12", [12], "12"],
    ["1.2", [1, 2], "1.2"],
    ["1.2.3", [1, 2, 3], "1.2.3"],
    ["1.", [1], "1"],
    ["1.2.", [1, 2], "1.2"],
    [" 3 ", [3], "3"],
    [1, [1], "1"],
    [10, [10], "10"],
  ])("arabic %p → %p, written %p", (raw, parts, canonical) => {
    expect(readNumber(raw)).toEqual(number({ kind: "arabic", parts, canonical }));
  });

  test.each<[string, number]>([
    ["I", 1],
    ["II", 2],
    ["III", 3],
    ["IV", 4],
    ["V", 5],
    ["VI", 6],
    ["VII", 7],
    ["VIII", 8],
    ["IX", 9],
    ["X", 10],
    ["XI", 11],
    ["XII", 12],
    ["XIII", 13],
    ["XIV", 14],
    ["XV", 15],
    ["XVI", 16],
    ["XVII", 17],
    ["XVIII", 18],
    ["XIX", 19],
    ["XX", 20],
  ])("roman %s → %d", (raw, value) => {
    expect(readNumber(raw)).toEqual(number({ kind: "roman", parts: [value], canonical: raw }));
  });

  test.each<[string, number, string]>([
    ["IIII", 4, "IV"],
    ["VIIII", 9, "IX"],
    ["VV", 10, "X"],
  ])("roman %s is %d but should be written %s", (raw, value, canonical) => {
    expect(readNumber(raw)).toEqual(
      number({ kind: "roman", parts: [value], canonical, flaw: "roman-form" })
    );
  });

  test.each<[string, number]>([
    ["a)", 1],
    ["b)", 2],
    ["c)", 3],
    ["d)", 4],
    ["đ)", 5],
    ["e)", 6],
    ["g)", 7],
    ["h)", 8],
    ["i)", 9],
    ["k)", 10],
    ["l)", 11],
    ["m)", 12],
    ["n)", 13],
    ["o)", 14],
    ["p)", 15],
    ["q)", 16],
    ["r)", 17],
    ["s)", 18],
    ["t)", 19],
    ["u)", 20],
    ["v)", 21],
    ["x)", 22],
    ["y)", 23],
  ])("letter %s is number %d of the Vietnamese alphabet", (raw, place) => {
    expect(readNumber(raw)).toEqual(number({ kind: "letter", parts: [place], canonical: raw }));
  });

  // A foreign letter stands where the Vietnamese letter after it would: f where g is (7), j where k is (10),
  // w where x is (22), and z after y (24).
  test.each<[string, number]>([
    ["f)", 7],
    ["j)", 10],
    ["w)", 22],
    ["z)", 24],
  ])("letter %s is outside the Vietnamese alphabet", (raw, place) => {
    expect(readNumber(raw)).toEqual(
      number({ kind: "letter", parts: [place], canonical: raw, flaw: "foreign-letter" })
    );
  });

  test("decomposed (NFD) input reads like composed input", () => {
    expect(readNumber("đ)".normalize("NFD"))).toEqual(readNumber("đ)"));
    expect(readNumber("1.2".normalize("NFD"))).toEqual(readNumber("1.2"));
  });

  test.each<[string, number[], string]>([
    ["2,2,1", [2, 2, 1], "2.2.1"],
    ["1,2", [1, 2], "1.2"],
    ["2 .2", [2, 2], "2.2"],
    ["1. 2", [1, 2], "1.2"],
  ])("%p is read as %p, though its separators are wrong", (raw, parts, canonical) => {
    expect(readNumber(raw)).toEqual(
      number({ kind: "arabic", parts, canonical, flaw: "separator" })
    );
  });

  test.each<[string | null]>([["-"], ["•"], [""], ["   "], [null]])("%p is no number", (raw) => {
    expect(readNumber(raw)).toEqual({ kind: "none" });
  });

  test.each(["1.a", "abc", "Tổng cộng"])("%p is unreadable", (text) => {
    expect(readNumber(text)).toEqual({ kind: "unreadable", text });
  });

  test("never throws on any string", () => {
    const numberish = fc
      .array(fc.constantFrom(..."0123456789.,;:/-_ ()IVXLCabcdđfwz•".split("")), { maxLength: 12 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          numberish
        ),
        (raw) => {
          const reading = readNumber(raw);
          expect(["none", "number", "unreadable"]).toContain(reading.kind);
        }
      ),
      { numRuns: 3000 }
    );
  });
});
