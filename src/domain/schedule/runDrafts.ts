import { IsoDate, yearSpan } from "../calendar";
import { Placed, ScheduleDraft } from "./draft";

/**
 * Times joined into one: a run from one time to another ("Từ tháng 3/2025 đến tháng 6/2025", "Quý IV/2025
 * - Quý I/2026"), a run from a time to the year's end ("Từ quý II trở đi"), a time with the day it is due
 * by ("Quý II/2025 hoàn thành trước 30/6/2025").
 */

/** Both times placed: each in the year it names, else in the other's, else in the year `y`. */
function placeBoth(
  first: ScheduleDraft,
  last: ScheduleDraft,
  y: number,
  acrossNewYear: boolean
): [Placed, Placed] | null {
  const firstYear = first.year ?? last.year ?? y;
  const lastYear = last.year ?? firstYear;
  const start = first.at(firstYear);
  const end = last.at(lastYear);
  if (!start || !end) return null;
  if (start.span.from <= end.span.to || !acrossNewYear) return [start, end];
  // "Từ 15/12 đến 14/3/2025": when one side names no year, the run goes across the new year.
  if (first.year === null && last.year !== null) {
    const earlier = first.at(lastYear - 1);
    return earlier ? [earlier, end] : null;
  }
  if (last.year === null && first.year !== null) {
    const later = last.at(firstYear + 1);
    return later ? [start, later] : null;
  }
  return null;
}

const yearsOf = (first: ScheduleDraft, last: ScheduleDraft) => {
  const year = first.year ?? last.year;
  const through = last.year !== null && year !== null && last.year > year ? last.year : null;
  return { year, through };
};

/**
 * From the first day of `first` to the last of `last`, due then. A start after the end is no run (null),
 * unless one side names no year: then it goes across the new year.
 */
export function runDraft(first: ScheduleDraft, last: ScheduleDraft): ScheduleDraft {
  return {
    form: "range",
    ...yearsOf(first, last),
    at(y) {
      const both = placeBoth(first, last, y, true);
      if (!both || both[0].span.from > both[1].span.to) return null;
      const to = both[1].span.to;
      return { span: { from: both[0].span.from, to }, due: to };
    },
  };
}

/**
 * From the first day of `first` to the end of the year, nothing due: "Từ ngày 01/01/2025". Placed in a
 * later year (it goes on, "trở đi"), it is that whole year.
 */
export function openRunDraft(first: ScheduleDraft): ScheduleDraft {
  return {
    form: "range",
    year: first.year,
    through: first.through,
    at(y) {
      if (first.year !== null && y > first.year) return { span: yearSpan(y), due: null };
      const start = first.at(y);
      return start ? { span: { from: start.span.from, to: yearSpan(y).to }, due: null } : null;
    },
  };
}

/**
 * `period` due by the day of `deadline` ("Quý II/2025 hoàn thành trước 30/6/2025"): its days, on to the
 * due day when that is later; no reading when due before it starts.
 */
export function dueByDraft(period: ScheduleDraft, deadline: ScheduleDraft): ScheduleDraft {
  return {
    form: period.form,
    ...yearsOf(period, deadline),
    at(y) {
      const both = placeBoth(period, deadline, y, false);
      const due: IsoDate | null | undefined = both?.[1].due;
      if (!both || !due || due < both[0].span.from) return null;
      const to = due > both[0].span.to ? due : both[0].span.to;
      return { span: { from: both[0].span.from, to }, due };
    },
  };
}
