import { ScheduleDraft } from "./draft";

/**
 * What the grammar found at a place in a cell's folded text:
 * - `period`: a time (a day, a month, a quarter, a half, the year, a run of them, recurring work);
 * - `deadline`: a time given as a deadline ("trước …", "chậm nhất …");
 * - `yearly`: "hàng năm", which is recurring work alone and says "every year" after a time;
 * - `onward`: "… và những năm tiếp theo", about the time before it;
 * - `event`: a time counted from an event ("10 ngày sau …", "01 tháng"), which names no date;
 * - `nextYear`: "năm sau", "năm tới", which puts the time before it in the year after the plan's;
 * - `from`: "từ", "bắt đầu từ", which before a time makes it run on to the year's end;
 * - `invalid`: words in the shape of a time that name none (a 13th month, a fifth quarter).
 */
export interface Token {
  kind: "period" | "deadline" | "yearly" | "onward" | "nextYear" | "from" | "event" | "invalid";
  /** Where in the text (folded and composed alike), end excluded. */
  start: number;
  end: number;
  drafts: ScheduleDraft[];
  /** A deadline given by "đến", "tới", "hết": after a time, the end of a run from it. */
  until?: boolean;
}

/** A rule of the grammar: the token that starts at `at` in the folded text, or null. */
export type Matcher = (folded: string, at: number) => Token | null;

/** A sticky regular expression's match at `at`, or null. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  if (!pattern.sticky) throw new Error(`pattern ${pattern.source} must be sticky`);
  pattern.lastIndex = at;
  return pattern.exec(text);
}

export function token(
  kind: Token["kind"],
  start: number,
  end: number,
  drafts: ScheduleDraft[] = []
): Token {
  return { kind, start, end, drafts };
}
