import { describe, expect, test } from "@jest/globals";
import { readSchedule } from "../../../src/domain/schedule/readSchedule";
import { expectDated, expectNone } from "./scheduleExpect";

/** The wordings other communes use, beyond the seeds; plan year 2025 unless a test says otherwise. */

const Y = 2025;

describe("deadlines", () => {
  test.each([
    ["Chậm nhất ngày 15/3/2025", "2025-03-15"],
    ["trước 15/3", "2025-03-15"],
    ["trước ngày 31/12", "2025-12-31"],
    ["Trước 15-3-2025", "2025-03-15"],
    ["Trước 15.3.2025", "2025-03-15"],
    ["Truoc 15/3/25", "2025-03-15"],
    ["TRƯỚC NGÀY 15/03/2025", "2025-03-15"],
    ["Hạn chót: 30/6", "2025-06-30"],
    ["Hoàn thành trước tháng 6/2025", "2025-05-31"],
    ["Trước quý III/2025", "2025-06-30"],
    ["Chậm nhất quý III/2025", "2025-09-30"],
    ["Đến hết năm 2025", "2025-12-31"],
  ])("%s is due %s", (text, due) => {
    expectDated(text, Y, [["deadline", "2025-01-01", due, due]]);
  });

  test("decomposed (NFD) text reads as composed", () => {
    expectDated("Trước ngày 15/3/2025".normalize("NFD"), Y, [
      ["deadline", "2025-01-01", "2025-03-15", "2025-03-15"],
    ]);
  });

  test("a day of several months: one deadline each", () => {
    expectDated("trước ngày 25 các tháng 2, 5, 8", Y, [
      ["deadline", "2025-01-01", "2025-02-25", "2025-02-25"],
      ["deadline", "2025-01-01", "2025-05-25", "2025-05-25"],
      ["deadline", "2025-01-01", "2025-08-25", "2025-08-25"],
    ]);
  });

  test("two deadlines sharing the year written last", () => {
    expectDated("Trước 30/6 và 31/12/2025", Y, [
      ["deadline", "2025-01-01", "2025-06-30", "2025-06-30"],
      ["deadline", "2025-01-01", "2025-12-31", "2025-12-31"],
    ]);
  });

  test("a deadline every month is recurring work", () => {
    expectDated("Trước ngày 25 hàng tháng", Y, [["recurring", "2025-01-01", "2025-12-31", null]]);
  });
});

describe("quarters, months, halves", () => {
  test.each([
    ["Quý I/2025", "2025-01-01", "2025-03-31"],
    ["quý III năm 2025", "2025-07-01", "2025-09-30"],
    ["Quý 2", "2025-04-01", "2025-06-30"],
    ["Quí IV", "2025-10-01", "2025-12-31"],
    ["QUY I/2025", "2025-01-01", "2025-03-31"],
    ["Quy III nam 2025", "2025-07-01", "2025-09-30"],
    ["q.1", "2025-01-01", "2025-03-31"],
    ["Q2/25", "2025-04-01", "2025-06-30"],
    ["Trong quý I", "2025-01-01", "2025-03-31"],
    ["cuối quý II/2025", "2025-04-01", "2025-06-30"],
  ])("%s is the quarter %s – %s", (text, from, to) => {
    expectDated(text, Y, [["quarter", from, to, to]]);
  });

  test("Quý I, II and Quý I, II năm 2025: one part each", () => {
    const parts = [
      ["quarter", "2025-01-01", "2025-03-31", "2025-03-31"],
      ["quarter", "2025-04-01", "2025-06-30", "2025-06-30"],
    ] as const;
    expectDated("Quý I, II", Y, parts);
    expectDated("Quý I, II năm 2025", Y, parts);
  });

  test.each([
    ["Tháng 12 năm 2025", "2025-12-01", "2025-12-31"],
    ["Tháng 10/2025", "2025-10-01", "2025-10-31"],
    ["tháng 2", "2025-02-01", "2025-02-28"],
    ["T3/2025", "2025-03-01", "2025-03-31"],
  ])("%s is the month %s – %s", (text, from, to) => {
    expectDated(text, Y, [["month", from, to, to]]);
  });

  test("Tháng 3, 6, 9, 12: four months", () => {
    expectDated("Tháng 3, 6, 9, 12", Y, [
      ["month", "2025-03-01", "2025-03-31", "2025-03-31"],
      ["month", "2025-06-01", "2025-06-30", "2025-06-30"],
      ["month", "2025-09-01", "2025-09-30", "2025-09-30"],
      ["month", "2025-12-01", "2025-12-31", "2025-12-31"],
    ]);
  });

  test.each([
    ["tháng 3-4/2025", "2025-03-01", "2025-04-30"],
    ["từ tháng 3 đến tháng 6", "2025-03-01", "2025-06-30"],
    ["Quý I - Quý II/2025", "2025-01-01", "2025-06-30"],
    ["từ 01/3/2025 đến 30/6/2025", "2025-03-01", "2025-06-30"],
    ["từ ngày 1/3 đến ngày 30/6/2025", "2025-03-01", "2025-06-30"],
    ["9 tháng đầu năm", "2025-01-01", "2025-09-30"],
    ["đầu năm", "2025-01-01", "2025-03-31"],
    ["giữa năm", "2025-06-01", "2025-07-31"],
    ["cuối năm", "2025-10-01", "2025-12-31"],
  ])("%s is the run %s – %s", (text, from, to) => {
    expectDated(text, Y, [["range", from, to, to]]);
  });

  test.each([
    ["6 tháng đầu năm", "2025-01-01", "2025-06-30"],
    ["6 tháng", "2025-01-01", "2025-06-30"],
    ["nửa đầu năm", "2025-01-01", "2025-06-30"],
    ["6 tháng cuối năm", "2025-07-01", "2025-12-31"],
    ["nửa cuối năm", "2025-07-01", "2025-12-31"],
  ])("%s is the half %s – %s", (text, from, to) => {
    expectDated(text, Y, [["half", from, to, to]]);
  });

  test("ngày 15 tháng 3 năm 2025 is a day", () => {
    expectDated("ngày 15 tháng 3 năm 2025", Y, [
      ["date", "2025-03-15", "2025-03-15", "2025-03-15"],
    ]);
  });

  test("several parts in one cell", () => {
    expectDated("Quý II/2025 ban hành kế hoạch; tháng 11 năm 2025 sơ kết", Y, [
      ["quarter", "2025-04-01", "2025-06-30", "2025-06-30"],
      ["month", "2025-11-01", "2025-11-30", "2025-11-30"],
    ]);
  });
});

