import { describe, expect, test } from "@jest/globals";
import { buildReport } from "../../../src/domain/report/buildReport";
import { DEFAULT_PERIODS, PeriodId } from "../../../src/domain/report/periods";
import { readAppendix } from "../../../src/domain/readAppendix";
import { groupBudgetGrid, trackedTableGrid } from "../../support/trackedTable";

/** The tracked table of tests/support/trackedTable.ts: tasks on sheet rows 6, 7, 9, 10 and 11. */
const appendix = readAppendix(trackedTableGrid());
const reportOf = (id: PeriodId, asOf?: string) =>
  buildReport(appendix, {
    period: DEFAULT_PERIODS.find((rule) => rule.id === id)!,
    year: 2024,
    asOf,
  });

describe("buildReport: the tasks of a period's report", () => {
  const q1 = reportOf("q1");
  const task = (row: number) => q1.tasks.find((each) => each.row === row)!;

  test("a table with tracking columns is tracked; one without is not", () => {
    expect(q1.tracked).toBe(true);
    const untracked = trackedTableGrid();
    untracked.rows = untracked.rows.map((cells) => cells.slice(0, 7));
    const report = buildReport(readAppendix(untracked), {
      period: DEFAULT_PERIODS[0],
      year: 2024,
    });
    expect(report.tracked).toBe(false);
    // Due 31/01 and 28/02, nothing written of them: both overdue on 14/03.
    expect(report.summary).toMatchObject({ done: 0, inProgress: 0, notStarted: 3, overdue: 2 });
  });

  test("every task once, in sheet order; group rows are no tasks", () => {
    expect(q1.tasks.map((each) => each.row)).toEqual([6, 7, 9, 10, 11]);
  });

  test("Quý I: the lists, deadlines and where each task stands on 14/03/2024", () => {
    expect(q1.asOf).toBe("2024-03-14");
    expect(
      q1.tasks.map(({ number, list, deadline, status, overdue, late }) => ({
        number,
        list,
        deadline,
        status,
        overdue,
        late,
      }))
    ).toEqual([
      {
        number: "1.1",
        list: "period",
        deadline: "2024-01-31",
        status: "done",
        overdue: false,
        late: true,
      },
      { number: "1.2", list: "outside", deadline: null, status: null, overdue: false, late: false },
      {
        number: "2.1",
        list: "period",
        deadline: "2024-02-28",
        status: "in-progress",
        overdue: true,
        late: false,
      },
      {
        number: "2.2",
        list: "on-demand",
        deadline: null,
        status: null,
        overdue: false,
        late: false,
      },
      {
        number: "2.3",
        list: "period",
        deadline: null,
        status: "not-started",
        overdue: false,
        late: false,
      },
    ]);
    expect(task(6)).toMatchObject({ completed: "2024-02-05", planned: 1_000_000, spent: 900_000 });
    expect(task(10)).toMatchObject({ planned: 500_000, spent: 200_000, units: [] });
  });

  test("the spellings of a unit count as one; a cell naming two counts for both", () => {
    const office = task(6).units;
    expect(office).toHaveLength(1);
    expect(task(7).units).toEqual(office);
    expect(task(9).units).toHaveLength(2);
    expect(task(9).units).toContain(office[0]);
  });

  test("the summary counts the period's tasks, the budget of those in the period and on demand", () => {
    expect(q1.summary).toEqual({
      inPeriod: 3,
      done: 1,
      late: 1,
      overdue: 1,
      inProgress: 1,
      notStarted: 1,
      onDemand: 1,
      planned: 1_500_000,
      spent: 1_100_000,
    });
  });

  test("by lead unit and by section", () => {
    const office = task(6).units[0];
    const justice = task(9).units.find((unit) => unit !== office)!;
    expect(q1.byUnit).toEqual([
      {
        unit: office,
        rows: [6, 9],
        tasks: 2,
        done: 1,
        overdue: 1,
        planned: 1_000_000,
        spent: 900_000,
      },
      { unit: justice, rows: [9], tasks: 1, done: 0, overdue: 1, planned: 0, spent: 0 },
      { unit: task(11).units[0], rows: [11], tasks: 1, done: 0, overdue: 0, planned: 0, spent: 0 },
    ]);
    expect(
      q1.bySection.map(({ number, rows, tasks, done, planned, spent }) => ({
        number,
        rows,
        tasks,
        done,
        planned,
        spent,
      }))
    ).toEqual([
      { number: "1", rows: [6], tasks: 1, done: 1, planned: 1_000_000, spent: 900_000 },
      { number: "2", rows: [9, 10, 11], tasks: 3, done: 0, planned: 500_000, spent: 200_000 },
    ]);
  });

  test("6 tháng: Quý II is in, and not yet overdue on 14/06; on 01/07 it is", () => {
    const h1 = reportOf("h1");
    expect(h1.tasks.find((each) => each.row === 7)).toMatchObject({
      list: "period",
      deadline: "2024-06-30",
      overdue: false,
    });
    expect(h1.summary.inPeriod).toBe(4);
    expect(reportOf("h1", "2024-07-01").tasks.find((each) => each.row === 7)?.overdue).toBe(true);
  });

  test("Quý III (15/06–14/09): Quý II's last fortnight and the monthly work are in it", () => {
    const q3 = reportOf("q3");
    expect(q3.tasks.map((each) => each.list)).toEqual([
      "outside",
      "period",
      "outside",
      "on-demand",
      "period",
    ]);
  });
});

describe("buildReport: budgets written on group rows only", () => {
  const report = buildReport(readAppendix(groupBudgetGrid()), {
    period: DEFAULT_PERIODS[0],
    year: 2024,
  });

  test("a group's budget counts once when one of its tasks is listed; the tasks keep none of their own", () => {
    expect(
      report.tasks.map(({ row, list, planned, budgetGroup }) => ({
        row,
        list,
        planned,
        budgetGroup,
      }))
    ).toEqual([
      { row: 5, list: "period", planned: null, budgetGroup: 4 },
      { row: 6, list: "period", planned: null, budgetGroup: 4 },
      { row: 8, list: "period", planned: 720_000, budgetGroup: null },
      { row: 9, list: "on-demand", planned: null, budgetGroup: null },
      { row: 11, list: "outside", planned: null, budgetGroup: 10 },
    ]);
    expect(report.groupBudgets).toEqual([
      {
        row: 4,
        number: "1",
        title: "THỰC HIỆN CHẾ ĐỘ BÁO CÁO",
        planned: 3_960_000,
        section: 0,
        list: "period",
      },
    ]);
  });

  test("in the report's budget and its section's; a group whose tasks are all outside counts for nothing", () => {
    // 3.960.000 held by 1, 720.000 of 2.1; 1.100.000 of 3 stays out with 3.1 (Quý III).
    expect(report.summary.planned).toBe(4_680_000);
    expect(report.bySection.map((line) => line.planned)).toEqual([3_960_000, 720_000, 0]);
  });
});
