import { describe, expect, test } from "@jest/globals";
import { headingValues } from "../../../src/taskpane/create/headingValues";
import { emptyPlanForm, PlanFormValues } from "../../../src/taskpane/create/planForm";
import { prefilledValues } from "../../../src/taskpane/create/prefillForm";

const HEADING = {
  title: "Cải cách hành chính năm 2025",
  year: 2025,
  planNumber: "15",
  issuer: "UBND xã Ea Tân",
  signed: { day: "28", month: "12", year: "2024" },
};
const form = (values: Partial<PlanFormValues>) => ({ ...emptyPlanForm(), ...values });

describe("a plan's heading as the form's entries", () => {
  test("the year, the number, the signing date and the issuer", () => {
    expect(headingValues(HEADING)).toEqual({
      year: "2025",
      planNumber: "15",
      day: "28",
      month: "12",
      signedYear: "2024",
      issuer: "UBND xã Ea Tân",
    });
    expect(headingValues({})).toEqual({});
  });
});

describe("prefilling the form", () => {
  const given = headingValues(HEADING);

  test("fills the empty fields only: the officer's entries win", () => {
    expect(prefilledValues(form({ year: "2026", issuer: " " }), given)).toEqual({
      planNumber: "15",
      day: "28",
      month: "12",
      signedYear: "2024",
      issuer: "UBND xã Ea Tân",
    });
    expect(prefilledValues(form(given), given)).toEqual({});
  });

  test("the signing date is one thing: a part typed keeps the heading's date out", () => {
    expect(prefilledValues(form({ day: "5" }), given)).toEqual({
      year: "2025",
      planNumber: "15",
      issuer: "UBND xã Ea Tân",
    });
  });
});