describe("the whole year and recurring work", () => {
  test.each([
    "Trong năm 2025",
    "Năm 2025",
    "Thường xuyên trong năm",
    "Thuong xuyen trong nam",
    "Thường xuyên, liên tục",
    "cả năm",
    "2025",
  ])("%s is the year", (text) => {
    expectDated(text, Y, [["year", "2025-01-01", "2025-12-31", null]]);
  });

  test.each([
    "Hàng tháng",
    "hằng tháng",
    "Hang thang",
    "Hàng tuần",
    "Định kỳ hàng quý",
    "định kỳ 6 tháng",
    "định kỳ báo cáo kết quả",
    "02 lần/tháng",
    "mỗi quý một lần",
    "hàng năm",
    "Ngày 25 hàng tháng",
  ])("%s is recurring work", (text) => {
    expectDated(text, Y, [["recurring", "2025-01-01", "2025-12-31", null]]);
  });

  test("hàng năm after a time says it comes back each year: no part of its own", () => {
    expectDated("Trước ngày 20/10 hàng năm", Y, [
      ["deadline", "2025-01-01", "2025-10-20", "2025-10-20"],
    ]);
    expectDated("Quý I hàng năm", Y, [["quarter", "2025-01-01", "2025-03-31", "2025-03-31"]]);
  });
});

describe("years named", () => {
  test("a year before the plan's is read in that year, and is stale", () => {
    expectDated("Quý I/2024", Y, [["quarter", "2024-01-01", "2024-03-31", "2024-03-31"]]);
    const reading = readSchedule("Tháng 6/2024; trước 31/12/2024", Y);
    expect(reading.years).toEqual([2024]);
    expect(reading.staleYears).toEqual([2024]);
  });

  test("a year that goes on into the plan's is read in the plan's year, and is not stale", () => {
    expectDated("năm 2024 và những năm tiếp theo", Y, [["year", "2025-01-01", "2025-12-31", null]]);
    expectDated("Giai đoạn 2021 - 2025", Y, [["year", "2025-01-01", "2025-12-31", null]]);
    expect(readSchedule("Năm 2021-2025", Y)).toMatchObject({ years: [2021, 2025], staleYears: [] });
  });

  test("two-digit years are this century's", () => {
    expect(readSchedule("Trước 15/3/24", Y)).toMatchObject({ years: [2024], staleYears: [2024] });
  });

  test("a document's number and date are not the task's", () => {
    expectNone("Theo Kế hoạch số 12/KH-UBND ngày 5/1/2024 của UBND tỉnh");
  });
});

describe("cells that name no time", () => {
  test.each([
    "Khi có yêu cầu",
    "Theo kế hoạch của UBND tỉnh",
    "10 ngày sau khi nhận được PAKN",
    "Kịp thời",
    "Đột xuất",
    "   ",
  ])("%j", (text) => {
    expectNone(text);
  });
});

describe("cells that cannot be read", () => {
  test.each([
    ["Quý 5/2025", "Quý 5/2025"],
    ["Tháng 13/2025", "Tháng 13/2025"],
    ["Trước 31/4/2025", "Trước 31/4/2025"],
    ["Tuần 2", "Tuần 2"],
    ["Đang triển khai", "Đang triển khai"],
  ])("%s: unreadable, naming %s", (text, unread) => {
    expect(readSchedule(text, Y)).toMatchObject({
      kind: "unreadable",
      parts: [],
      unread: [unread],
    });
  });

  test("a cell with a time and words shaped like a time that name none is dated, and says what it could not read", () => {
    const reading = readSchedule("Quý II/2025; tháng 14", Y);
    expect(reading.kind).toBe("dated");
    expect(reading.unread).toEqual(["tháng 14"]);
  });
});
