import { describe, expect, test } from "@jest/globals";
import {
  defaultPeriod,
  emptyReportForm,
  ReportFormValues,
  validateReportForm,
} from "../../../src/taskpane/report/reportForm";
import { reportPaneText } from "../../../src/taskpane/report/reportPaneText";

const TODAY = "2025-03-18";
const form = (values: Partial<ReportFormValues>): ReportFormValues => ({
  ...emptyReportForm(TODAY),
  ...values,
});
const validated = (values: Partial<ReportFormValues>) => validateReportForm(form(values), TODAY);

describe("the period the Báo cáo form opens on", () => {
  test.each([
    // In Quý I's window (15/12 of the year before – 14/3), and after it until it is due on 20/3.
    ["2024-12-20", "year"],
    ["2025-01-02", "q1"],
    ["2025-03-14", "q1"],
    ["2025-03-20", "q1"],
    // 6 tháng: its window goes on to 14/6, due 20/6.
    ["2025-03-21", "h1"],
    ["2025-06-20", "h1"],
    // Quý III (15/6 – 14/9, due 20/9) comes before 9 tháng, which covers the same days.
    ["2025-06-21", "q3"],
    ["2025-09-20", "q3"],
    // Then the year's report (to 14/12, due 20/12), and after it the last one due.
    ["2025-09-21", "year"],
    ["2025-12-20", "year"],
    ["2025-12-31", "year"],
  ])("on %s: %s", (day, period) => {
    expect(defaultPeriod(day)).toBe(period);
  });

  test("opens as of the day, with the year, issuer and place left to the appendix", () => {
    expect(emptyReportForm("2025-03-18")).toEqual({
      period: "q1",
      year: "",
      asOf: "18/03/2025",
      issuer: "",
      place: "",
    });
  });
});

describe("the Báo cáo form's request", () => {
  test("as it opens: the period, the as-of day and the day it is made; nothing else", () => {
    expect(validated({})).toEqual({
      ok: true,
      request: { period: "q1", asOf: "2025-03-18", date: "2025-03-18" },
    });
  });

  test("what is typed, trimmed: the year as a number, the day as the calendar's", () => {
    expect(
      validated({
        period: "9m",
        year: " 2024 ",
        asOf: " 5/9/2024 ",
        issuer: "  UBND xã Ea Tân ",
        place: "Ea Tân",
      })
    ).toEqual({
      ok: true,
      request: {
        period: "9m",
        year: 2024,
        asOf: "2024-09-05",
        date: "2025-03-18",
        issuer: "UBND xã Ea Tân",
        place: "Ea Tân",
      },
    });
    expect(validated({ asOf: "2024-09-05" })).toMatchObject({ request: { asOf: "2024-09-05" } });
  });

  test.each(["24", "20245", "năm 2024", "2024a"])("the year %p is refused", (year) => {
    expect(validated({ year })).toEqual({
      ok: false,
      errors: { year: reportPaneText.yearInvalid },
    });
  });

  test.each(["", "30/02/2025", "29/02/2025", "31/4/2025", "18/03", "hôm nay"])(
    "the as-of day %p is refused",
    (asOf) => {
      expect(validated({ asOf })).toEqual({
        ok: false,
        errors: { asOf: reportPaneText.asOfInvalid },
      });
    }
  );

  test("29/02 of a leap year is a day; both wrong fields are said at once", () => {
    expect(validated({ asOf: "29/02/2024" })).toMatchObject({ request: { asOf: "2024-02-29" } });
    expect(validated({ year: "99", asOf: "32/01/2025" })).toEqual({
      ok: false,
      errors: { year: reportPaneText.yearInvalid, asOf: reportPaneText.asOfInvalid },
    });
  });
});
