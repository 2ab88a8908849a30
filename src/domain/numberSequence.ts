import { AppendixRow } from "./appendix";
import { letterAt, toRoman } from "./numbering";
import { partLetters } from "./partLetters";

/**
 * A place in the outline: one part per level with the kind of number used there. Arabic numbers under
 * a Roman section count from 1 again, so "II" then "1" is [2, 1] with kinds "RA"; a table lettered in
 * parts A, B … puts them first ("P"), so "B", "I", "1" is [2, 1, 1] with kinds "PRA".
 */
export interface Place {
  parts: number[];
  kinds: string;
  /** keyOf(place), kept once computed. */
  key?: string;
}

/**
 * A row standing between two numbered rows that follow on from each other ("3.8.2" between 1.1.3 and
 * 1.1.4): no number fits it without renumbering the rows after it, so none is suggested.
 */
export interface Between {
  /** The row the sequence stood at before it; null when it is the first numbered row. */
  previous: AppendixRow | null;
  next: AppendixRow;
}

export type SequenceProblem =
  | { kind: "duplicate"; row: AppendixRow; expected: string; between?: Between }
  | { kind: "gap"; row: AppendixRow; missing: string[] }
  | { kind: "swapped"; row: AppendixRow; next: AppendixRow }
  | { kind: "misplaced"; row: AppendixRow; expected: string; between?: Between }
  | { kind: "level-jump"; row: AppendixRow; missingParent: string }
  | {
      kind: "orphan";
      row: AppendixRow;
      missingParent: string;
      expected: string;
      between?: Between;
    };

export interface NumberSequence {
  /** Where each row stands in the outline, by its index in the rows, after the problems below were allowed for. */
  places: (Place | undefined)[];
  problems: SequenceProblem[];
  /** Sheet rows whose TT, a capital letter, was read as a part of the table ("A | PHẦN A"). */
  parts: ReadonlySet<number>;
}

/** A gap of more numbers than this is listed by its first ones. */
const MAX_LISTED_GAPS = 5;
/** How far ahead a number that seems skipped is looked for, to tell a swap from a gap. */
const SWAP_LOOKAHEAD = 200;

function keyOf(place: Place): string {
  place.key ??= `${place.kinds}:${place.parts.join(".")}`;
  return place.key;
}

/** The number as a document writes it: the arabic parts below a section, or the last letter or numeral. */
export function displayOf(place: Place): string {
  const last = place.kinds.length - 1;
  if (last < 0) return "";
  if (place.kinds[last] === "P") return letterAt(place.parts[last]).toUpperCase();
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
  return (
    sameKinds(a, b) &&
    a.parts.length === b.parts.length &&
    a.parts.every((part, i) => part === b.parts[i])
  );
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
  const { parts } = place;
  if (!cursor) return parts.every((part) => part === 1);
  const depth = parts.length;
  const cursorDepth = cursor.parts.length;
  if (
    depth === 0 ||
    depth > cursorDepth + 1 ||
    !cursor.kinds.startsWith(place.kinds.slice(0, Math.min(depth, cursorDepth)))
  ) {
    return false;
  }
  // First child: the cursor's parts then 1. Next sibling at `depth`: the cursor's parts above, then one more.
  if (depth === cursorDepth + 1) {
    if (parts[depth - 1] !== 1) return false;
  } else if (parts[depth - 1] !== cursor.parts[depth - 1] + 1 || place.kinds.length !== depth) {
    return false;
  }
  for (let i = 0; i < depth - 1; i++) if (parts[i] !== cursor.parts[i]) return false;
  return true;
}

/** The place a number would have if it were right, at the depth it was written at. */
function expectedAt(cursor: Place | null, place: Place): Place {
  const depth = place.parts.length;
  if (!cursor) return { parts: Array(depth).fill(1), kinds: place.kinds };
  if (depth === cursor.parts.length + 1) return { parts: [...cursor.parts, 1], kinds: place.kinds };
  if (depth > cursor.parts.length)
    return { parts: [...cursor.parts, 1], kinds: cursor.kinds + place.kinds[depth - 1] };
  return nextSibling(cursor, depth);
}

