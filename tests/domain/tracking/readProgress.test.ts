import { describe, expect, test } from "@jest/globals";
import { readProgress, readProgressCell } from "../../../src/domain/tracking/readProgress";

describe("readProgress", () => {
  test.each([
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["hoan thanh", "done"],
    ["ĐÃ HOÀN THÀNH.", "done"],
    ["Xong", "done"],
    ["HT", "done"],
    ["100%", "done"],
    ["Hoàn thành 100%", "done"],
    ["Đang thực hiện", "in-progress"],
    ["đang triển khai", "in-progress"],
    ["Dang thuc hien", "in-progress"],
    ["50%", "in-progress"],
    ["12,5 %", "in-progress"],
    ["Chưa thực hiện", "not-started"],
    ["Chưa", "not-started"],
    ["chưa triển khai", "not-started"],
    ["Chua trien khai", "not-started"],
    ["0%", "not-started"],
  ])("%s is %s", (text, progress) => {
    expect(readProgress(text)).toBe(progress);
  });

  // Part of the work done is work begun and not finished, whatever word comes first.
  test.each([
    "Hoàn thành một phần",
    "Đã thực hiện một phần",
    "HT 1 phần",
    "Hoàn thành 50%",
    "Đã hoàn thành 80%",
    "Đạt 30%",
  ])("%s is in progress, not done", (text) => {
    expect(readProgress(text)).toBe("in-progress");
  });

  // "Chưa hoàn thành" and its abbreviation say the same: begun, not finished (not "chưa thực hiện").
  test.each(["Chưa hoàn thành", "Chưa HT", "chưa xong", "Chưa hoàn tất"])(
    "%s is in progress",
    (text) => {
      expect(readProgress(text)).toBe("in-progress");
    }
  );

  test.each(["", "Tốt", "Hủy", "Hoãn lại", "150%", "Giảm 20%"])("%j says no progress", (text) => {
    expect(readProgress(text)).toBeNull();
  });

  test("a decomposed (NFD) text reads as the composed one", () => {
    expect(readProgress("Đã hoàn thành".normalize("NFD"))).toBe("done");
  });

  test("a text read twice reads the same (the second from memory)", () => {
    expect(readProgress("Hoàn thành một phần")).toBe("in-progress");
    expect(readProgress("Hoàn thành một phần")).toBe("in-progress");
  });
});

describe("readProgressCell", () => {
  // A "Tiến độ (%)" column formatted as percentages: Excel keeps 50% as 0.5.
  test.each([
    [1, "done"],
    [0.5, "in-progress"],
    [0.05, "in-progress"],
    [0, "not-started"],
  ])("the share %d is %s", (value, progress) => {
    expect(readProgressCell({ value })).toBe(progress);
  });

  test("a number above 1 up to 100 is a percentage typed in a General cell", () => {
    expect(readProgressCell({ value: 100 })).toBe("done");
    expect(readProgressCell({ value: 50 })).toBe("in-progress");
  });

  test("a negative number or one above 100 says no progress", () => {
    expect(readProgressCell({ value: -0.5 })).toBeNull();
    expect(readProgressCell({ value: 150 })).toBeNull();
  });

  test("text as readProgress reads it; blank says none", () => {
    expect(readProgressCell({ value: "Chưa HT" })).toBe("in-progress");
    expect(readProgressCell({ value: "75%" })).toBe("in-progress");
    expect(readProgressCell({ value: null })).toBeNull();
    expect(readProgressCell(undefined)).toBeNull();
  });
});
