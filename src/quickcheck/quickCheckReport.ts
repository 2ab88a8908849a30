/*
 * What "Kiểm tra nhanh" tells the officer, handed from the ribbon's function file (src/commands) to
 * the dialog page (quickcheck.html) without any server: by Dialog.messageChild where Excel has
 * DialogApi 1.2, otherwise in the fragment of the dialog's address (#…), which a browser never sends
 * to a web server. Never in the query (?…): that reaches the server hosting the add-in and its logs.
 */

/** The most problems the dialog lists; the pane lists them all. */
export const MAX_PROBLEMS = 5;

/**
 * The longest fragment put in the dialog's address. Excel 2016 and 2019, the only ones that need the
 * fragment (they lack messageChild), may open the dialog in Internet Explorer's webview, which refuses
 * addresses over 2,083 characters; the hosting address and the _host_info Office adds need the rest.
 */
export const MAX_FRAGMENT = 1_500;

/** One problem the dialog lists. */
export interface ReportProblem {
  severity: "error" | "warning" | "info";
  /** A1 address of the cell to change. */
  cell: string;
  /** The TT of the row, as written; null when the row has none. */
  number: string | null;
  message: string;
}

export type QuickCheckReport =
  | {
      /** The sheet held an appendix: it was checked, its errors and warnings marked. */
      kind: "checked";
      sheet: string;
      errors: number;
      warnings: number;
      notes: number;
      /** The first problems (MAX_PROBLEMS at most): errors, then warnings, then notes, each in sheet order. */
      problems: ReportProblem[];
      /** The cell selected: the first error's; null when there is no error. */
      selected: string | null;
    }
  | {
      /** The sheet holds no appendix: nothing was marked or written. */
      kind: "no-appendix";
      sheet: string;
      /** What is missing, as readAppendix says it. */
      reason: string;
    }
  | {
      /** Excel refused, or something else failed: the message is Vietnamese. */
      kind: "failed";
      message: string;
    };

/** The messages between the dialog and the function file that opened it (JSON strings). */
export type DialogMessage =
  /** The dialog is listening for the report (sent when it has no report in its address). */
  | { type: "ready" }
  /** The officer chose Đóng (or pressed Esc). */
  | { type: "close" };

export function dialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** A message from the dialog, or null when it is none of ours. */
export function readDialogMessage(text: string): DialogMessage | null {
  try {
    const value = JSON.parse(text) as { type?: unknown };
    return value?.type === "ready" || value?.type === "close" ? { type: value.type } : null;
  } catch {
    return null;
  }
}

/** The report as JSON, for Dialog.messageChild. */
export function reportMessage(report: QuickCheckReport): string {
  return JSON.stringify(report);
}

// ---- the report in an address's fragment -----------------------------------------------------------------

/**
 * The report as the fragment of the dialog's address (without "#"): its JSON in UTF-8, base64url, so
 * that Vietnamese text takes about a third of the room percent-encoding would (no "?", "&" or "#" in
 * it either). Made to fit MAX_FRAGMENT: long messages are shortened, then the last problems left out
 * (the counts still say how many there are).
 */
export function reportFragment(report: QuickCheckReport, limit = MAX_FRAGMENT): string {
  for (const candidate of shorterReports(report)) {
    const fragment = toBase64Url(reportMessage(candidate));
    if (fragment.length <= limit) return fragment;
  }
  throw new Error(`A quick check report does not fit in ${limit} characters`);
}

/** The report itself, then ever shorter versions of it; the last always fits in a few hundred characters. */
function* shorterReports(report: QuickCheckReport): Generator<QuickCheckReport> {
  yield report;
  if (report.kind === "failed") {
    yield { ...report, message: shorten(report.message, 400) };
    yield { ...report, message: shorten(report.message, 120) };
    return;
  }
  if (report.kind === "no-appendix") {
    yield { ...report, reason: shorten(report.reason, 400) };
    yield { ...report, reason: shorten(report.reason, 120) };
    return;
  }
  for (const length of [200, 120, 80]) {
    const problems = report.problems.map((problem) => ({
      ...problem,
      message: shorten(problem.message, length),
    }));
    yield { ...report, problems };
  }
  const short = report.problems.map((problem) => ({
    ...problem,
    message: shorten(problem.message, 80),
  }));
  for (let kept = short.length - 1; kept >= 0; kept--)
    yield { ...report, problems: short.slice(0, kept) };
}

/** The text cut at `length` characters (a word's end where there is one near), ending in "…". */
export function shorten(text: string, length: number): string {
  const characters = Array.from(text);
  if (characters.length <= length) return text;
  const cut = characters.slice(0, length - 1).join("");
  // Back to the last space, unless the cut already falls between two words (or no space is near).
  const atWordEnd = /\s/.test(characters[length - 1]);
  const space = cut.lastIndexOf(" ");
  return `${(!atWordEnd && space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/*
 * UTF-8 by way of encodeURIComponent, so that no TextEncoder is needed (the webviews of Excel 2016 and
 * 2019 lack it), then base64url (RFC 4648 §5, no padding) with btoa; src/quickcheck/readReport.ts reads it back.
 */
function toBase64Url(text: string): string {
  const bytes = encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
  return btoa(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