/**
 * Walks the numbered rows in sheet order, judging each against the sequence it continues. After a
 * fault the walk goes on from where the next row shows the document meant to be, so one typo gives
 * one problem: a duplicated "5.2.1" before "5.2.3" is a duplicate, not also a gap.
 */
export function analyseSequence(rows: AppendixRow[]): NumberSequence {
  const partAt = partLetters(rows);
  const numbered: number[] = [];
  rows.forEach((row, i) => {
    if (row.number.kind === "number" || partAt.has(i)) numbered.push(i);
  });
  const places: (Place | undefined)[] = new Array(rows.length);
  const problems: SequenceProblem[] = [];
  // Only needed once a row breaks the sequence; built then from the places so far.
  let seen: Set<string> | null = null;
  let cursor: Place | null = null;
  // The row the cursor was taken from.
  let cursorRow: AppendixRow | null = null;

  /**
   * Where a written number stands when it follows `after`: Roman sections count within the part `after`
   * is in, arabic numbers within the part and Roman section, letters within the arabic (or Roman) row
   * `after` is or belongs to.
   */
  const placeAfter = (rowIndex: number, after: Place | null): Place => {
    const part = partAt.get(rowIndex);
    if (part !== undefined) return { parts: [part], kinds: "P" };
    const number = rows[rowIndex].number;
    if (number.kind !== "number") throw new Error("only numbered rows have a place");
    const { kind, parts } = number.number;
    if (kind === "roman")
      return after && after.kinds[0] === "P"
        ? { parts: [after.parts[0], parts[0]], kinds: "PR" }
        : { parts: parts.slice(), kinds: "R" };
    if (kind === "letter") {
      const base =
        after && after.kinds.endsWith("L") ? prefix(after, after.parts.length - 1) : after;
      return base && base.parts.length > 0
        ? { parts: base.parts.concat(parts[0]), kinds: base.kinds + "L" }
        : { parts: [parts[0]], kinds: "L" };
    }
    const arabicKinds = "A".repeat(parts.length);
    let sections = 0;
    while (after && (after.kinds[sections] === "P" || after.kinds[sections] === "R")) sections++;
    return after && sections > 0
      ? {
          parts: [...after.parts.slice(0, sections), ...parts],
          kinds: after.kinds.slice(0, sections) + arabicKinds,
        }
      : { parts, kinds: arabicKinds };
  };
  const accept = (rowIndex: number, place: Place) => {
    places[rowIndex] = place;
    seen?.add(keyOf(place));
    cursor = place;
    cursorRow = rows[rowIndex];
  };
  const seenKeys = (): Set<string> => {
    seen ??= new Set(places.filter((place): place is Place => !!place).map(keyOf));
    return seen;
  };

  // Rows found out of place ahead of time, as the other half of a swap: taken as they come.
  const swappedIn = new Set<number>();

  for (let index = 0; index < numbered.length; index++) {
    const rowIndex = numbered[index];
    const row = rows[rowIndex];
    const before: Place | null = cursor;
    const place = placeAfter(rowIndex, before);
    if (isValidNext(before, place) || swappedIn.has(rowIndex)) {
      accept(rowIndex, place);
      continue;
    }
    const expected = expectedAt(before, place);
    const nextIndex = numbered[index + 1];
    const continuesFrom = (candidate: Place) =>
      nextIndex !== undefined && isValidNext(candidate, placeAfter(nextIndex, candidate));
    // The next row goes on from where the sequence stood, and not from this row's expected number:
    // this row stands between the two, and the rows after it are judged as if it were not there. Not
    // when it is written at a higher level than the next row, which may then be its first child
    // ("I, 1, III, 2": II is missing and 2 is III's first task, not III an extra row).
    const nextPlace = nextIndex === undefined ? null : placeAfter(nextIndex, before);
    const between: Between | undefined =
      nextPlace &&
      place.parts.length >= nextPlace.parts.length &&
      isValidNext(before, nextPlace) &&
      !continuesFrom(expected)
        ? { previous: cursorRow, next: rows[nextIndex] }
        : undefined;
    const settle = () => {
      if (continuesFrom(place) && !continuesFrom(expected)) accept(rowIndex, place);
      else if (between && nextPlace) {
        // In the tree it stands beside the next row; the cursor stays where it was.
        places[rowIndex] = nextPlace;
      } else accept(rowIndex, expected);
    };
    if (seenKeys().has(keyOf(place))) {
      problems.push({ kind: "duplicate", row, expected: displayOf(expected), between });
      settle();
      continue;
    }
    const parent = prefix(place, place.parts.length - 1);
    const sameParent =
      place.parts.length === expected.parts.length &&
      equal(prefix(expected, expected.parts.length - 1), parent);
    const last = place.parts[place.parts.length - 1];
    const expectedLast = expected.parts[expected.parts.length - 1];
    if (sameParent && last > expectedLast) {
      const missing: Place[] = [];
      for (let part = expectedLast; part < last && missing.length <= MAX_LISTED_GAPS; part++) {
        const skipped = { parts: [...parent.parts, part], kinds: place.kinds };
        // A number that already stood earlier (the rest of a swap) is not missing.
        if (!seenKeys().has(keyOf(skipped))) missing.push(skipped);
      }
      if (missing.length === 0) {
        accept(rowIndex, place);
        continue;
      }
      const partner = missing.length === 1 ? findAhead(index, missing[0], place) : undefined;
      if (partner !== undefined) {
        // "1.4 … 1.3": the two were swapped; one problem here, and 1.3 is taken when it comes.
        problems.push({ kind: "swapped", row, next: rows[partner] });
        swappedIn.add(partner);
        accept(rowIndex, place);
        continue;
      }
      if (between) {
        // "1.2, 1.7, 1.3": nothing is missing, 1.7 stands between two rows that follow on.
        problems.push({ kind: "misplaced", row, expected: displayOf(expected), between });
        settle();
        continue;
      }
      if (continuesFrom(expected) && !continuesFrom(place)) {
        // "1.3, 1.7, 1.5": the rows after go on from 1.4, so 1.7 is a mistyped 1.4.
        problems.push({ kind: "misplaced", row, expected: displayOf(expected) });
        accept(rowIndex, expected);
        continue;
      }
      problems.push({
        kind: "gap",
        row,
        missing: missing.slice(0, MAX_LISTED_GAPS).map(displayOf),
      });
      accept(rowIndex, place);
      continue;
    }
    if (sameParent) {
      problems.push({ kind: "misplaced", row, expected: displayOf(expected), between });
      settle();
      continue;
    }
    const jumps = parent.parts.length > 0 && isValidNext(before, parent);
    if (jumps && !between) {
      problems.push({ kind: "level-jump", row, missingParent: displayOf(parent) });
      seenKeys().add(keyOf(parent));
      accept(rowIndex, place);
      continue;
    }
    if (!jumps && parent.parts.length > 0 && !seenKeys().has(keyOf(parent))) {
      problems.push({
        kind: "orphan",
        row,
        missingParent: displayOf(parent),
        expected: displayOf(expected),
        between,
      });
    } else {
      problems.push({ kind: "misplaced", row, expected: displayOf(expected), between });
    }
    settle();
  }
  const parts = new Set([...partAt.keys()].map((index) => rows[index].row));
  return { places, problems, parts };

  /** The index in the rows of a later row numbered `wanted`, before the walk leaves its parent. */
  function findAhead(from: number, wanted: Place, after: Place): number | undefined {
    const depth = wanted.parts.length;
    for (let ahead = from + 1; ahead < numbered.length && ahead <= from + SWAP_LOOKAHEAD; ahead++) {
      const candidate = placeAfter(numbered[ahead], after);
      if (equal(candidate, wanted)) return numbered[ahead];
      if (candidate.parts.length < depth) return undefined;
    }
    return undefined;
  }
}
