import { describe, expect, test } from "@jest/globals";
import { withPlanYear } from "../../../src/domain/appendix";
import { analyseAppendix } from "../../../src/domain/analysis";
import { likelyPlanYear, scheduleYear } from "../../../src/domain/schedule/scheduleReadings";
import { LEAD, PARTNERS, PRODUCT, readTable, Row } from "../../support/table";

const timed = (number: string, schedule: string): Row => [
  number,
  `Nhiệm vụ ${number}`,
  LEAD,
  PARTNERS,
  PRODUCT,
  schedule,
  "",
];

describe("the year schedule cells are read in", () => {
  test("the year most cells name, the later on a tie, null when none names one", () => {
    expect(likelyPlanYear([[2024], [2025], [2025, 2024], [2025]])).toBe(2025);
    expect(likelyPlanYear([[2023], [2024]])).toBe(2024);
    expect(likelyPlanYear([[], []])).toBeNull();
  });

  test("without a title, the table is read in the year its cells name most, and that year is not known", () => {
    const appendix = readTable([
      timed("1", "Quý I/2024"),
      timed("2", "Trước 30/6/2024"),
      timed("3", "Tháng 3/2023"),
    ]);
    expect(appendix.planYear).toBeNull();
    expect(scheduleYear(appendix)).toEqual({ year: 2024, known: false });
    expect(scheduleYear(withPlanYear(appendix, 2025))).toEqual({ year: 2025, known: true });
  });

  test("the analysis reads every row once, by sheet row; a cell naming no year takes the guessed one", () => {
    const analysis = analyseAppendix(
      readTable([timed("1", "Quý I/2024"), timed("2", "Hàng tháng"), timed("3", "Khi có yêu cầu")])
    );
    const schedules = analysis.schedules;
    expect(analysis.schedules).toBe(schedules);
    expect([...schedules.keys()]).toEqual([2, 3, 4]);
    expect(schedules.get(3)?.parts.map((part) => part.span)).toEqual([
      { from: "2024-01-01", to: "2024-12-31" },
    ]);
    expect(schedules.get(4)?.kind).toBe("none");
  });
});
