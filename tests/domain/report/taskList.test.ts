import { describe, expect, test } from "@jest/globals";
import { DaySpan } from "../../../src/domain/calendar";
import { DEFAULT_PERIODS, periodOfYear } from "../../../src/domain/report/periods";
import { deadlineOf, listOf } from "../../../src/domain/report/taskList";
import { readSchedule } from "../../../src/domain/schedule/readSchedule";
import { ScheduleReading, SchedulePart } from "../../../src/domain/schedule/schedule";

const windowOf = (id: string, year = 2024): DaySpan =>
  periodOfYear(
    DEFAULT_PERIODS.find((rule) => rule.id === id)!,
    year
  ).window;

const part = (from: string, to: string, due: string | null = to): SchedulePart => ({
  text: "",
  form: due === null ? "year" : "range",
  span: { from, to },
  due,
});
const dated = (...parts: SchedulePart[]): ScheduleReading => ({ kind: "dated", parts, years: [] });

describe("the windows of the default periods", () => {
  test("as DESIGN.md gives them, the previous year's 15/12 included", () => {
    expect(windowOf("q1")).toEqual({ from: "2023-12-15", to: "2024-03-14" });
    expect(windowOf("h1")).toEqual({ from: "2023-12-15", to: "2024-06-14" });
    expect(windowOf("q3")).toEqual({ from: "2024-06-15", to: "2024-09-14" });
    expect(windowOf("9m")).toEqual({ from: "2023-12-15", to: "2024-09-14" });
    expect(windowOf("year")).toEqual({ from: "2023-12-15", to: "2024-12-14" });
  });
});

describe("listOf: which list of a period's report a schedule puts its task in", () => {
  test("a span ending on the window's last day is in; one starting the day after is outside", () => {
    expect(listOf(dated(part("2024-01-01", "2024-03-14")), windowOf("q1"))).toBe("period");
    expect(listOf(dated(part("2024-03-15", "2024-03-31")), windowOf("q1"))).toBe("outside");
  });

  test("15/12 of the previous year belongs to Quý I, 14/12 of it does not", () => {
    expect(listOf(dated(part("2023-12-01", "2023-12-15")), windowOf("q1"))).toBe("period");
    expect(listOf(dated(part("2023-12-01", "2023-12-14")), windowOf("q1"))).toBe("outside");
  });

  test("the year's report ends on 14/12: work from 15/12 on is outside it", () => {
    expect(listOf(dated(part("2024-12-01", "2024-12-14")), windowOf("year"))).toBe("period");
    expect(listOf(dated(part("2024-12-15", "2024-12-31")), windowOf("year"))).toBe("outside");
  });

  test("Quý III starts on 15/6: a deadline of 14/6 is not in it", () => {
    expect(listOf(dated(part("2024-01-01", "2024-06-14")), windowOf("q3"))).toBe("outside");
    expect(listOf(dated(part("2024-01-01", "2024-06-15")), windowOf("q3"))).toBe("period");
  });

  test("several parts: one meeting the window is enough", () => {
    const reading = dated(part("2024-04-01", "2024-06-14"), part("2024-11-01", "2024-11-30"));
    expect(listOf(reading, windowOf("q1"))).toBe("outside");
    expect(listOf(reading, windowOf("h1"))).toBe("period");
    expect(listOf(reading, windowOf("q3"))).toBe("outside");
    expect(listOf(reading, windowOf("year"))).toBe("period");
  });

  test("a schedule naming no time, or unreadable, is on demand in every report", () => {
    for (const id of ["q1", "h1", "q3", "9m", "year"]) {
      expect(listOf({ kind: "none", parts: [], years: [] }, windowOf(id))).toBe("on-demand");
      expect(listOf({ kind: "unreadable", parts: [], years: [] }, windowOf(id))).toBe("on-demand");
    }
  });
});

describe("deadlineOf: the earliest due day among the parts meeting the window", () => {
  test("parts outside the window and parts due on no day do not count", () => {
    const reading = dated(
      part("2024-01-01", "2024-12-31", null),
      part("2024-01-01", "2024-10-20"),
      part("2024-01-01", "2024-02-25"),
      part("2024-04-01", "2024-05-25")
    );
    expect(deadlineOf(reading, windowOf("q1"))).toBe("2024-02-25");
    expect(deadlineOf(reading, windowOf("q3"))).toBe("2024-10-20");
    expect(deadlineOf(dated(part("2024-01-01", "2024-12-31", null)), windowOf("q1"))).toBeNull();
  });
});

describe("the window edges, from schedule cells as written", () => {
  const listIn = (id: string, cell: string) => listOf(readSchedule(cell, 2024), windowOf(id));

  test("Quý I ends on 14/03: work of that day is in, work of 15/03 is not", () => {
    expect(listIn("q1", "Ngày 14/3/2024")).toBe("period");
    expect(listIn("q1", "Ngày 15/3/2024")).toBe("outside");
  });

  test("Quý I starts on 15/12 of the year before", () => {
    expect(listIn("q1", "Ngày 15/12/2023")).toBe("period");
    expect(listIn("q1", "Ngày 14/12/2023")).toBe("outside");
  });

  test("the year's report ends on 14/12", () => {
    expect(listIn("year", "Ngày 14/12/2024")).toBe("period");
    expect(listIn("year", "Ngày 15/12/2024")).toBe("outside");
  });

  test("a deadline is under way from the start of the plan year", () => {
    expect(listIn("q1", "Trước 30/6/2024")).toBe("period");
    expect(listIn("q3", "Trước 14/6/2024")).toBe("outside");
    expect(listIn("q3", "Trước 15/6/2024")).toBe("period");
  });
});
