import { describe, expect, test } from "@jest/globals";
import {
  daysInMonth,
  endOfMonth,
  isoDate,
  overlaps,
  readDay,
  shownDate,
  today,
} from "../../src/domain/calendar";

describe("calendar days", () => {
  test("February has 29 days in leap years only: 2024 and 2000, not 2023 or 1900", () => {
    expect([2024, 2000, 2023, 1900].map((year) => daysInMonth(year, 2))).toEqual([29, 29, 28, 28]);
    expect([1, 4, 12].map((month) => daysInMonth(2023, month))).toEqual([31, 30, 31]);
    expect(endOfMonth(2024, 2)).toBe("2024-02-29");
  });

  test("isoDate refuses days that do not exist", () => {
    expect(isoDate(2024, 3, 14)).toBe("2024-03-14");
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 4, 31)).toBeNull();
    expect(isoDate(2024, 13, 1)).toBeNull();
    expect(isoDate(2024, 1, 0)).toBeNull();
  });

  test("readDay: as cells hold a day", () => {
    expect(readDay("14/3/2024")).toBe("2024-03-14");
    expect(readDay(" 05-02-2024 ")).toBe("2024-02-05");
    expect(readDay("05.02.2024")).toBe("2024-02-05");
    expect(readDay("2024-03-14")).toBe("2024-03-14");
    expect(readDay("2024-03-14T00:00:00Z")).toBe("2024-03-14");
    expect(readDay("31/4/2024")).toBeNull();
    expect(readDay("14/3")).toBeNull();
    expect(readDay("hôm qua")).toBeNull();
  });

  test("spans meet when they share a day, ends included", () => {
    const q1 = { from: "2023-12-15", to: "2024-03-14" };
    expect(overlaps({ from: "2024-03-14", to: "2024-03-31" }, q1)).toBe(true);
    expect(overlaps({ from: "2024-03-15", to: "2024-03-31" }, q1)).toBe(false);
    expect(overlaps({ from: "2023-01-01", to: "2023-12-14" }, q1)).toBe(false);
  });

  test("shown as Vietnamese write it; today as the machine's day", () => {
    expect(shownDate("2024-03-05")).toBe("05/03/2024");
    expect(today(new Date(2024, 2, 5, 23, 59))).toBe("2024-03-05");
  });
});
