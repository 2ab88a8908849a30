import { describe, expect, test } from "@jest/globals";
import { PeriodRule } from "../../../src/domain/report/periods";
import { inSpan, planDays } from "../../../src/domain/tracking/planDays";

describe("planDays", () => {
  test("by the default periods: 15/12 of the year before to 31/12 of the plan's year", () => {
    expect(planDays(2025)).toEqual({ from: "2024-12-15", to: "2025-12-31" });
  });

  test("periods a province sets otherwise: from the earliest window's start", () => {
    const rules: PeriodRule[] = [
      {
        id: "year",
        name: "năm",
        from: { month: 11, day: 20, previousYear: true },
        to: { month: 11, day: 19 },
        due: { month: 11, day: 25 },
      },
    ];
    expect(planDays(2025, rules)).toEqual({ from: "2024-11-20", to: "2025-12-31" });
  });

  test("inSpan counts both ends", () => {
    const span = { from: "2024-12-15", to: "2025-12-31" };
    expect(inSpan("2024-12-15", span)).toBe(true);
    expect(inSpan("2025-12-31", span)).toBe(true);
    expect(inSpan("2024-12-14", span)).toBe(false);
    expect(inSpan("2026-01-01", span)).toBe(false);
  });
});
