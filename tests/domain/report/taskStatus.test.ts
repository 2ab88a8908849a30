import { describe, expect, test } from "@jest/globals";
import { EMPTY_AMOUNT } from "../../../src/domain/money";
import { statusOf } from "../../../src/domain/report/taskStatus";
import { Progress, Tracking } from "../../../src/domain/tracking/tracking";

const tracking = (progress: Progress | null, completed: string | null = null): Tracking => ({
  progress,
  progressText: "",
  completed,
  completedText: "",
  spent: EMPTY_AMOUNT,
  result: "",
});

describe("statusOf: where a task stands on the as-of day", () => {
  test("not done with its deadline before the as-of day is overdue; due that very day is not yet", () => {
    expect(statusOf(tracking("in-progress"), "2024-03-10", "2024-03-14").overdue).toBe(true);
    expect(statusOf(tracking("not-started"), "2024-03-14", "2024-03-14").overdue).toBe(false);
    expect(statusOf(null, "2024-03-10", "2024-03-14")).toEqual({
      status: null,
      completed: null,
      overdue: true,
      late: false,
    });
  });

  test("done after its deadline is late, not overdue; done on it is neither", () => {
    expect(statusOf(tracking("done", "2024-03-12"), "2024-03-10", "2024-03-14")).toEqual({
      status: "done",
      completed: "2024-03-12",
      overdue: false,
      late: true,
    });
    const onTime = statusOf(tracking("done", "2024-03-10"), "2024-03-10", "2024-03-14");
    expect([onTime.overdue, onTime.late]).toEqual([false, false]);
  });

  test("a completion date without Tiến độ says the task is done", () => {
    expect(statusOf(tracking(null, "2024-02-01"), "2024-03-10", "2024-03-14").status).toBe("done");
  });

  test("without a deadline nothing is overdue or late", () => {
    const status = statusOf(tracking("not-started"), null, "2024-12-14");
    expect([status.overdue, status.late]).toEqual([false, false]);
  });

  test("work completed after the as-of day was still under way on it", () => {
    expect(statusOf(tracking("done", "2024-02-05"), "2024-01-31", "2024-01-20")).toEqual({
      status: "in-progress",
      completed: null,
      overdue: false,
      late: false,
    });
    expect(statusOf(tracking(null, "2024-02-05"), "2024-01-10", "2024-01-20")).toEqual({
      status: "in-progress",
      completed: null,
      overdue: true,
      late: false,
    });
    // Completed on the as-of day itself: done.
    expect(statusOf(tracking("done", "2024-01-20"), "2024-01-31", "2024-01-20").status).toBe(
      "done"
    );
  });
});
