import { IsoDate } from "../calendar";
import { Progress, Tracking } from "../tracking/tracking";

export interface TaskStatus {
  status: Progress | null;
  completed: IsoDate | null;
  overdue: boolean;
  late: boolean;
}

/**
 * Where a task stands on the as-of day. Tiến độ says so; a completion date written without it says the
 * task is done (the check points out the missing Tiến độ). A task completed after the as-of day was
 * still under way on it: a report made as of 20/01 does not count work finished on 05/02. Not done with
 * its deadline before the as-of day is overdue (due on the as-of day itself is not yet); done after its
 * deadline is late.
 */
export function statusOf(
  tracking: Tracking | null,
  deadline: IsoDate | null,
  asOf: IsoDate
): TaskStatus {
  const completed = tracking?.completed ?? null;
  const written = tracking?.progress ?? (completed !== null ? "done" : null);
  const status =
    written === "done" && completed !== null && completed > asOf ? "in-progress" : written;
  const done = status === "done";
  return {
    status,
    completed: done ? completed : null,
    overdue: !done && deadline !== null && deadline < asOf,
    late: done && deadline !== null && completed !== null && completed > deadline,
  };
}
