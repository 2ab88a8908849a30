import { DaySpan, endOfMonth, isoDate, IsoDate, yearSpan } from "../calendar";
import { ScheduleForm } from "./schedule";

/** Where a time falls once the year it is read in is known; null when there is no such day (31/4). */
export interface Placed {
  span: DaySpan;
  due: IsoDate | null;
}

/**
 * A time the grammar found, before the plan's year is known: what it is and the year its words name,
 * placed in a year later (`at`). The year passed is the one it names, or the plan's year when it names
 * none or goes on into it.
 */
export interface ScheduleDraft {
  form: ScheduleForm;
  /** The year its words name, if any. */
  year: number | null;
  /** The last year it covers when it goes on past `year` (Infinity: "… và những năm tiếp theo"). */
  through: number | null;
  /** Years after the plan's it falls in when it names none ("trước 15/01 năm sau": 1). */
  yearsAfterPlan?: number;
  at(year: number): Placed | null;
}

const draft = (
  form: ScheduleForm,
  year: number | null,
  at: (year: number) => Placed | null
): ScheduleDraft => ({ form, year, through: null, at });

/** Months `from` to `to` (one month when they are the same), due on the last day. */
export function monthsDraft(from: number, to: number, year: number | null): ScheduleDraft {
  return draft(from === to ? "month" : "range", year, (y) => monthSpan(y, from, to));
}

/** Quarters `from` to `to`. */
export function quartersDraft(from: number, to: number, year: number | null): ScheduleDraft {
  return draft(from === to ? "quarter" : "range", year, (y) => monthSpan(y, from * 3 - 2, to * 3));
}

/**
 * The first `count` months of the year ("6 tháng đầu năm", "9 tháng"), or the last ones ("6 tháng cuối
 * năm"): a half when six, a quarter when three.
 */
export function monthsOfYearDraft(
  count: number,
  end: "first" | "last",
  year: number | null
): ScheduleDraft {
  const form: ScheduleForm = count === 6 ? "half" : count === 3 ? "quarter" : "range";
  return draft(form, year, (y) =>
    end === "first" ? monthSpan(y, 1, count) : monthSpan(y, 13 - count, 12)
  );
}

/** Months as a form of their own ("đầu năm" read as the first quarter, "giữa năm" as June–July). */
export function partOfYearDraft(
  form: ScheduleForm,
  from: number,
  to: number,
  year: number | null
): ScheduleDraft {
  return draft(form, year, (y) => monthSpan(y, from, to));
}

export function yearDraft(year: number | null, through: number | null = null): ScheduleDraft {
  return {
    ...draft("year", year, (y) => ({ span: yearSpan(y), due: null })),
    through,
  };
}

/** Work that comes back through the year: it spans the plan's year, with no one due date. */
export function recurringDraft(): ScheduleDraft {
  return draft("recurring", null, (y) => ({ span: yearSpan(y), due: null }));
}

/** A day ("ngày 15/3/2025"), or the deadline of that day ("trước 15/3/2025"). */
export function dayDraft(
  form: "date" | "deadline",
  day: number,
  month: number,
  year: number | null
): ScheduleDraft {
  return draft(form, year, (y) => {
    const date = isoDate(y, month, day);
    if (!date) return null;
    return { span: { from: form === "deadline" ? `${y}-01-01` : date, to: date }, due: date };
  });
}

/** A day of the calendar as written, its year when written. */
export interface WrittenDay {
  day: number;
  month: number;
  year: number | null;
}

/**
 * From one day to another ("từ 01/3 đến 30/6/2024"): the first takes the second's year when it has none.
 * When only one names its year and the first day comes after the second in it, the run goes across the
 * new year ("Từ 15/12 đến 14/3/2025" starts on 15/12/2024).
 */
export function daysDraft(from: WrittenDay, to: WrittenDay): ScheduleDraft {
  const named = from.year ?? to.year;
  const afterEnd = from.month * 100 + from.day > to.month * 100 + to.day;
  const last = to.year ?? (named !== null && afterEnd ? named + 1 : named);
  return {
    ...draft("range", named, (y) => {
      const toYear = to.year ?? (from.year !== null && last !== null ? last : y);
      let fromYear = from.year ?? (to.year !== null ? to.year : y);
      if (from.year === null && to.year !== null && afterEnd) fromYear--;
      const start = isoDate(fromYear, from.month, from.day);
      const end = isoDate(toYear, to.month, to.day);
      if (!start || !end || start > end) return null;
      return { span: { from: start, to: end }, due: end };
    }),
    through: last !== null && named !== null && last > named ? last : null,
  };
}

/**
 * A period given as a deadline ("trước tháng 6", "chậm nhất quý III", "đến hết năm 2024"): due on its last
 * day, or with `strictlyBefore` ("trước"), on the day before it starts.
 */
export function deadlineOf(period: ScheduleDraft, strictlyBefore: boolean): ScheduleDraft {
  return {
    form: "deadline",
    year: period.year,
    through: period.through,
    at(y) {
      const placed = period.at(y);
      if (!placed) return null;
      const due = strictlyBefore ? dayBefore(placed.span.from) : placed.span.to;
      return { span: { from: `${due.slice(0, 4)}-01-01`, to: due }, due };
    },
  };
}

function monthSpan(year: number, from: number, to: number): Placed {
  const due = endOfMonth(year, to);
  return { span: { from: isoDate(year, from, 1) as IsoDate, to: due }, due };
}

function dayBefore(date: IsoDate): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
