import { AppendixRow } from "./appendix";
import { ItemNumber, letterAt, NumberKind, toRoman } from "./numbering";

/**
 * A place in the outline: one part per level with the kind of number used there. Arabic numbers under
 * a Roman section count from 1 again, so "II" then "1" is [2, 1] with kinds "RA".
 */
export interface Place {
  parts: number[];
  kinds: string;
}

export type SequenceProblem =
  | { kind: "duplicate"; row: AppendixRow; expected: string }
  | { kind: "gap"; row: AppendixRow; missing: string[] }
  | { kind: "swapped"; row: AppendixRow; next: AppendixRow }
  | { kind: "backwards"; row: AppendixRow; expected: string }
  | { kind: "level-jump"; row: AppendixRow; missingParent: string }
  | { kind: "orphan"; row: AppendixRow; missingParent: string; expected: string };

export interface NumberSequence {
  /** Where each numbered row stands in the outline, after the problems below were allowed for. */
  places: Map<AppendixRow, Place>;
  problems: SequenceProblem[];
}

const KIND_CODE: Record<NumberKind, string> = { arabic: "A", roman: "R", letter: "L" };

export function keyOf(place: Place): string {
  return `${place.kinds}:${place.parts.join(".")}`;
}

/** The number as a document writes it: the arabic parts below a section, or the last letter or numeral. */
export function displayOf(place: Place): string {
  const last = place.kinds.length - 1;
  if (last < 0) return "";
  if (place.kinds[last] === "R") return toRoman(place.parts[last]);
  if (place.kinds[last] === "L") return `${letterAt(place.parts[last])})`;
  let first = last;
  while (first > 0 && place.kinds[first - 1] === "A") first--;
  return place.parts.slice(first).join(".");
}

function sameKinds(a: Place, b: Place): boolean {
  return a.kinds === b.kinds;
}

function equal(a: Place, b: Place): boolean {
  return sameKinds(a, b) && a.parts.length === b.parts.length && a.parts.every((part, i) => part === b.parts[i]);
}

function prefix(place: Place, length: number): Place {
  return { parts: place.parts.slice(0, length), kinds: place.kinds.slice(0, length) };
}

/** The places that may follow `cursor`: its first child, or the next sibling at any of its levels. */
function nextSibling(cursor: Place, depth: number): Place {
  const place = prefix(cursor, depth);
  place.parts[depth - 1]++;
  return place;
}

function isValidNext(cursor: Place | null, place: Place): boolean {
  if (!cursor) return place.parts.every((part) => part === 1);
  if (place.parts.length === cursor.parts.length + 1) {
    return place.parts[place.parts.length - 1] === 1 && equal(prefix(place, cursor.parts.length), cursor);
  }
  if (place.parts.length > cursor.parts.length || place.parts.length === 0) return false;
  return equal(place, nextSibling(cursor, place.parts.length));
}

/** The place a number would have if it were right, at the depth it was written at. */
function expectedAt(cursor: Place | null, place: Place): Place {
  const depth = place.parts.length;
  if (!cursor) return { parts: Array(depth).fill(1), kinds: place.kinds };
  if (depth === cursor.parts.length + 1) return { parts: [...cursor.parts, 1], kinds: place.kinds };
  if (depth > cursor.parts.length) return { parts: [...cursor.parts, 1], kinds: cursor.kinds + place.kinds[depth - 1] };
  return nextSibling(cursor, depth);
}

/**
 * Walks the numbered rows in sheet order, judging each against the sequence it continues. After a
 * fault the walk goes on from where the next row shows the document meant to be, so one typo gives
 * one problem: a duplicated "5.2.1" before "5.2.3" is a duplicate, not also a gap.
 */
