import { GridCell } from "../grid";
import { textOf } from "../reading/cleanGrid";
import { folded } from "../text";
import { Progress } from "./tracking";

/**
 * How officers write Tiến độ, folded (no accents, lower case), trailing punctuation dropped, tried in
 * order. "Chưa hoàn thành", "Chưa HT" and "Chưa xong" say the same (not finished) and read alike: work
 * begun and not finished, as CCHC reports use them beside "chưa thực hiện" / "chưa triển khai" for
 * work not begun. "Hoàn thành một phần" is begun and not finished too.
 */
const PROGRESS_WORDINGS: [RegExp, Progress][] = [
  [/(?:^| )(?:mot|1) phan(?: |$)/, "in-progress"],
  [/^(?:da )?(?:hoan thanh|hoan tat|xong|ht)\b|^da thuc hien\b/, "done"],
  [/^dang\b|^chua (?:hoan thanh|hoan tat|xong|ht)\b/, "in-progress"],
  [/^chua\b/, "not-started"],
];

/** A percentage in a Tiến độ text: "50%", "12,5 %", "Hoàn thành 80%". */
const PERCENT = /(\d{1,3}(?:[.,]\d+)?) ?%/;
/** Words a percentage may follow and still say the progress alone: "Đạt 80%", "Khối lượng 50%". */
const SHARE_WORDS = /^(?:da |duoc )?(?:dat|khoi luong|ty le|tien do)?$/;

/** Where a task stands when a share of it (0 to 1) is done: all of it done, none not started. */
export function progressOfShare(share: number): Progress | null {
  if (!(share >= 0 && share <= 1)) return null;
  return share === 1 ? "done" : share === 0 ? "not-started" : "in-progress";
}

function wordingOf(key: string): Progress | null {
  return PROGRESS_WORDINGS.find(([wording]) => wording.test(key))?.[1] ?? null;
}

function progressOfKey(key: string): Progress | null {
  if (key === "") return null;
  const percent = PERCENT.exec(key);
  if (percent) {
    // The percentage decides ("Hoàn thành 50%" is half done) when the rest says progress or nothing.
    const rest = key.replace(PERCENT, " ").replace(/\s+/g, " ").trim();
    if (SHARE_WORDS.test(rest) || wordingOf(rest) !== null)
      return progressOfShare(Number(percent[1].replace(",", ".")) / 100);
    return null;
  }
  return wordingOf(key);
}

/** A Tiến độ text read: "Đã hoàn thành", "HT", "xong", "đang triển khai", "Chưa", "50%"…; null when it says none. */
export function readProgress(text: string): Progress | null {
  const known = readProgresses.get(text);
  if (known !== undefined) return known;
  const progress = progressOfKey(folded(text).replace(/[.;:!]+$/, ""));
  if (readProgresses.size < MOST_REMEMBERED) readProgresses.set(text, progress);
  return progress;
}

/**
 * A column of Tiến độ repeats a handful of words down thousands of rows: each is folded once. Only
 * so many are kept, so that a column of odd texts cannot grow the memory.
 */
const readProgresses = new Map<string, Progress | null>();
const MOST_REMEMBERED = 256;

/**
 * A Tiến độ cell read. A number is a share: a "Tiến độ (%)" column formatted as percentages holds 0.5
 * for 50%, so 0 to 1 is the share itself (1 is all done); a number above 1 and up to 100 can only be a
 * percentage typed in a cell formatted General (50 for 50%). Text is read as readProgress reads it.
 */
export function readProgressCell(cell: GridCell | undefined): Progress | null {
  const value = cell?.value;
  if (typeof value === "number") return progressOfShare(value <= 1 ? value : value / 100);
  return readProgress(textOf(cell));
}
