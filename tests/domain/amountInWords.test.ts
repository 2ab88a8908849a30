import fc from "fast-check";
import { describe, expect, test } from "@jest/globals";
import { amountInWords, type Dialect } from "../../src/domain/amountInWords";

describe("amountInWords", () => {
  test.each<[number, string]>([
    [0, "Không đồng"],
    [4, "Bốn đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"],
    [14, "Mười bốn đồng"],
    [15, "Mười lăm đồng"],
    [20, "Hai mươi đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [25, "Hai mươi lăm đồng"],
    [101, "Một trăm linh một đồng"],
    [104, "Một trăm linh tư đồng"],
    [105, "Một trăm linh năm đồng"],
    [110, "Một trăm mười đồng"],
    [1_000, "Một nghìn đồng"],
    [4_000, "Bốn nghìn đồng"],
    [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
    [1_000_005, "Một triệu không trăm linh năm đồng"],
    [2_000_500, "Hai triệu năm trăm đồng"],
    [1_050_000, "Một triệu không trăm năm mươi nghìn đồng"],
    [34_900_000, "Ba mươi tư triệu chín trăm nghìn đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [5_000_000_001, "Năm tỷ không trăm linh một đồng"],
    [1_000_000_000_000, "Một nghìn tỷ đồng"],
    [1_001_000_000_000, "Một nghìn không trăm linh một tỷ đồng"],
    [
      Number.MAX_SAFE_INTEGER, // 9.007.199.254.740.991
      "Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ " +
        "hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng",
    ],
  ])("north: %d → %s", (amount, expected) => {
    expect(amountInWords(amount, "north")).toBe(expected);
  });

  test.each<[number, string]>([
    [0, "Không đồng"],
    [4, "Bốn đồng"],
    [10, "Mười đồng"],
    [11, "Mười một đồng"],
    [14, "Mười bốn đồng"],
    [15, "Mười lăm đồng"],
    [20, "Hai mươi đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi bốn đồng"],
    [25, "Hai mươi lăm đồng"],
    [101, "Một trăm lẻ một đồng"],
    [104, "Một trăm lẻ bốn đồng"],
    [105, "Một trăm lẻ năm đồng"],
    [110, "Một trăm mười đồng"],
    [1_000, "Một ngàn đồng"],
    [4_000, "Bốn ngàn đồng"],
    [1_005_000, "Một triệu không trăm lẻ năm ngàn đồng"],
    [1_000_005, "Một triệu không trăm lẻ năm đồng"],
    [2_000_500, "Hai triệu năm trăm đồng"],
    [1_050_000, "Một triệu không trăm năm mươi ngàn đồng"],
    [34_900_000, "Ba mươi bốn triệu chín trăm ngàn đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [5_000_000_001, "Năm tỷ không trăm lẻ một đồng"],
    [1_000_000_000_000, "Một ngàn tỷ đồng"],
    [1_001_000_000_000, "Một ngàn không trăm lẻ một tỷ đồng"],
    [
      Number.MAX_SAFE_INTEGER,
      "Chín triệu không trăm lẻ bảy ngàn một trăm chín mươi chín tỷ " +
        "hai trăm năm mươi bốn triệu bảy trăm bốn mươi ngàn chín trăm chín mươi mốt đồng",
    ],
  ])("south: %d → %s", (amount, expected) => {
    expect(amountInWords(amount, "south")).toBe(expected);
  });

  test("reads the northern style by default", () => {
    expect(amountInWords(104)).toBe("Một trăm linh tư đồng");
    expect(amountInWords(34_900_000)).toBe("Ba mươi tư triệu chín trăm nghìn đồng");
  });

  test.each([-1, 1.5, -0.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1])(
    "rejects %p with a RangeError in Vietnamese",
    (amount) => {
      expect(() => amountInWords(amount)).toThrow(RangeError);
      expect(() => amountInWords(amount, "south")).toThrow(/^Số tiền phải là số nguyên không âm/);
    }
  );

  test("well-formed words for any safe integer", () => {
    // Digits drawn from 0, 1, 4, 5 hit the linh/lẻ, mốt, tư and lăm cases far more often.
    const zeroHeavy = fc
      .array(fc.constantFrom(0, 0, 1, 4, 5, 9), { minLength: 1, maxLength: 15 })
      .map((digits) => Number(digits.join("")));
    const dialect = fc.constantFrom<Dialect>("north", "south");
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), zeroHeavy), dialect, (amount, dialect) => {
        const words = amountInWords(amount, dialect);
        expect(words).not.toContain("  ");
        expect(words.charAt(0)).toBe(words.charAt(0).toUpperCase());
        expect(words.charAt(0)).not.toBe(words.charAt(0).toLowerCase());
        expect(words.endsWith(" đồng")).toBe(true);
        expect(words).not.toContain("mươi một");
        expect(words).not.toContain("mươi năm");
        expect(words).not.toContain("mười năm");
        if (dialect === "south") expect(words.split(" ")).not.toContain("tư");
      }),
      { numRuns: 2000 }
    );
  });
});
