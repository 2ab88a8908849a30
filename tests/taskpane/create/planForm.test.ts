import { describe, expect, test } from "@jest/globals";
import {
  emptyPlanForm,
  PlanFormValues,
  validatePlanForm,
} from "../../../src/taskpane/create/planForm";

const form = (values: Partial<PlanFormValues>): PlanFormValues => ({
  ...emptyPlanForm(new Date(2025, 0, 15)),
  ...values,
});

describe("the Lập phụ lục form", () => {
  test("starts with this year and nothing else", () => {
    expect(emptyPlanForm(new Date(2025, 0, 15))).toEqual({
      planNumber: "",
      day: "",
      month: "",
      year: "2025",
      issuer: "",
      title: "",
    });
  });

  test("days under 10 and months 1–2 get a leading zero; later months do not", () => {
    const january = validatePlanForm(
      form({ planNumber: "01", day: "6", month: "1", issuer: "UBND xã A" })
    );
    expect(january).toEqual({
      ok: true,
      request: {
        year: "2025",
        title: "Nhiệm vụ cải cách hành chính năm 2025 và dự trù kinh phí thực hiện",
        reference: { planNumber: "01", day: "06", month: "01", year: "2025", issuer: "UBND xã A" },
      },
    });
    const march = validatePlanForm(form({ day: "05", month: "03" }));
    expect(march.ok && march.request.reference).toMatchObject({ day: "05", month: "3" });
    const december = validatePlanForm(form({ day: "25", month: "12" }));
    expect(december.ok && december.request.reference).toMatchObject({ day: "25", month: "12" });
  });

  test("what is left empty stays … for the officer to fill in later; a title typed is kept", () => {
    const result = validatePlanForm(form({ title: "  Kế hoạch CCHC năm 2025  " }));
    expect(result).toEqual({
      ok: true,
      request: {
        year: "2025",
        title: "Kế hoạch CCHC năm 2025",
        reference: { planNumber: "…", day: "…", month: "…", year: "2025", issuer: "…" },
      },
    });
  });

  test("a number typed with its /KH-UBND keeps only the number", () => {
    const result = validatePlanForm(form({ planNumber: "15a/KH-UBND" }));
    expect(result.ok && result.request.reference.planNumber).toBe("15a");
  });

  test.each([
    [{ day: "32" }, "day", "Ngày là số từ 1 đến 31."],
    [{ month: "13" }, "month", "Tháng là số từ 1 đến 12."],
    [{ year: "" }, "year", "Năm gồm 4 chữ số, ví dụ 2025."],
    [{ year: "25" }, "year", "Năm gồm 4 chữ số, ví dụ 2025."],
    [{ day: "29", month: "2", year: "2025" }, "day", "Không có ngày 29 tháng 2 năm 2025."],
    [
      { planNumber: "01/QĐ" },
      "planNumber",
      "Số kế hoạch chỉ gồm chữ số và chữ cái, ví dụ 01 hoặc 15a.",
    ],
    [{ issuer: "x".repeat(201) }, "issuer", "Không quá 200 ký tự."],
  ])("%j is refused at %s", (values, field, message) => {
    expect(validatePlanForm(form(values))).toEqual({ ok: false, errors: { [field]: message } });
  });

  test("29 February of a leap year is a date", () => {
    expect(validatePlanForm(form({ day: "29", month: "2", year: "2024" })).ok).toBe(true);
  });
});
