import { describe, expect, test } from "@jest/globals";
import { consolidateRequest } from "../../../src/taskpane/report/consolidateForm";
import { consolidateText as text } from "../../../src/taskpane/report/consolidateText";

const NAMES = ["Tư pháp", "Địa chính", "Danh mục", "Văn hóa"];

describe("consolidateRequest", () => {
  test("the sheets chosen go in the workbook's order, whatever order they were ticked in", () => {
    expect(
      consolidateRequest(NAMES, new Set(["Văn hóa", "Tư pháp"]), { period: "", year: "" })
    ).toEqual({ ok: true, request: { sheetNames: ["Tư pháp", "Văn hóa"] } });
  });

  test("a period goes with the year typed, or alone for the titles' years", () => {
    const chosen = new Set(["Tư pháp", "Địa chính"]);
    expect(consolidateRequest(NAMES, chosen, { period: "9m", year: " 2024 " })).toEqual({
      ok: true,
      request: { sheetNames: ["Tư pháp", "Địa chính"], period: "9m", year: 2024 },
    });
    expect(consolidateRequest(NAMES, chosen, { period: "q1", year: "" })).toEqual({
      ok: true,
      request: { sheetNames: ["Tư pháp", "Địa chính"], period: "q1" },
    });
  });

  test("without a period the year is left out, even one mistyped: it dates nothing", () => {
    expect(consolidateRequest(NAMES, new Set(["Văn hóa"]), { period: "", year: "24" })).toEqual({
      ok: true,
      request: { sheetNames: ["Văn hóa"] },
    });
  });

  test("a year not of four digits is refused with a period", () => {
    expect(consolidateRequest(NAMES, new Set(NAMES), { period: "year", year: "24" })).toEqual({
      ok: false,
      yearError: text.yearInvalid,
    });
  });
});
