import { z } from "zod";
import { MAX_PROBLEMS, QuickCheckReport } from "./quickCheckReport";

/*
 * The dialog's side of ./quickCheckReport.ts: a report read back from the address's fragment or from
 * a message, checked before it is shown (zod at the edge where data comes in). Kept out of the function
 * file's bundle, which only writes reports.
 */

const count = z.number().int().min(0);
const text = z.string().max(2_000);
const cell = z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/);

const problem = z.object({
  severity: z.enum(["error", "warning", "info"]),
  cell,
  number: z.string().max(40).nullable(),
  message: text,
});

const reportSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("checked"),
    sheet: z.string().max(100),
    errors: count,
    warnings: count,
    notes: count,
    problems: z.array(problem).max(MAX_PROBLEMS),
    selected: cell.nullable(),
  }),
  z.object({ kind: z.literal("no-appendix"), sheet: z.string().max(100), reason: text }),
  z.object({ kind: z.literal("failed"), message: text }),
]) satisfies z.ZodType<QuickCheckReport>;

/** A report from its JSON text (a messageChild message), or null when the text is not a valid report. */
export function readReportMessage(json: string): QuickCheckReport | null {
  try {
    const parsed = reportSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The report in a dialog address's fragment ("#…", or the fragment alone), or null when there is none.
 * Anything after the report (Office may append its own "?_host_info=…" or "&…") is ignored.
 */
export function readReportFragment(hash: string): QuickCheckReport | null {
  const fragment = /^#?([A-Za-z0-9_-]+)/.exec(hash)?.[1];
  if (!fragment) return null;
  let json: string;
  try {
    json = fromBase64Url(fragment);
  } catch {
    return null;
  }
  return readReportMessage(json);
}

/** base64url (no padding) to the UTF-8 text it holds, as reportFragment wrote it. */
function fromBase64Url(fragment: string): string {
  const bytes = atob(fragment.replace(/-/g, "+").replace(/_/g, "/"));
  let escaped = "";
  for (let i = 0; i < bytes.length; i++)
    escaped += `%${bytes.charCodeAt(i).toString(16).padStart(2, "0")}`;
  return decodeURIComponent(escaped);
}
