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
  test.each([
    "Trong năm 2025 - 2026",
    "Năm 2025, 2026",
    "Năm 2025 và 2026",
    "năm 2025 đến năm 2026",
  ])("%s in a 2026 plan: the year 2026, not stale", (text) => {
    expectDated(text, 2026, [["year", "2026-01-01", "2026-12-31", null]]);
    expect(readSchedule(text, 2026)).toMatchObject({ years: [2025, 2026], staleYears: [] });
  });

  test("Trong năm 2024 - 2025 in a 2026 plan is stale", () => {
    expect(readSchedule("Trong năm 2024 - 2025", 2026).staleYears).toEqual([2024]);
  });
});

describe("runs from one time to another", () => {
  test.each([
    ["Từ tháng 3/2025 đến tháng 6/2025", "2025-03-01", "2025-06-30"],
    ["Từ quý II đến cuối năm", "2025-04-01", "2025-12-31"],
    ["Từ tháng 3 đến hết năm", "2025-03-01", "2025-12-31"],
    ["Tháng 11/2025 đến tháng 01/2026", "2025-11-01", "2026-01-31"],
    ["Từ 15/12 đến 14/3/2025", "2024-12-15", "2025-03-14"],
    ["Từ 15/12/2024 đến 14/3", "2024-12-15", "2025-03-14"],
    ["Tháng 12/2025 - 02/2026", "2025-12-01", "2026-02-28"],
    ["2-3/2025", "2025-02-01", "2025-03-31"],
  ])("%s runs %s – %s, due on its last day", (text, from, to) => {
    expectDated(text, Y, [["range", from, to, to]]);
  });

  test("a run that goes on into the plan's year is not stale", () => {
    expectDated("Quý IV/2025 - Quý I/2026", 2026, [
      ["range", "2025-10-01", "2026-03-31", "2026-03-31"],
    ]);
    expect(readSchedule("Quý IV/2025 - Quý I/2026", 2026).staleYears).toEqual([]);
    expect(readSchedule("Tháng 11/2025 đến tháng 01/2026", 2026).staleYears).toEqual([]);
  });

  test("a quarter due by a day in it keeps the quarter's days", () => {
    expectDated("Quý II/2025 hoàn thành trước 30/6/2025", Y, [
      ["quarter", "2025-04-01", "2025-06-30", "2025-06-30"],
    ]);
  });

  test("two quarters before one day are times of their own, not names of what is due", () => {
    expectDated("Quý I, II trước ngày 25/4", Y, [
      ["quarter", "2025-01-01", "2025-03-31", "2025-03-31"],
      ["quarter", "2025-04-01", "2025-06-30", "2025-06-30"],
      ["deadline", "2025-01-01", "2025-04-25", "2025-04-25"],
    ]);
  });
});

describe("runs to the year's end", () => {
  test.each([
    ["Từ quý II/2025 trở đi", "2025-04-01"],
    ["Từ ngày 01/01/2025", "2025-01-01"],
    ["Bắt đầu từ tháng 9", "2025-09-01"],
  ])("%s runs from %s to 31/12, nothing due", (text, from) => {
    expectDated(text, Y, [["range", from, "2025-12-31", null]]);
  });

  test("Từ quý II/2025 trở đi goes on: in a 2026 plan, the whole year", () => {
    expectDated("Từ quý II/2025 trở đi", 2026, [["range", "2026-01-01", "2026-12-31", null]]);
    expect(readSchedule("Từ quý II/2025 trở đi", 2026).staleYears).toEqual([]);
  });

  test.each(["Đến hết năm", "đến hết 2025", "Hết năm"])("%s is due on 31/12", (text) => {
    expectDated(text, Y, [["deadline", "2025-01-01", "2025-12-31", "2025-12-31"]]);
  });
});

test("Từ 15/12/2024 đến 14/3 goes on into 2025: not stale in a 2025 plan", () => {
  expect(readSchedule("Từ 15/12/2024 đến 14/3", Y).staleYears).toEqual([]);
});

describe("the year after the plan's", () => {
  test("Trước ngày 15/01 năm sau in a 2025 plan is due 15/01/2026", () => {
    expectDated("Trước ngày 15/01 năm sau", Y, [
      ["deadline", "2026-01-01", "2026-01-15", "2026-01-15"],
    ]);
    expect(readSchedule("Trước ngày 15/01 năm sau", Y).parts[0].text).toBe(
      "Trước ngày 15/01 năm sau"
    );
  });

  test("Quý I năm tới in a 2025 plan is the first quarter of 2026", () => {
    expectDated("Quý I năm tới", Y, [["quarter", "2026-01-01", "2026-03-31", "2026-03-31"]]);
  });
});