export function analyseSequence(rows: AppendixRow[]): NumberSequence {
  const numbered = rows.filter((row) => row.number.kind === "number");
  const places = new Map<AppendixRow, Place>();
  const problems: SequenceProblem[] = [];
  const seen = new Set<string>();
  let cursor: Place | null = null;
  let section: Place | null = null;
  let outer: Place | null = null;
  const written = new Map<AppendixRow, Place>();

  const placeOf = (number: ItemNumber): Place => {
    const kind = KIND_CODE[number.kind];
    if (number.kind === "roman") return { parts: [...number.parts], kinds: kind };
    if (number.kind === "letter") {
      const base = outer ?? section ?? { parts: [], kinds: "" };
      return { parts: [...base.parts, number.parts[0]], kinds: base.kinds + kind };
    }
    const base = section ?? { parts: [], kinds: "" };
    return { parts: [...base.parts, ...number.parts], kinds: base.kinds + kind.repeat(number.parts.length) };
  };
  const accept = (row: AppendixRow, place: Place) => {
    places.set(row, place);
    seen.add(keyOf(place));
    cursor = place;
    const kind = place.kinds[place.kinds.length - 1];
    if (kind === "R") {
      section = place;
      outer = place;
    } else if (kind === "A") outer = place;
  };
  const peek = (index: number): Place | null => {
    const next = numbered[index + 1];
    if (!next || next.number.kind !== "number") return null;
    const cached = written.get(next);
    if (cached) return cached;
    const place = placeOf(next.number.number);
    written.set(next, place);
    return place;
  };

  for (let index = 0; index < numbered.length; index++) {
    const row = numbered[index];
    if (row.number.kind !== "number") continue;
    const place = written.get(row) ?? placeOf(row.number.number);
    const before: Place | null = cursor;
    if (isValidNext(before, place)) {
      accept(row, place);
      continue;
    }
    const expected = expectedAt(before, place);
    const next = peek(index);
    const continuesFrom = (candidate: Place) => next !== null && isValidNext(candidate, next);
    if (seen.has(keyOf(place))) {
      problems.push({ kind: "duplicate", row, expected: displayOf(expected) });
      accept(row, continuesFrom(place) && !continuesFrom(expected) ? place : expected);
      continue;
    }
    const parent = prefix(place, place.parts.length - 1);
    const sameParent =
      place.parts.length === expected.parts.length && equal(prefix(expected, expected.parts.length - 1), parent);
    if (sameParent && place.parts[place.parts.length - 1] > expected.parts[expected.parts.length - 1]) {
      const nextRow = numbered[index + 1];
      const oneMissing = place.parts[place.parts.length - 1] === expected.parts[expected.parts.length - 1] + 1;
      if (next && nextRow && oneMissing && equal(next, expected)) {
        // "1.4" then "1.3": the two rows were swapped; one problem, and the walk goes on after 1.4.
        problems.push({ kind: "swapped", row, next: nextRow });
        places.set(nextRow, next);
        seen.add(keyOf(next));
        accept(row, place);
        index++;
        continue;
      }
      const missing: string[] = [];
      for (let part = expected.parts[expected.parts.length - 1]; part < place.parts[place.parts.length - 1]; part++) {
        const gapPlace = { parts: [...parent.parts, part], kinds: place.kinds };
        missing.push(displayOf(gapPlace));
        if (missing.length === 5) break;
      }
      problems.push({ kind: "gap", row, missing });
      accept(row, place);
      continue;
    }
    if (sameParent) {
      problems.push({ kind: "backwards", row, expected: displayOf(expected) });
      accept(row, continuesFrom(place) && !continuesFrom(expected) ? place : expected);
      continue;
    }
    if (parent.parts.length > 0 && isValidNext(before, parent)) {
      problems.push({ kind: "level-jump", row, missingParent: displayOf(parent) });
      seen.add(keyOf(parent));
      accept(row, place);
      continue;
    }
    problems.push({
      kind: "orphan",
      row,
      missingParent: displayOf(parent),
      expected: displayOf(expected),
    });
    accept(row, continuesFrom(place) && !continuesFrom(expected) ? place : expected);
  }
  return { places, problems };
}
