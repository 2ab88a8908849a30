import { dayOfMonths, days } from "./dayMatchers";
import { deadline } from "./deadlineMatcher";
import {
  citation,
  from,
  monthOfYear,
  months,
  monthsOfYear,
  namedYears,
  nextYear,
  onward,
  partOfYear,
  quarters,
  wholeYear,
  yearly,
} from "./periodMatchers";
import { countedTime, recurring } from "./recurringMatchers";
import { Matcher, Token } from "./token";

/**
 * The grammar, tried in this order at the start of each word: the first rule that reads something there
 * gives the token, and reading goes on after it. Longer phrases come before the words they start with
 * ("những năm tiếp theo" before "năm …", "6 tháng đầu năm" before a length of time).
 */
const GRAMMAR: readonly Matcher[] = [
  citation,
  onward,
  nextYear,
  from,
  deadline,
  recurring,
  yearly,
  wholeYear,
  namedYears,
  partOfYear,
  monthsOfYear,
  countedTime,
  quarters,
  months,
  (folded, at) => dayOfMonths(folded, at, "date"),
  (folded, at) => days(folded, at, "date", false),
  monthOfYear,
];

const WORD_CHARACTER = /[a-z0-9]/;

/** The tokens of a folded cell, in order, none overlapping. */
export function scanSchedule(folded: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < folded.length) {
    const startsWord = at === 0 || !WORD_CHARACTER.test(folded[at - 1]);
    const found = startsWord && WORD_CHARACTER.test(folded[at]) ? firstMatch(folded, at) : null;
    if (found && found.end > at) {
      tokens.push(found);
      at = found.end;
    } else at++;
  }
  return tokens;
}

function firstMatch(folded: string, at: number): Token | null {
  for (const matcher of GRAMMAR) {
    const found = matcher(folded, at);
    if (found) return found;
  }
  return null;
}
