import { expect } from "@jest/globals";
import { readSchedule } from "../../../src/domain/schedule/readSchedule";
import { ScheduleForm, ScheduleReading } from "../../../src/domain/schedule/schedule";

/** A part as the tests write it: form, first day, last day, due date (null for the year and recurring work). */
export type PartRow = readonly [ScheduleForm, string, string, string | null];

/** What a reading says about its times, in the tests' short form. */
export function partsOf(reading: ScheduleReading): PartRow[] {
  return reading.parts.map((part) => [part.form, part.span.from, part.span.to, part.due] as const);
}

/** The cell is dated with exactly these parts in the plan year. */
export function expectDated(text: string, planYear: number, parts: readonly PartRow[]): void {
  const reading = readSchedule(text, planYear);
  expect({ kind: reading.kind, parts: partsOf(reading), unread: reading.unread }).toEqual({
    kind: "dated",
    parts,
    unread: [],
  });
}

/** The cell names no time. */
export function expectNone(text: string, planYear = 2025): void {
  const reading = readSchedule(text, planYear);
  expect({ kind: reading.kind, parts: reading.parts, unread: reading.unread }).toEqual({
    kind: "none",
    parts: [],
    unread: [],
  });
}
