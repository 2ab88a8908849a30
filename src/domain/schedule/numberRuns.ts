import { matchAt } from "./token";
import { yearValue } from "./numerals";

/** One item of a list, or a run "3-4", "I đến III", as written (folded). */
export interface Run {
  from: string;
  to: string;
}

/** A month's number in a list ("tháng 3, 6, 9"). */
export const MONTH_NUMBER = /(\d{1,2})(?![a-z0-9])/y;

const RANGE = /\s*(?:-|den|toi)\s*(?:het\s*)?/y;
const SEPARATOR = /\s*(?:,|va(?![a-z0-9])|&|\+)\s*/y;
/** "6 tháng", "3 ngày" after a list's comma are no items of it: "Quý I, 6 tháng, quý III". */
const COUNTED = /\s*(?:thang|ngay|tuan|lan)(?![a-z0-9])/y;

/**
 * A list of numbers after a word ("Quý I, II", "tháng 3, 6, 9, 12", "tháng 3-4", "từ tháng 3 đến tháng 6"):
 * `item` reads one number (one capturing group), `keyword` the word that may come again before an item.
 */
export function readRuns(
  folded: string,
  at: number,
  item: RegExp,
  keyword: RegExp
): { runs: Run[]; end: number } | null {
  const first = matchAt(item, folded, at);
  if (!first) return null;
  const runs: Run[] = [{ from: first[1], to: first[1] }];
  let end = at + first[0].length;
  const itemAfter = (from: number, counted: boolean) => {
    const word = matchAt(keyword, folded, from);
    const start = from + (word ? word[0].length : 0);
    const found = matchAt(item, folded, start);
    if (!found) return null;
    const after = start + found[0].length;
    if (counted && !word && matchAt(COUNTED, folded, after)) return null;
    return { value: found[1], end: after };
  };
  for (;;) {
    const range = matchAt(RANGE, folded, end);
    const last = range && itemAfter(end + range[0].length, false);
    if (last) {
      runs[runs.length - 1].to = last.value;
      end = last.end;
      continue;
    }
    const separator = matchAt(SEPARATOR, folded, end);
    const next = separator && itemAfter(end + separator[0].length, true);
    if (!next) break;
    runs.push({ from: next.value, to: next.value });
    end = next.end;
  }
  return { runs, end };
}

const YEAR_AFTER_PERIOD = /\s*(?:(?:\/|-)\s*(\d{4}|\d{2})|,?\s*nam\s*(\d{4}))(?![\d/])/y;
const YEAR_AFTER_NAM = /\s*(?:\/\s*)?(\d{4})(?![\d/])/y;

/** A year written after a period: `value` null when the number is no plan's year ("/1890"). */
export interface WrittenYear {
  value: number | null;
  end: number;
}

/** "/2024", "/24", "-2024", " năm 2024" after a quarter or a month. */
export function yearAfterPeriod(folded: string, at: number): WrittenYear | null {
  const found = matchAt(YEAR_AFTER_PERIOD, folded, at);
  return found ? { value: yearValue(found[1] ?? found[2]), end: at + found[0].length } : null;
}

/** " 2024" after "năm" ("trong năm 2024", "cuối năm 2024"). */
export function yearAfterNam(folded: string, at: number): WrittenYear | null {
  const found = matchAt(YEAR_AFTER_NAM, folded, at);
  return found ? { value: yearValue(found[1]), end: at + found[0].length } : null;
}
