import { describe, expect, test } from "@jest/globals";
import { readCompleted } from "../../../src/domain/tracking/readTracking";

describe("readCompleted", () => {
  test("a date cell both readers give as dd/mm/yyyy", () => {
    expect(readCompleted({ value: "15/03/2024" })).toBe("2024-03-15");
  });

  test("dates typed as text, with one digit or dashes", () => {
    expect(readCompleted({ value: "15/3/2024" })).toBe("2024-03-15");
    expect(readCompleted({ value: "15-03-2024" })).toBe("2024-03-15");
    expect(readCompleted({ value: "5.1.2024" })).toBe("2024-01-05");
  });

  // 45366 days after 30/12/1899 (Excel's day 1 is 01/01/1900, with its 29/02/1900) is 15/03/2024.
  test("a bare number is a date serial (a date typed in a cell formatted General)", () => {
    expect(readCompleted({ value: 45366 })).toBe("2024-03-15");
    expect(readCompleted({ value: 43831 })).toBe("2020-01-01");
  });

  test("a number that is no plausible day, a day that does not exist, or words: no day", () => {
    expect(readCompleted({ value: 2024 })).toBeNull();
    expect(readCompleted({ value: 1_500_000 })).toBeNull();
    expect(readCompleted({ value: "31/04/2024" })).toBeNull();
    expect(readCompleted({ value: "tháng 3" })).toBeNull();
    expect(readCompleted({ value: true })).toBeNull();
    expect(readCompleted({ value: null })).toBeNull();
    expect(readCompleted(undefined)).toBeNull();
  });
});
