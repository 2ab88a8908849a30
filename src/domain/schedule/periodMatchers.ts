import {
  monthsDraft,
  monthsOfYearDraft,
  partOfYearDraft,
  quartersDraft,
  ScheduleDraft,
  yearDraft,
} from "./draft";
import {
  MONTH_NUMBER,
  readRuns,
  Run,
  WrittenYear,
  yearAfterNam,
  yearAfterPeriod,
} from "./numberRuns";
import { numeralValue, yearValue } from "./numerals";
import { matchAt, Matcher, token, Token } from "./token";

/** Quarters, months, halves and years: the grammar's periods, in folded text. */

const QUARTER_WORD = /(?:qu[yi]|q\.?)\s*/y;
const QUARTER_NUMBER = /(i{1,3}|iv|\d{1,2})(?![a-z0-9])/y;
const MONTH_WORD = /(?:thang\s*|t\.?(?=\s*\d))\s*/y;

/** Runs of numbers turned into drafts, or an invalid token when one is out of `[1, last]` or its year is no year. */
function runsToken(
  start: number,
  runs: Run[],
  year: WrittenYear | null,
  end: number,
  last: number,
  make: (from: number, to: number, year: number | null) => ScheduleDraft
): Token {
  const values = runs.map((run) => [numeralValue(run.from), numeralValue(run.to)] as const);
  const valid = values.every(
    ([from, to]) => from !== null && to !== null && from >= 1 && to <= last && from <= to
  );
  if (!valid || (year && year.value === null)) return token("invalid", start, end);
  const named = year ? year.value : null;
  return token(
    "period",
    start,
    end,
    values.map(([from, to]) => make(from as number, to as number, named))
  );
}

function listMatcher(
  word: RegExp,
  number: RegExp,
  last: number,
  make: (from: number, to: number, year: number | null) => ScheduleDraft
): Matcher {
  return (folded, at) => {
    const head = matchAt(word, folded, at);
    if (!head) return null;
    const list = readRuns(folded, at + head[0].length, number, word);
    if (!list) return null;
    const year = yearAfterPeriod(folded, list.end);
    return runsToken(at, list.runs, year, year ? year.end : list.end, last, make);
  };
}

/** "Quý I/2024", "quý III năm 2024", "Quý 2", "Quí I, II", "q.1", "quý II - III/2024". */
export const quarters: Matcher = listMatcher(QUARTER_WORD, QUARTER_NUMBER, 4, quartersDraft);

/** "Tháng 12 năm 2025", "tháng 10/2025", "Tháng 3, 6, 9, 12", "tháng 3-4/2024", "tháng 3 đến tháng 6". */
export const months: Matcher = listMatcher(MONTH_WORD, MONTH_NUMBER, 12, monthsDraft);

/** "11/2024" standing alone: a month of a year; "2-3/2025": months of a year. */
const MONTH_OF_YEAR = /(\d{1,2})(?:\s*-\s*(\d{1,2}))?\s*\/\s*(\d{4})(?![\d/])/y;
export const monthOfYear: Matcher = (folded, at) => {
  const found = matchAt(MONTH_OF_YEAR, folded, at);
  if (!found) return null;
  const first = Number(found[1]);
  const last = found[2] === undefined ? first : Number(found[2]);
  const year = yearValue(found[3]);
  const end = at + found[0].length;
  if (first < 1 || last > 12 || first > last || year === null) return token("invalid", at, end);
  return token("period", at, end, [monthsDraft(first, last, year)]);
};

const MONTHS_OF_YEAR = /(\d{1,2})\s*thang(?![a-z0-9])/y;
const YEAR_END = /\s*(dau|cuoi)(?:\s*nam(?![a-z0-9]))?/y;
/** Words after "N tháng" that make it a time counted from something: "01 tháng sau kiểm tra". */
const COUNTED_FROM = /\s*(?:sau|truoc|ke|lam|nua|tiep|qua|toi|lien|ve|mot lan|1 lan)(?![a-z0-9])/y;

/**
 * "6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng", "6 tháng" (the reports' six and nine months,
 * counted from January); any other number of months ("01 tháng sau kiểm tra") is a length of time.
 */
export const monthsOfYear: Matcher = (folded, at) => {
  const found = matchAt(MONTHS_OF_YEAR, folded, at);
  if (!found) return null;
  const count = Number(found[1]);
  let end = at + found[0].length;
  const side = matchAt(YEAR_END, folded, end);
  if (side && count >= 1 && count <= 12) {
    end += side[0].length;
    const year = /nam$/.test(side[0]) ? yearAfterNam(folded, end) : yearAfterPeriod(folded, end);
    if (year && year.value === null) return token("invalid", at, year.end);
    const draft = monthsOfYearDraft(
      count,
      side[1] === "dau" ? "first" : "last",
      year?.value ?? null
    );
    return token("period", at, year ? year.end : end, [draft]);
  }
  if ((count === 6 || count === 9) && !matchAt(COUNTED_FROM, folded, end)) {
    const year = yearAfterPeriod(folded, end);
    if (year && year.value === null) return token("invalid", at, year.end);
    return token("period", at, year ? year.end : end, [
      monthsOfYearDraft(count, "first", year?.value ?? null),
    ]);
  }
  return token("event", at, end);
};

const PART_OF_YEAR = /(nua\s*)?(dau|giua|cuoi)\s*nam(?![a-z0-9])/y;

