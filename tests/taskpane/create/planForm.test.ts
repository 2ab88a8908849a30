import { describe, expect, test } from "@jest/globals";
import {
  emptyPlanForm,
  PlanFormValues,
  signingYearShown,
  validatePlanForm,
} from "../../../src/taskpane/create/planForm";

const TODAY = new Date(2025, 0, 15);
const form = (values: Partial<PlanFormValues>): PlanFormValues => ({
  ...emptyPlanForm(),
  ...values,
});
const validated = (values: Partial<PlanFormValues>) => validatePlanForm(form(values), TODAY);

describe("the Lập phụ lục form", () => {
  test("starts empty: nothing given, so that rebuilding keeps the source's title block", () => {
    expect(emptyPlanForm()).toEqual({
      year: "",
      title: "",
      planNumber: "",
      day: "",
      month: "",
      signedYear: "",
      issuer: "",
    });
    expect(validated({})).toEqual({ ok: true, request: { reference: {} } });
  });

  test("what is typed is given; days under 10 and months 1–2 get a leading zero, later months do not", () => {
    expect(
      validated({
        year: "2025",
        title: "  Kế hoạch CCHC năm 2025  ",
        planNumber: "01",
        day: "6",
        month: "1",
        signedYear: "2025",
        issuer: "UBND xã A",
      })
    ).toEqual({
      ok: true,
      request: {
        year: "2025",
        title: "Kế hoạch CCHC năm 2025",
        reference: { planNumber: "01", day: "06", month: "01", year: "2025", issuer: "UBND xã A" },
      },
    });
    const march = validated({ day: "05", month: "03" });
    expect(march.ok && march.request.reference).toEqual({ day: "05", month: "3" });
    const december = validated({ day: "25", month: "12" });
    expect(december.ok && december.request.reference).toEqual({ day: "25", month: "12" });
  });

  test("the plan's year and the signing year are separate: an empty signing year is not given", () => {
    const result = validated({ year: "2025", day: "25", month: "12" });
    expect(result).toEqual({
      ok: true,
      request: { year: "2025", reference: { day: "25", month: "12" } },
    });
  });

  test("the signing year the field shows when left empty: the plan's, or the year before from October", () => {
    expect(signingYearShown(form({ year: "2025", day: "6", month: "1" }))).toBe("2025");
    expect(signingYearShown(form({ year: "2025", day: "25", month: "12" }))).toBe("2024");
    // Not known: no month, no plan year (rebuilding takes the source's), or a year typed.
    expect(signingYearShown(form({ year: "2025" }))).toBeNull();
    expect(signingYearShown(form({ month: "12" }))).toBeNull();
    expect(signingYearShown(form({ year: "2025", month: "12", signedYear: "2025" }))).toBeNull();
  });

  test("a number typed with its /KH-UBND keeps only the number", () => {
    const result = validated({ planNumber: "15a/KH-UBND" });
    expect(result.ok && result.request.reference.planNumber).toBe("15a");
  });

  test.each([
    [{ day: "32" }, "day", "Ngày là số từ 1 đến 31."],
    [{ month: "13" }, "month", "Tháng là số từ 1 đến 12."],
    [{ year: "25" }, "year", "Năm gồm 4 chữ số, ví dụ 2025."],
    [{ signedYear: "24" }, "signedYear", "Năm gồm 4 chữ số, ví dụ 2025."],
    [{ day: "29", month: "2", signedYear: "2025" }, "day", "Không có ngày 29 tháng 2 năm 2025."],
    // No year anywhere: the year the blank appendix would give it, this year's.
    [{ day: "30", month: "2" }, "day", "Không có ngày 30 tháng 2 năm 2025."],
    [
      { planNumber: "01/QĐ" },
      "planNumber",
      "Số kế hoạch chỉ gồm chữ số và chữ cái, ví dụ 01 hoặc 15a.",
    ],
    [{ issuer: "x".repeat(201) }, "issuer", "Không quá 200 ký tự."],
  ])("%j is refused at %s", (values, field, message) => {
    expect(validated(values)).toEqual({ ok: false, errors: { [field]: message } });
  });

  test("29 February: a date in a leap year, the signing year's or else the plan's", () => {
    expect(validated({ day: "29", month: "2", signedYear: "2024" }).ok).toBe(true);
    expect(validated({ day: "29", month: "2", year: "2024" }).ok).toBe(true);
    expect(validated({ day: "29", month: "2", year: "2025", signedYear: "2024" }).ok).toBe(true);
  });
});
