import { describe, expect, test } from "@jest/globals";
import { percentText } from "../../../src/domain/report/percentText";

describe("percentText", () => {
  test("one decimal after a comma, rounded; whole shares without one", () => {
    expect(percentText(1_100_000, 1_500_000)).toBe("73,3%");
    expect(percentText(1, 3)).toBe("33,3%");
    expect(percentText(2, 3)).toBe("66,7%");
    expect(percentText(500_000, 800_000)).toBe("62,5%");
    expect(percentText(3, 3)).toBe("100%");
    expect(percentText(0, 7)).toBe("0%");
  });
});
