import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import {
  dateFromIso,
  dateFromSerial,
  isBuiltInDateFormat,
  isDateFormat,
  serialOfDay,
} from "../../src/domain/excelDates";

describe("isDateFormat", () => {
  it("tells date formats from the others", () => {
    for (const format of ["dd/mm/yyyy", "m/d/yy", "mmm-yy", "[$-42A]dd/mm/yyyy"])
      expect(isDateFormat(format)).toBe(true);
    for (const format of [
      "General",
      "@",
      "#,##0",
      '#,##0 "đ"',
      "0.00%",
      "h:mm",
      "[Red]#,##0",
      "_(* #,##0_)",
    ])
      expect(isDateFormat(format)).toBe(false);
  });

  it("reads the first section only, left to right", () => {
    expect(isDateFormat('#,##0;"ngày" d')).toBe(false);
    expect(isDateFormat("mm:ss;dd/mm/yyyy")).toBe(false);
    expect(isDateFormat('\\"d\\"')).toBe(true);
  });

  it("knows Excel's built-in date and time formats by id", () => {
    expect([13, 14, 22, 23, 44, 45, 47, 48].map(isBuiltInDateFormat)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});

describe("dateFromSerial", () => {
  it("counts from 1900 with Excel's 29 February 1900", () => {
    expect(dateFromSerial(1)).toBe("01/01/1900");
    expect(dateFromSerial(59)).toBe("28/02/1900");
    expect(dateFromSerial(60)).toBe("29/02/1900");
    expect(dateFromSerial(61)).toBe("01/03/1900");
    expect(dateFromSerial(43840.75)).toBe("10/01/2020");
  });

  it("counts from 1904 in the 1904 date system", () => {
    expect(dateFromSerial(0, true)).toBe("01/01/1904");
    expect(dateFromSerial(42378, true)).toBe("10/01/2020");
  });

  it("keeps numbers that are no day", () => {
    expect(dateFromSerial(0.5)).toBe(0.5);
    expect(dateFromSerial(-1)).toBe(-1);
    expect(dateFromSerial(2_958_465)).toBe("31/12/9999");
    expect(dateFromSerial(2_958_466)).toBe(2_958_466);
  });
});

describe("dateFromIso", () => {
  it("writes an ISO date as dd/mm/yyyy and leaves other text", () => {
    expect(dateFromIso("2020-01-10T00:00:00Z")).toBe("10/01/2020");
    expect(dateFromIso("2020-01-10")).toBe("10/01/2020");
    expect(dateFromIso("2020-13-10")).toBe("2020-13-10");
    expect(dateFromIso("10/01/2020")).toBe("10/01/2020");
  });
});

describe("serialOfDay", () => {
  it("gives the serials Excel shows for days it is known by", () => {
    // Excel: 1/3/1900 is 61, 1/1/2024 is 45292, 29/2/2024 is 45351, 31/12/9999 is 2958465.
    expect(serialOfDay("1900-03-01")).toBe(61);
    expect(serialOfDay("2024-01-01")).toBe(45292);
    expect(serialOfDay("2024-02-29")).toBe(45351);
    expect(serialOfDay("9999-12-31")).toBe(2958465);
  });

  it("counts every day as the days between it and 30/12/1899, leap years and centuries included", () => {
    const start = Date.UTC(1899, 11, 30);
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(serialOfDay(date)).toBe(
            Math.round((Date.UTC(year, month - 1, day) - start) / 86_400_000)
          );
        }
      ),
      { numRuns: 5000 }
    );
  });
});
