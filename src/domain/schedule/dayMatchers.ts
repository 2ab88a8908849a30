import { dayDraft, daysDraft, recurringDraft, WrittenDay } from "./draft";
import { MONTH_NUMBER, readRuns, yearAfterPeriod } from "./numberRuns";
import { yearValue } from "./numerals";
import { matchAt, token, Token } from "./token";

/** Days: "15/3/2025", "15-03-25", "ngày 15 tháng 3 năm 2025", "ngày 25 các tháng 2, 5, 8", "từ 01/3 đến 30/6/2024". */

const NUMERIC_DAY =
  /(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2})|\s*,?\s*nam\s*(\d{4}))?(?![\d/.-]?\d)/y;

/** A day written in figures; `loose` after a deadline word or "ngày", where "15.3" and "15-3" are days too. */
function numericDay(
  folded: string,
  at: number,
  loose: boolean
): { day: WrittenDay | null; end: number } | null {
  const found = matchAt(NUMERIC_DAY, folded, at);
  if (!found) return null;
  const [, day, separator, month] = found;
  const year = found[4] ?? found[5];
  const hasDayWord = found[0].startsWith("ngay");
  if (year === undefined && separator !== "/" && !loose && !hasDayWord) return null;
  const end = at + found[0].length;
  return { day: writtenDayOf(day, month, year), end };
}

/** The day written, or null when it is no day of a plan (day 32, month 13, year 1890). */
function writtenDayOf(day: string, month: string, year: string | undefined): WrittenDay | null {
  const yearNumber = year === undefined ? null : yearValue(year);
  const valid =
    Number(day) >= 1 &&
    Number(day) <= 31 &&
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    (year === undefined || yearNumber !== null);
  return valid ? { day: Number(day), month: Number(month), year: yearNumber } : null;
}

const WRITTEN_DAY = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*,?\s*nam\s*(\d{4}))?(?![a-z0-9])/y;

function writtenDay(folded: string, at: number): { day: WrittenDay | null; end: number } | null {
  const found = matchAt(WRITTEN_DAY, folded, at);
  if (!found) return null;
  return { day: writtenDayOf(found[1], found[2], found[3]), end: at + found[0].length };
}

/** One day in figures or in words. */
export function oneDay(folded: string, at: number, loose: boolean) {
  return writtenDay(folded, at) ?? numericDay(folded, at, loose);
}

const AND = /\s*(?:,|va(?![a-z0-9]))\s*(?:ngay\s*)?/y;
const TO = /\s*(?:-|den|toi)\s*(?:het\s*)?(?:ngay\s*)?/y;

/** A day, or a run of days from it ("01/3 - 30/6/2024", "ngày 1/3 đến ngày 30/6"): as a date when `form` is "date". */
export function days(
  folded: string,
  at: number,
  form: "date" | "deadline",
  loose: boolean
): Token | null {
  const first = oneDay(folded, at, loose);
  if (!first) return null;
  if (!first.day) return token("invalid", at, first.end);
  const to = form === "date" ? matchAt(TO, folded, first.end) : null;
  const second = to ? oneDay(folded, first.end + to[0].length, true) : null;
  if (second) {
    if (!second.day) return token("invalid", at, second.end);
    return token("period", at, second.end, [daysDraft(first.day, second.day)]);
  }
  const kind = form === "deadline" ? "deadline" : "period";
  const written = [first.day];
  let end = first.end;
  // "trước 30/6 và 31/12/2024": one deadline each.
  for (let more = matchAt(AND, folded, end); more && form === "deadline";) {
    const next = oneDay(folded, end + more[0].length, true);
    if (!next) break;
    if (!next.day) return token("invalid", at, next.end);
    written.push(next.day);
    end = next.end;
    more = matchAt(AND, folded, end);
  }
  const lastYear = written[written.length - 1].year;
  return token(
    kind,
    at,
    end,
    written.map(({ day, month, year }) => dayDraft(form, day, month, year ?? lastYear))
  );
}

const DAY_OF_MONTHS = /(?:ngay\s*)?(\d{1,2})\s*(?:cua\s*)?(cac|moi|hang)?\s*thang(?![a-z0-9])\s*/y;
const MONTH_WORD = /thang\s*/y;

/**
 * "ngày 25 các tháng 2, 5, 8": that day of each month named, one date (or deadline) each; "ngày 25 hàng
 * tháng": recurring work.
 */
export function dayOfMonths(folded: string, at: number, form: "date" | "deadline"): Token | null {
  const found = matchAt(DAY_OF_MONTHS, folded, at);
  if (!found) return null;
  if (!found[0].startsWith("ngay") && form === "date") return null;
  const head = at + found[0].length;
  const day = Number(found[1]);
  const list = readRuns(folded, head, MONTH_NUMBER, MONTH_WORD);
  if (!list) {
    if (found[2] === "moi" || found[2] === "hang")
      return token("period", at, head, [recurringDraft()]);
    return null;
  }
  const year = yearAfterPeriod(folded, list.end);
  const end = year ? year.end : list.end;
  const months = list.runs.flatMap((run) => {
    const from = Number(run.from);
    const to = Number(run.to);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
  if (
    day < 1 ||
    day > 31 ||
    months.length === 0 ||
    months.some((month) => month < 1 || month > 12) ||
    (year && year.value === null)
  )
    return token("invalid", at, end);
  const kind = form === "deadline" ? "deadline" : "period";
  return token(
    kind,
    at,
    end,
    months.map((month) => dayDraft(form, day, month, year?.value ?? null))
  );
}
