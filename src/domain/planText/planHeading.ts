import { folded } from "../text";
import { PlanHeading } from "./planImport";
import { PlanLine } from "./planLines";

/**
 * What the heading of a plan (Nghị định 30's layout: issuing body, number, place and date, "KẾ
 * HOẠCH" and the plan's name) says, read from the paragraphs before its first part or section; the
 * paragraphs it used are returned so that they are not listed as unused.
 */

const ISSUER =
  /^(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\b/;
const NUMBER = /^s[oố]\s*:?\s*([\p{L}\d.…/-]+)/iu;
const PLACE_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i;
const PLAN_WORD = /^ke hoach$/;
const TITLE_YEAR = /\bnam\s+(\d{4})\b/;
/** A plan for a year is signed from its start, or in the last quarter of the year before. */
const LAST_QUARTER = 10;

export function planHeading(paragraphs: readonly PlanLine[]): {
  heading: PlanHeading;
  used: Set<PlanLine>;
} {
  const heading: PlanHeading = {};
  const used = new Set<PlanLine>();
  let inTitle = false;
  const title: string[] = [];
  for (const paragraph of paragraphs) {
    const key = folded(paragraph.text);
    if (inTitle) {
      if (/^can cu\b/.test(key) || title.length >= 3) inTitle = false;
      else {
        title.push(paragraph.text);
        used.add(paragraph);
        continue;
      }
    }
    // The body's name on a line of its own, not a sentence that starts with it.
    if (
      heading.issuer === undefined &&
      ISSUER.test(key) &&
      key.length <= 60 &&
      !/[.:;]$/.test(key)
    ) {
      heading.issuer = paragraph.text;
      used.add(paragraph);
    } else if (heading.planNumber === undefined && NUMBER.test(paragraph.text)) {
      heading.planNumber = NUMBER.exec(paragraph.text)?.[1];
      used.add(paragraph);
    } else if (heading.signed === undefined && PLACE_DATE.test(paragraph.text)) {
      const [, day, month, year] = PLACE_DATE.exec(paragraph.text) as RegExpExecArray;
      heading.signed = { day, month, year };
      used.add(paragraph);
    } else if (PLAN_WORD.test(key) && title.length === 0) {
      inTitle = true;
      used.add(paragraph);
    }
  }
  if (title.length > 0) heading.title = title.join(" ").replace(/\s+/g, " ").replace(/[.;]$/, "");
  const named = heading.title ? TITLE_YEAR.exec(folded(heading.title)) : null;
  if (named) heading.year = Number(named[1]);
  else if (heading.signed) {
    const year = Number(heading.signed.year);
    heading.year = Number(heading.signed.month) >= LAST_QUARTER ? year + 1 : year;
  }
  return { heading, used };
}