/**
 * "nửa cuối năm": the second half; "nửa đầu năm": the first. "đầu năm" is read as the first quarter
 * (January–March), "cuối năm" as the last (October–December) and "giữa năm" as June–July: the months
 * people mean by them, narrower than a half so that a task "cuối năm" is not counted in the third
 * quarter's report.
 */
export const partOfYear: Matcher = (folded, at) => {
  const found = matchAt(PART_OF_YEAR, folded, at);
  if (!found) return null;
  const end = at + found[0].length;
  const year = yearAfterNam(folded, end);
  if (year && year.value === null) return token("invalid", at, year.end);
  const named = year?.value ?? null;
  const half = Boolean(found[1]);
  const draft =
    found[2] === "giua"
      ? partOfYearDraft("range", 6, 7, named)
      : half
        ? monthsOfYearDraft(6, found[2] === "dau" ? "first" : "last", named)
        : found[2] === "dau"
          ? partOfYearDraft("range", 1, 3, named)
          : partOfYearDraft("range", 10, 12, named);
  return token("period", at, year ? year.end : end, [draft]);
};

const WHOLE_YEAR =
  /(?:thuong\s*xuyen(?:\s*,?\s*lien\s*tuc)?|lien\s*tuc|quanh\s*nam|ca\s*nam|suot\s*nam|trong\s*(?:ca\s*)?nam)(?:\s*,?\s*(?:trong|suot)\s*(?:ca\s*)?nam)?(?![a-z0-9])/y;

/** The last year of a run or list of years: "- 2026", "đến năm 2026", ", 2026", "và 2026". */
const LAST_YEAR_OF_RUN = /\s*(?:-|den|toi|,|va(?![a-z0-9])|&)\s*(?:nam\s*)?(\d{4})(?![\d/])/y;

/** Years from `first` to the one written after it, if any: one draft, going on to the last. */
function yearsToken(folded: string, at: number, from: number | null, end: number): Token {
  const more = matchAt(LAST_YEAR_OF_RUN, folded, end);
  const last = more ? end + more[0].length : end;
  const to = more ? yearValue(more[1]) : from;
  if (from === null || to === null || to < from) return token("invalid", at, last);
  return token("period", at, last, [yearDraft(from, to > from ? to : null)]);
}

/** "Thường xuyên trong năm", "Thường xuyên", "Trong năm 2025", "trong năm 2025 - 2026", "cả năm", "liên tục". */
export const wholeYear: Matcher = (folded, at) => {
  const found = matchAt(WHOLE_YEAR, folded, at);
  if (!found) return null;
  const end = at + found[0].length;
  const year = /nam$/.test(found[0]) ? yearAfterNam(folded, end) : null;
  if (year) return yearsToken(folded, at, year.value, year.end);
  return token("period", at, end, [yearDraft(null)]);
};

const NAMED_YEAR = /(?:nam|giai\s*doan)\s*(\d{4})(?![\d/])/y;

/**
 * "Năm 2024", "năm 2021 - 2025", "giai đoạn 2021-2025", "Năm 2025, 2026": work over the years named, read
 * in the plan's year when it is one of them.
 */
export const namedYears: Matcher = (folded, at) => {
  const found = matchAt(NAMED_YEAR, folded, at);
  return found ? yearsToken(folded, at, yearValue(found[1]), at + found[0].length) : null;
};

const ONWARD =
  /(?:va\s*)?(?:(?:nhung|cac)\s*nam\s*(?:tiep\s*theo|ke\s*tiep|tiep|sau)|tro\s*di)(?![a-z0-9])/y;

/** "… và những năm tiếp theo", "… trở đi": the time before it goes on past its year. */
export const onward: Matcher = (folded, at) => {
  const found = matchAt(ONWARD, folded, at);
  return found ? token("onward", at, at + found[0].length) : null;
};

const NEXT_YEAR = /nam\s*(?:sau|toi)(?![a-z0-9])/y;

/** "… năm sau", "… năm tới": the time before it is in the year after the plan's; alone, that year. */
export const nextYear: Matcher = (folded, at) => {
  const found = matchAt(NEXT_YEAR, folded, at);
  return found ? token("nextYear", at, at + found[0].length) : null;
};

const FROM = /(?:bat\s*dau\s*)?tu(?![a-z0-9])\s*/y;

/** "Từ …", "bắt đầu từ …": the time after it runs on to the year's end, unless it says where it ends. */
export const from: Matcher = (folded, at) => {
  const found = matchAt(FROM, folded, at);
  return found ? token("from", at, at + found[0].length) : null;
};

const YEARLY = /(?:hang|moi|cac)\s*nam(?![a-z0-9])/y;

/** "Hàng năm", "hằng năm", "mỗi năm". */
const CITATION =
  /(?:so\s*:?\s*)?\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z][a-z0-9/.-]*(?:\s*,?\s*ngay\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\s*,?\s*ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})?/y;

/**
 * A document cited ("Kế hoạch số 12/KH-UBND ngày 5/1/2024", "Nghị định 30/2020/NĐ-CP"): its number and
 * date are the document's, not the task's. It names no time.
 */
export const citation: Matcher = (folded, at) => {
  const found = matchAt(CITATION, folded, at);
  return found ? token("event", at, at + found[0].length) : null;
};

export const yearly: Matcher = (folded, at) => {
  const found = matchAt(YEARLY, folded, at);
  return found ? token("yearly", at, at + found[0].length) : null;
};
