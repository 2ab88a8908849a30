import { describe, expect, test } from "@jest/globals";
import { readSchedule } from "../../../src/domain/schedule/readSchedule";
import { expectDated, expectNone } from "./scheduleExpect";

/**
 * Every distinct "Thời gian thực hiện" cell of the seeds: seed 003's appendix (plan year 2020; the rows
 * split at a page break joined with a space, as the reader joins them) and seed 001's plan text (2023).
 * The meanings are written from the words, by hand.
 */

const Y = 2020;

describe("seed 003 (plan year 2020): dated cells", () => {
  test("Trước 10/01/2020: a deadline from the start of the year", () => {
    expectDated("Trước 10/01/2020", Y, [["deadline", "2020-01-01", "2020-01-10", "2020-01-10"]]);
  });

  test("Trước 30/9/2020 and Trước 30/01/2020", () => {
    expectDated("Trước 30/9/2020", Y, [["deadline", "2020-01-01", "2020-09-30", "2020-09-30"]]);
    expectDated("Trước 30/01/2020", Y, [["deadline", "2020-01-01", "2020-01-30", "2020-01-30"]]);
  });

  test("the periodic reports: quarter names label the deadlines 25/2, 25/5, 25/8, then two more deadlines", () => {
    const text =
      "Quý I, 6 tháng, quý III trước ngày 25 các tháng 2, 5, 8; báo cáo năm lần 01 trước ngày 20/10/2020; báo cáo lần 02 trước ngày 15/11/2020";
    expectDated(text, Y, [
      ["deadline", "2020-01-01", "2020-02-25", "2020-02-25"],
      ["deadline", "2020-01-01", "2020-05-25", "2020-05-25"],
      ["deadline", "2020-01-01", "2020-08-25", "2020-08-25"],
      ["deadline", "2020-01-01", "2020-10-20", "2020-10-20"],
      ["deadline", "2020-01-01", "2020-11-15", "2020-11-15"],
    ]);
    const reading = readSchedule(text, Y);
    expect(reading.parts[0].text).toBe("Quý I, 6 tháng, quý III trước ngày 25 các tháng 2, 5, 8");
    expect(reading.years).toEqual([2020]);
  });

  test("the same reports with the yearly one due 20/10 each year", () => {
    expectDated(
      "Quý I, 6 tháng, quý III trước ngày 25 các tháng 2, 5, 8, năm lần 01 trước ngày 20/10 hàng năm; báo cáo lần 02 trước ngày 15/11/2020",
      Y,
      [
        ["deadline", "2020-01-01", "2020-02-25", "2020-02-25"],
        ["deadline", "2020-01-01", "2020-05-25", "2020-05-25"],
        ["deadline", "2020-01-01", "2020-08-25", "2020-08-25"],
        ["deadline", "2020-01-01", "2020-10-20", "2020-10-20"],
        ["deadline", "2020-01-01", "2020-11-15", "2020-11-15"],
      ]
    );
  });

  test("Quý I, 6 tháng, quý III và năm 2020: four periods", () => {
    expectDated("Quý I, 6 tháng, quý III và năm 2020", Y, [
      ["quarter", "2020-01-01", "2020-03-31", "2020-03-31"],
      ["half", "2020-01-01", "2020-06-30", "2020-06-30"],
      ["quarter", "2020-07-01", "2020-09-30", "2020-09-30"],
      ["year", "2020-01-01", "2020-12-31", null],
    ]);
  });

  test("the inspection plan, joined across the page break: two deadlines, the event after them not a time", () => {
    const joined =
      "- Ban hành Kế hoạch trước 28/02/2020; - Thời gian kiểm tra trước 15/8/2020; - Ban hành báo cáo hoặc thông báo kết luận sau kiểm tra chậm nhất là 01 tuần.";
    const parts = [
      ["deadline", "2020-01-01", "2020-02-28", "2020-02-28"],
      ["deadline", "2020-01-01", "2020-08-15", "2020-08-15"],
    ] as const;
    expectDated(joined, Y, parts);
  });

  test("Thường xuyên trong năm, Thường xuyên: the whole year", () => {
    expectDated("Thường xuyên trong năm", Y, [["year", "2020-01-01", "2020-12-31", null]]);
    expectDated("Thường xuyên", Y, [["year", "2020-01-01", "2020-12-31", null]]);
  });

  test("Hàng tháng, 02 lần/tháng: recurring work over the year", () => {
    expectDated("Hàng tháng", Y, [["recurring", "2020-01-01", "2020-12-31", null]]);
    expectDated("02 lần/tháng", Y, [["recurring", "2020-01-01", "2020-12-31", null]]);
  });

  // "cuối năm" is the last quarter, as "đầu năm" is the first: read as the second half, the task was
  // counted in the third quarter's report too.
  test("Hàng quý và cuối năm: recurring, and the last quarter", () => {
    expectDated("Hàng quý và cuối năm", Y, [
      ["recurring", "2020-01-01", "2020-12-31", null],
      ["range", "2020-10-01", "2020-12-31", "2020-12-31"],
    ]);
  });
});

describe("seed 003: cells that name no time", () => {
  test.each([
    "Khi có yêu cầu",
    "Khi có yêu cầu của cấp trên",
    "01 tháng sau kiểm tra",
    "10 ngày sau khi nhận được PA,KN",
    "Theo Kế hoạch theo dõi tình hình THPL",
    "Sau khi phát hiện có sai phạm",
    "Sau khi có kết quả rà soát văn bản QPPL phát hiện có sai phạm",
    "Sau khi văn bản có hiệu lực",
    "Khi có phát sinh hồ sơ",
    "Khi có hồ sơ trễ hẹn",
    "Khi có hồ sơ phát sinh",
    "Khi có PAKN",
    "Khi cấp trên tổ chức",
    "Khi có kiến nghị sau thành tra, kiểm tra, kiểm toán về tài chính, ngân sách",
    "Khi có thay đổi",
    "",
  ])("%j", (text) => {
    expectNone(text, Y);
  });
});

describe("seed 001 (plan year 2023)", () => {
  test("Quý I/2023 và những năm tiếp theo.", () => {
    expectDated("Quý I/2023 và những năm tiếp theo.", 2023, [
      ["quarter", "2023-01-01", "2023-03-31", "2023-03-31"],
    ]);
  });

  test("Quý II/2023 và những năm tiếp theo.", () => {
    expectDated("Quý II/2023 và những năm tiếp theo.", 2023, [
      ["quarter", "2023-04-01", "2023-06-30", "2023-06-30"],
    ]);
  });

  test("thường xuyên trong năm 2023 và những năm tiếp theo.", () => {
    expectDated("thường xuyên trong năm 2023 và những năm tiếp theo.", 2023, [
      ["year", "2023-01-01", "2023-12-31", null],
    ]);
  });

  test("read in the next year's plan, they go on into it and are not stale", () => {
    expectDated("Quý I/2023 và những năm tiếp theo.", 2024, [
      ["quarter", "2024-01-01", "2024-03-31", "2024-03-31"],
    ]);
    const reading = readSchedule("thường xuyên trong năm 2023 và những năm tiếp theo.", 2024);
    expect(reading.years).toEqual([2023]);
    expect(reading.staleYears).toEqual([]);
    expect(reading.parts[0]).toMatchObject({
      text: "thường xuyên trong năm 2023 và những năm tiếp theo",
      namedYear: 2023,
      continues: true,
    });
  });
});
