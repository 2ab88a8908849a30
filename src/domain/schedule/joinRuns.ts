import { dueByDraft, openRunDraft, runDraft } from "./runDrafts";
import { ScheduleDraft } from "./draft";
import { Token, token } from "./token";

/** Only blanks between two times: "Quý II/2025 hoàn thành trước 30/6/2025". */
const BLANK = /^[ \t]*$/;
/** A dash between two times: "Tháng 12/2025 - 02/2026", "Quý IV/2025 - Quý I/2026". */
const DASH = /^[ \t]*-[ \t]*$/;
/** "… trở đi" after a time: it runs on to the year's end, and on past it. */
const ONWARD_FROM_IT = /^[ \t]*tro\s*di/;

/** The one draft of a time, when it is one time (not a list, not recurring work). */
function single(found: Token | undefined): ScheduleDraft | null {
  if (!found || (found.kind !== "period" && found.kind !== "deadline")) return null;
  const [only, ...more] = found.drafts;
  return only && more.length === 0 && only.form !== "recurring" ? only : null;
}

/**
 * Times the scanner read apart that name one time together: "Từ tháng 3/2025 đến tháng 6/2025" and
 * "Quý IV/2025 - Quý I/2026" (a run), "Từ ngày 01/01/2025" and "Từ quý II/2025 trở đi" (to the year's end),
 * "Quý II/2025 hoàn thành trước 30/6/2025" (a quarter due by a day). Only within a line.
 */
export function joinRuns(folded: string, tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const marker = tokens[index].kind === "from" ? tokens[index] : null;
    const at = marker ? index + 1 : index;
    const first = tokens[at];
    const draft = first?.kind === "period" ? single(first) : null;
    if (!draft || (marker && !BLANK.test(folded.slice(marker.end, first.start)))) {
      joined.push(tokens[index]);
      continue;
    }
    const start = marker ? marker.start : first.start;
    const next = tokens[at + 1];
    const gap = next ? folded.slice(first.end, next.start) : "";
    const last = single(next);
    if (last && next.kind === "deadline" && next.until && BLANK.test(gap)) {
      joined.push(token("period", start, next.end, [runDraft(draft, last)]));
      index = at + 1;
    } else if (last && next.kind === "period" && DASH.test(gap)) {
      joined.push(token("period", start, next.end, [runDraft(draft, last)]));
      index = at + 1;
    } else if (last && next.kind === "deadline" && BLANK.test(gap)) {
      joined.push(token("period", start, next.end, [dueByDraft(draft, last)]));
      index = at + 1;
    } else if (
      (marker && draft.form !== "range") ||
      (next?.kind === "onward" && ONWARD_FROM_IT.test(folded.slice(first.end)))
    ) {
      // A run already ("từ tháng 3 đến tháng 6") says where it ends.
      joined.push(token("period", start, first.end, [openRunDraft(draft)]));
      index = at;
    } else {
      if (marker) joined.push(marker);
      joined.push(first);
      index = at;
    }
  }
  return joined;
}
