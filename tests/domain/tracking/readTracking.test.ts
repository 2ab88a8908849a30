import { describe, expect, test } from "@jest/globals";
import { readCompleted, readProgress } from "../../../src/domain/tracking/readTracking";

describe("readProgress", () => {
  test.each([
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["hoan thanh", "done"],
    ["ĐÃ HOÀN THÀNH.", "done"],
    ["Xong", "done"],
    ["HT", "done"],
    ["100%", "done"],
    ["Đang thực hiện", "in-progress"],
    ["đang triển khai", "in-progress"],
    ["Dang thuc hien", "in-progress"],
    ["Chưa hoàn thành", "in-progress"],
    ["50%", "in-progress"],
    ["Chưa thực hiện", "not-started"],
    ["Chưa", "not-started"],
    ["chưa triển khai", "not-started"],
    ["Chua trien khai", "not-started"],
    ["0%", "not-started"],
  ])("%s is %s", (text, progress) => {
    expect(readProgress(text)).toBe(progress);
  });

  test.each(["", "Tốt", "Hủy", "Hoãn lại"])("%j says no progress", (text) => {
    expect(readProgress(text)).toBeNull();
  });

  test("a decomposed (NFD) text reads as the composed one", () => {
    expect(readProgress("Đã hoàn thành".normalize("NFD"))).toBe("done");
  });
});

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
