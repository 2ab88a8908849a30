import { beforeAll, describe, expect, test } from "@jest/globals";
import { checkReportSchema } from "../../src/cli/reportSchemas";
import { phuluc, requireBuiltCommand, SAMPLE_XLSX } from "../support/phulucCommand";

/** `phuluc check --year`: the plan's year the schedule cells are read in, over the title's. */

beforeAll(() => {
  requireBuiltCommand();
});

/** The sample's schedule.stale findings, as cells. */
function staleCells(...args: string[]) {
  const run = phuluc("check", SAMPLE_XLSX, "--format", "json", ...args);
  const report = checkReportSchema.parse(JSON.parse(run.stdout));
  return report.findings.filter((finding) => finding.rule === "schedule.stale");
}

describe("phuluc check --year", () => {
  test("the sample's own year (2020, from its title): no schedule is stale", () => {
    expect(staleCells()).toEqual([]);
    expect(staleCells("--year", "2020")).toEqual([]);
  });

  test("a later year: each cell naming 2020 gets a warning naming both years", () => {
    const stale = staleCells("--year", "2021");
    // The sample's schedule cells that name 2020: Trước 10/01/2020 (row 8), the periodic reports
    // (10, 35), Trước 30/9/2020 (11), "Quý I, 6 tháng, quý III và năm 2020" (13), the inspection plan
    // on one row (18) and split by a page break (19, its second half joined to it), Trước 30/01/2020 (28).
    expect(stale.map((finding) => finding.cell)).toEqual([
      "F8",
      "F10",
      "F11",
      "F13",
      "F18",
      "F19",
      "F28",
      "F35",
    ]);
    for (const finding of stale) {
      expect(finding.severity).toBe("warning");
      expect(finding.message).toBe(
        "Thời gian thực hiện ghi năm 2020, trước năm của kế hoạch (2021)."
      );
    }
  });

  test("a year that is not four digits is refused with a Vietnamese usage message", () => {
    const run = phuluc("check", SAMPLE_XLSX, "--year", "20x1");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("năm “20x1” không hợp lệ; ghi bốn chữ số, ví dụ 2025.");
    expect(run.stderr).toContain("--year");
    expect(run.stdout).toBe("");
  });
});
