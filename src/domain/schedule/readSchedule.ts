import { recurringDraft, ScheduleDraft, yearDraft } from "./draft";
import { foldText } from "./foldedText";
import { joinRuns } from "./joinRuns";
import { yearValue } from "./numerals";
import { scanSchedule } from "./scanSchedule";
import { ScheduleReading, SchedulePart } from "./schedule";
import { Token, token } from "./token";

/**
 * Words that make a cell that names no time one that needs none: an event ("Khi có yêu cầu", "Sau khi
 * văn bản có hiệu lực"), someone else's plan ("Theo kế hoạch của UBND tỉnh"), a need ("Kịp thời").
 */
const EVENT_WORDS =
  /(?<![a-z0-9])(?:khi|sau|theo|neu|tuy|kip thoi|dot xuat|phat sinh|yeu cau|ke tu|trong vong|can cu|chi dao|ngay sau|lich)(?![a-z0-9])/;

/** A clause that is a year and nothing else: "2024". */
const YEAR_ALONE = /^\s*[-–.]?\s*(\d{4})\s*\.?\s*$/;

/** Between two times that together name one deadline: "Quý I, 6 tháng, quý III trước …". */
const LIST_GAP = /^[\s,&+-]*(?:va)?[\s,&+-]*$/;

/** The cell's text as the grammar has read it, before the plan's year is known. */
export interface ParsedSchedule {
  text: string;
  folded: string;
  tokens: Token[];
  /** The clause (between ";" and line breaks) of each token. */
  clauses: number[];
}

export function parseSchedule(cell: string): ParsedSchedule {
  const { text, folded } = foldText(cell);
  const tokens = joinRuns(folded, withYearsAlone(folded, scanSchedule(folded)));
  return { text, folded, tokens, clauses: tokens.map((found) => clauseAt(folded, found.start)) };
}

/**
 * What a "Thời gian thực hiện" cell means in the plan's year. Parts are read in the year they name, or
 * the plan's year when they name none or go on into it ("Quý I/2023 và những năm tiếp theo" in a 2024
 * plan is the first quarter of 2024). A cell mixing times with events is dated by its times; words
 * shaped like a time that name none are `unread`, never guessed.
 */
export function readSchedule(text: string, planYear: number): ScheduleReading {
  return resolveSchedule(parseSchedule(text), planYear);
}

export function resolveSchedule(parsed: ParsedSchedule, planYear: number): ScheduleReading {
  const { text, folded, tokens, clauses } = parsed;
  if (folded.trim() === "")
    return { kind: "none", parts: [], years: [], unread: [], staleYears: [] };
  const labels = labelsOfDeadlines(tokens, clauses, folded);
  const drafts = draftsOf(tokens, clauses);
  const parts: SchedulePart[] = [];
  const unread: string[] = [];
  const years: number[] = [];
  const staleYears: number[] = [];
  const note = (list: number[], year: number) => {
    if (!list.includes(year)) list.push(year);
  };
  tokens.forEach((found, index) => {
    const words = text.slice(found.start, found.end).trim();
    if (found.kind === "invalid") unread.push(words);
    for (const draft of drafts[index]) {
      if (draft.year !== null) note(years, draft.year);
      if (draft.through !== null && Number.isFinite(draft.through)) note(years, draft.through);
      if (draft.year !== null && draft.year < planYear && (draft.through ?? draft.year) < planYear)
        note(staleYears, draft.year);
    }
    if (labels.has(index) || ["onward", "from", "event"].includes(found.kind)) return;
    const from = labelStart(tokens, labels, index);
    for (const draft of drafts[index]) {
      const placed = draft.at(yearOf(draft, planYear));
      if (!placed) {
        unread.push(words);
        continue;
      }
      const part: SchedulePart = {
        text: text.slice(from, onwardEnd(tokens, clauses, index)).trim(),
        form: draft.form,
        span: placed.span,
        due: placed.due,
      };
      if (draft.year !== null) part.namedYear = draft.year;
      if (draft.through !== null && draft.through > (draft.year ?? -Infinity))
        part.continues = true;
      parts.push(part);
    }
  });
  if (parts.length > 0) return { kind: "dated", parts, years, unread, staleYears };
  if (unread.length > 0) return { kind: "unreadable", parts, years, unread, staleYears };
  const event = tokens.some((found) => found.kind === "event") || EVENT_WORDS.test(folded);
  if (event) return { kind: "none", parts, years, unread, staleYears };
  return { kind: "unreadable", parts, years, unread: [text.trim()], staleYears };
}

