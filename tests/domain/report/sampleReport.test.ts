import { describe, expect, test } from "@jest/globals";
import { buildReport } from "../../../src/domain/report/buildReport";
import { DEFAULT_PERIODS, PeriodId } from "../../../src/domain/report/periods";
import { readAppendix } from "../../../src/domain/readAppendix";
import { TRACKED_SAMPLE, trackedSampleGrid } from "../../support/trackedSample";

/** The bundled sample (plan of 2020) with its tracking filled in: see tests/support/trackedSample.ts. */
const appendix = readAppendix(trackedSampleGrid());
const reportOf = (id: PeriodId) =>
  buildReport(appendix, {
    period: DEFAULT_PERIODS.find((rule) => rule.id === id)!,
    year: appendix.planYear!,
  });
const taskAt = (id: PeriodId, row: number) => reportOf(id).tasks.find((task) => task.row === row)!;
const { onTime, overdue, serialDate, late, overspent, doneOnDemand, notStarted } = TRACKED_SAMPLE;

describe("the sample's reports, its tracking filled in", () => {
  test("the plan's year is the title's", () => {
    expect(appendix.planYear).toBe(2020);
  });

  test("Quý I 2020: the tracked tasks' lists, deadlines and standing on 14/03/2020", () => {
    const pick = (row: number) => {
      const {
        list,
        deadline,
        status,
        completed,
        overdue: isOverdue,
        late: isLate,
      } = taskAt("q1", row);
      return { list, deadline, status, completed, overdue: isOverdue, late: isLate };
    };
    expect(pick(onTime)).toEqual({
      list: "period",
      deadline: "2020-01-10",
      status: "done",
      completed: "2020-01-08",
      overdue: false,
      late: false,
    });
    expect(pick(overdue)).toEqual({
      list: "period",
      deadline: "2020-09-30",
      status: "in-progress",
      completed: null,
      overdue: false,
      late: false,
    });
    // "Ban hành Kế hoạch trước 28/02/2020; … kiểm tra trước 15/8/2020; …": the earliest is due first.
    expect(pick(serialDate)).toEqual({
      list: "period",
      deadline: "2020-02-28",
      status: "done",
      completed: "2020-02-20",
      overdue: false,
      late: false,
    });
    expect(pick(late)).toMatchObject({
      deadline: "2020-01-30",
      completed: "2020-02-15",
      late: true,
    });
    expect(pick(overspent)).toMatchObject({
      list: "period",
      deadline: null,
      status: "in-progress",
    });
    // Done on 20/11/2020: on 14/03 it was still under way.
    expect(pick(doneOnDemand)).toMatchObject({ list: "on-demand", status: "in-progress" });
    expect(pick(notStarted)).toMatchObject({ list: "period", status: "not-started" });
    expect(taskAt("q1", overspent)).toMatchObject({ planned: 2_500_000, spent: 3_000_000 });
  });

  test("the year: work due 30/09 and not done is overdue on 14/12", () => {
    expect(taskAt("year", overdue)).toMatchObject({ list: "period", overdue: true });
    expect(taskAt("year", onTime)).toMatchObject({ overdue: false, late: false });
    expect(taskAt("year", doneOnDemand)).toMatchObject({ status: "done", completed: "2020-11-20" });
    expect(reportOf("year").summary.late).toBe(1);
  });

  test("Quý III (15/06–14/09/2020): a deadline of January is outside it", () => {
    expect(taskAt("q3", onTime).list).toBe("outside");
    expect(taskAt("q3", overdue)).toMatchObject({ list: "period", overdue: false });
  });

  test("every task once in every report, none dropped", () => {
    for (const id of ["q1", "h1", "q3", "9m", "year"] as PeriodId[]) {
      const report = reportOf(id);
      const rows = report.tasks.map((task) => task.row);
      expect(new Set(rows).size).toBe(rows.length);
      const { inPeriod, onDemand } = report.summary;
      const outside = report.tasks.filter((task) => task.list === "outside").length;
      expect(inPeriod + onDemand + outside).toBe(rows.length);
    }
  });

  test("Quý I's spending: the tracked amounts of the tasks it lists", () => {
    // 500.000 (row 19) + 1.400.000 (row 28) + 3.000.000 (row 34) + 12.500.000 (row 92, on demand).
    expect(reportOf("q1").summary.spent).toBe(17_400_000);
  });
});
