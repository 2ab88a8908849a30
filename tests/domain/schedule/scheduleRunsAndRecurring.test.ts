import { describe, expect, test } from "@jest/globals";
import { readSchedule } from "../../../src/domain/schedule/readSchedule";
import { expectDated } from "./scheduleExpect";

/** Wordings a review found misread: runs of time, recurring work counted in times, clauses on lines. */

const Y = 2025;

describe("recurring work with a number of times", () => {
  test.each(["Mỗi tháng 1 lần", "Hàng tháng 01 lần", "Mỗi tháng 01 lần", "Mỗi quý 1 lần"])(
    "%s is recurring work, not the first month or quarter",
    (text) => {
      expectDated(text, Y, [["recurring", "2025-01-01", "2025-12-31", null]]);
    }
  );
});

describe("clauses on lines of their own", () => {
  test("Quý II, then on the next line a deadline: two times", () => {
    expectDated("Quý II\nTrước 30/9", Y, [
      ["quarter", "2025-04-01", "2025-06-30", "2025-06-30"],
      ["deadline", "2025-01-01", "2025-09-30", "2025-09-30"],
    ]);
  });

  test("a Windows line break too", () => {
    expectDated("Quý II\r\nTrước 30/9", Y, [
      ["quarter", "2025-04-01", "2025-06-30", "2025-06-30"],
      ["deadline", "2025-01-01", "2025-09-30", "2025-09-30"],
    ]);
  });

  test("the part quotes its own line", () => {
    expect(readSchedule("Quý II\nTrước 30/9", Y).parts.map((part) => part.text)).toEqual([
      "Quý II",
      "Trước 30/9",
    ]);
  });
});

describe("the parts of the year", () => {
  test("cuối năm is the last quarter, as đầu năm is the first", () => {
    expectDated("cuối năm", Y, [["range", "2025-10-01", "2025-12-31", "2025-12-31"]]);
    expectDated("Cuối năm 2025", Y, [["range", "2025-10-01", "2025-12-31", "2025-12-31"]]);
  });

  test("nửa cuối năm and 6 tháng cuối năm stay the second half", () => {
    expectDated("Nửa cuối năm", Y, [["half", "2025-07-01", "2025-12-31", "2025-12-31"]]);
    expectDated("6 tháng cuối năm", Y, [["half", "2025-07-01", "2025-12-31", "2025-12-31"]]);
  });
});

describe("runs and lists of years", () => {
  test.each(["Trong năm 2025 - 2026", "Năm 2025, 2026", "Năm 2025 và 2026", "năm 2025 đến năm 2026"])(
    "%s in a 2026 plan: the year 2026, not stale",
    (text) => {
      expectDated(text, 2026, [["year", "2026-01-01", "2026-12-31", null]]);
      expect(readSchedule(text, 2026)).toMatchObject({ years: [2025, 2026], staleYears: [] });
    }
  );

  test("Trong năm 2024 - 2025 in a 2026 plan is stale", () => {
    expect(readSchedule("Trong năm 2024 - 2025", 2026).staleYears).toEqual([2024]);
  });
});