/** The year a time is placed in: the one it names, or the plan's when it names none or goes on into it. */
function yearOf(draft: ScheduleDraft, planYear: number): number {
  if (draft.year === null) return planYear + (draft.yearsAfterPlan ?? 0);
  const through = draft.through ?? draft.year;
  return draft.year <= planYear && planYear <= through ? planYear : draft.year;
}

/**
 * Each token's times as they stand in their clause: "… và những năm tiếp theo" makes the time before it
 * go on; "hàng năm" after a time says that time comes back each year ("trước ngày 20/10 hàng năm"), and
 * alone is recurring work.
 */
function draftsOf(tokens: Token[], clauses: number[]): ScheduleDraft[][] {
  const drafts = tokens.map((found) => found.drafts);
  tokens.forEach((found, index) => {
    const sameClause = (other: number) => clauses[other] === clauses[index];
    const dated = (other: number) =>
      tokens[other].kind === "period" || tokens[other].kind === "deadline";
    if (found.kind === "onward") {
      for (let before = index - 1; before >= 0 && sameClause(before); before--) {
        if (!dated(before)) continue;
        drafts[before] = drafts[before].map((draft) =>
          draft.year === null ? draft : { ...draft, through: Infinity }
        );
        break;
      }
    }
    if (found.kind === "nextYear") {
      const before = index - 1;
      const put = (draft: ScheduleDraft) =>
        draft.year === null ? { ...draft, yearsAfterPlan: 1 } : draft;
      if (before >= 0 && sameClause(before) && dated(before))
        drafts[before] = drafts[before].map(put);
      else drafts[index] = [put(yearDraft(null))];
    }
    if (found.kind === "yearly") {
      const alone = !tokens.some((other, at) => at !== index && sameClause(at) && dated(at));
      drafts[index] = alone ? [recurringDraft()] : [];
    }
  });
  return drafts;
}

/**
 * Times listed just before a deadline that lists one day for each name what is due by it, not times of
 * their own: in "Quý I, 6 tháng, quý III trước ngày 25 các tháng 2, 5, 8" the reports are due on 25/2,
 * 25/5 and 25/8. Otherwise each is a time of its own.
 */
function labelsOfDeadlines(tokens: Token[], clauses: number[], folded: string): Set<number> {
  const labels = new Set<number>();
  tokens.forEach((found, index) => {
    if (found.kind !== "deadline" || found.drafts.length < 2) return;
    const listed: number[] = [];
    let named = 0;
    let end = found.start;
    for (let before = index - 1; before >= 0 && named < found.drafts.length; before--) {
      const other = tokens[before];
      if (clauses[before] !== clauses[index] || other.kind !== "period") break;
      if (!LIST_GAP.test(folded.slice(other.end, end))) break;
      listed.push(before);
      named += other.drafts.length;
      end = other.start;
    }
    if (named === found.drafts.length) for (const label of listed) labels.add(label);
  });
  return labels;
}

/** Where a deadline's words start, the times naming what is due by it included. */
function labelStart(tokens: Token[], labels: Set<number>, index: number): number {
  let start = tokens[index].start;
  for (let before = index - 1; before >= 0 && labels.has(before); before--)
    start = tokens[before].start;
  return start;
}

/** Where a time's words end, "… và những năm tiếp theo", "hàng năm" or "năm sau" after it included. */
function onwardEnd(tokens: Token[], clauses: number[], index: number): number {
  const next = tokens[index + 1];
  return next &&
    (next.kind === "onward" || next.kind === "yearly" || next.kind === "nextYear") &&
    clauses[index + 1] === clauses[index]
    ? next.end
    : tokens[index].end;
}

function clauseAt(folded: string, at: number): number {
  let clause = 0;
  for (let i = 0; i < at; i++) if (folded[i] === ";" || folded[i] === "\n") clause++;
  return clause;
}

/** A clause holding only a year ("2024", as a cell formatted as a number shows it) is that year. */
function withYearsAlone(folded: string, tokens: Token[]): Token[] {
  if (tokens.length > 0) return tokens;
  const alone = YEAR_ALONE.exec(folded);
  const year = alone ? yearValue(alone[1]) : null;
  if (!alone || year === null) return tokens;
  const start = folded.indexOf(alone[1]);
  return [token("period", start, start + 4, [yearDraft(year)])];
}
