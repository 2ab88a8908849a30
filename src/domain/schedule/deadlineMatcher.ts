import { deadlineOf, yearDraft } from "./draft";
import { dayOfMonths, days } from "./dayMatchers";
import {
  months,
  monthsOfYear,
  namedYears,
  partOfYear,
  quarters,
  wholeYear,
} from "./periodMatchers";
import { yearValue } from "./numerals";
import { matchAt, Matcher, token } from "./token";

const DEADLINE_WORD =
  /(?:(?:hoan\s*thanh|xong)\s*)?(truoc|cham\s*nhat|khong\s*qua|khong\s*muon\s*hon|han\s*chot|thoi\s*han|han|den\s*het|het|den|toi)(?![a-z0-9])[\s:]*(?:la\s*)?(?:vao\s*)?(?:ngay(?![a-z0-9])\s*)?(cuoi(?!\s*nam)\s*)?/y;

/** Periods a deadline word may name instead of a day: "trước tháng 6", "chậm nhất quý III", "đến hết năm 2024". */
const PERIODS = [quarters, months, monthsOfYear, partOfYear, namedYears, wholeYear];

/** Words that end a run rather than give a deadline after a time: "Từ tháng 3 đến tháng 6/2025". */
const UNTIL_WORDS = /^(?:den\s*het|het|den|toi)$/;

/** The year a run goes to: "đến hết năm", "hết năm nay", "đến hết 2025". */
const YEAR_END =
  /(?:nam(?!\s*(?:sau|toi)(?![a-z0-9]))\s*(?:nay(?![a-z0-9]))?)?(\d{4})?(?![a-z0-9/])/y;

const yearEnd: Matcher = (folded, at) => {
  const found = matchAt(YEAR_END, folded, at);
  if (!found || found[0].trim() === "") return null;
  const year = found[1] === undefined ? null : yearValue(found[1]);
  const end = at + found[0].length;
  if (found[1] !== undefined && year === null) return token("invalid", at, end);
  return token("period", at, end, [yearDraft(year)]);
};

/**
 * A deadline: "Trước 10/01/2020", "Chậm nhất ngày 15/3/2025", "trước ngày 25 các tháng 2, 5, 8",
 * "hạn chót: 15-3-2024", "trước quý III" (due the day before it starts), "chậm nhất tháng 6/2024" and
 * "đến hết quý I" (due on its last day). A deadline word followed by no time is not one.
 */
export const deadline: Matcher = (folded, at) => {
  const head = matchAt(DEADLINE_WORD, folded, at);
  if (!head) return null;
  const from = at + head[0].length;
  const until = UNTIL_WORDS.test(head[1]) && !/^(?:hoan|xong)/.test(head[0]);
  const byDay = dayOfMonths(folded, from, "deadline") ?? days(folded, from, "deadline", true);
  if (byDay) return { ...byDay, start: at, until };
  for (const period of until ? [...PERIODS, yearEnd] : PERIODS) {
    const found = period(folded, from);
    if (!found || found.kind === "event") continue;
    if (found.kind !== "period") return { ...found, start: at };
    // "trước cuối quý I", "trước cuối năm": by the end of it.
    const strictlyBefore = head[1] === "truoc" && !head[2] && !folded.startsWith("cuoi", from);
    const drafts = found.drafts.map((draft) =>
      draft.form === "recurring" ? draft : deadlineOf(draft, strictlyBefore)
    );
    return { ...token("deadline", at, found.end, drafts), until };
  }
  return null;
};
