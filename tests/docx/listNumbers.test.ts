import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { ListCounters } from "../../src/docx/listCounters";
import { ListInstance, ListLevel } from "../../src/docx/listDefinitions";
import { listNumberText } from "../../src/docx/listNumberText";

/** The value of a Roman numeral, read by the subtractive rule. */
function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]];
    total += value < (values[numeral[i + 1]] ?? 0) ? -value : value;
  }
  return total;
}

describe("listNumberText", () => {
  test("Roman numerals are canonical and worth the number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (value) => {
        const upper = listNumberText(value, "upperRoman");
        expect(upper).toMatch(/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/);
        expect(romanValue(upper)).toBe(value);
        expect(listNumberText(value, "lowerRoman")).toBe(upper.toLowerCase());
      })
    );
  });

  test("letters run a … z, then aa … zz, then aaa: one letter, repeated once more each round", () => {
    expect([1, 2, 26, 27, 28, 52, 53].map((value) => listNumberText(value, "lowerLetter"))).toEqual(
      ["a", "b", "z", "aa", "bb", "zz", "aaa"]
    );
    expect(listNumberText(30, "upperLetter")).toBe("DD");
  });

  test("decimal, two-digit decimal, none, and formats a plan has no use for as decimals", () => {
    expect(listNumberText(7, "decimal")).toBe("7");
    expect(listNumberText(7, "decimalZero")).toBe("07");
    expect(listNumberText(12, "decimalZero")).toBe("12");
    expect(listNumberText(7, "none")).toBe("");
    expect(listNumberText(3, "ordinalText")).toBe("3");
    expect(listNumberText(0, "lowerLetter")).toBe("0");
  });
});

describe("ListCounters", () => {
  const level = (text: string): ListLevel => ({ format: "decimal", text, start: 1, legal: false });
  const outline: ListInstance = {
    list: "0",
    level: (ilvl) => [level("%1."), level("%1.%2."), level("%1.%2.%3.")][ilvl],
    startOverride: () => undefined,
    levelOfStyle: () => undefined,
  };

  test("an outline of three levels is numbered 1., 1.1., 1.1.1. as it goes down and back up", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 40 }), (levels) => {
        const counters = new ListCounters();
        // The outline's numbers: a level counts up, the levels below start again, a level never used shows 1.
        const path: number[] = [];
        for (const ilvl of levels) {
          path[ilvl] = (path[ilvl] ?? 0) + 1;
          path.length = ilvl + 1;
          const expected = Array.from({ length: ilvl + 1 }, (_, i) => `${path[i] ?? 1}.`).join("");
          expect(counters.next("1", outline, ilvl)).toBe(expected);
        }
      })
    );
  });
});
