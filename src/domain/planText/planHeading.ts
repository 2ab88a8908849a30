import { planYearOfSigning } from "../appendixPlan";
import { folded } from "../text";
import { PlanHeading } from "./planImport";
import { PlanLine } from "./planLines";

/**
 * What the heading of a plan (Nghị định 30's layout: issuing body, number, place and date, "KẾ
 * HOẠCH" and the plan's name) says, read from the paragraphs before its first part or section; the
 * paragraphs it used are returned so that they are not listed as unused. Word lays the heading out in
 * a table of two columns: copied, its cells come separated by tabs, and are read one by one.
 */

/** "UBND xã Ea Tân", "ỦY BAN NHÂN DÂN HUYỆN …": the body's name with its level. */
const ISSUER =
  /^(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\b/;
/** "ỦY BAN NHÂN DÂN" alone, its level and name on the line below ("XÃ EA TÂN"). */
const ISSUER_FIRST_LINE = /^(?:uy ban nhan dan|ubnd)$/;
const ISSUER_LEVEL = /^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh)\b/;
/** "Số: 136/KH-UBND": the number, before the document's kind, as the reference line takes it. */
const NUMBER = /^s[oố]\s*:?\s*([\p{L}\d.…-]+?)(?:\s*\/|\s*$)/iu;
const PLACE_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i;
const PLAN_WORD = /^ke hoach$/;
/** The nation's name and motto, which head every administrative document. */
const NATIONAL_HEADING =
  /^(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc)$/;
const TITLE_YEAR = /\bnam\s+(\d{4})\b/;
const TITLE_LINES = 3;

export function planHeading(paragraphs: readonly PlanLine[]): {
  heading: PlanHeading;
  used: Set<PlanLine>;
} {
  const heading: PlanHeading = {};
  const used = new Set<PlanLine>();
  const cells = paragraphs.flatMap((paragraph) =>
    paragraph.text
      .split("\t")
      .map((text) => text.trim())
      .filter((text) => text !== "")
      .map((text) => ({ paragraph, text, key: folded(text) }))
  );
  let inTitle = false;
  const title: string[] = [];
  cells.forEach(({ paragraph, text, key }, index) => {
    const use = () => used.add(paragraph);
    if (inTitle) {
      if (/^can cu\b/.test(key) || title.length >= TITLE_LINES) inTitle = false;
      else {
        title.push(text);
        use();
        return;
      }
    }
    // The next cell of the body's column: the nation's heading sits beside it in Word's table.
    const next = cells.slice(index + 1).find((cell) => !NATIONAL_HEADING.test(cell.key));
    if (NATIONAL_HEADING.test(key)) use();
    // The body's name on a line of its own, not a sentence that starts with it. Under a superior
    // body ("UBND HUYỆN …" above "UBND XÃ …"), the last one named is the plan's.
    else if (ISSUER.test(key) && key.length <= 60 && !/[.:;]$/.test(key)) {
      heading.issuer = text;
      use();
    } else if (ISSUER_FIRST_LINE.test(key) && next && ISSUER_LEVEL.test(next.key)) {
      heading.issuer = `${text} ${next.text}`;
      use();
      used.add(next.paragraph);
    } else if (heading.planNumber === undefined && NUMBER.test(text)) {
      heading.planNumber = NUMBER.exec(text)?.[1];
      use();
    } else if (heading.signed === undefined && PLACE_DATE.test(text)) {
      const [, day, month, year] = PLACE_DATE.exec(text) as RegExpExecArray;
      heading.signed = { day, month, year };
      use();
    } else if (PLAN_WORD.test(key) && title.length === 0) {
      inTitle = true;
      use();
    }
  });
  if (title.length > 0) heading.title = title.join(" ").replace(/\s+/g, " ").replace(/[.;]$/, "");
  const named = heading.title ? TITLE_YEAR.exec(folded(heading.title)) : null;
  if (named) heading.year = Number(named[1]);
  else if (heading.signed)
    heading.year = planYearOfSigning(Number(heading.signed.year), Number(heading.signed.month));
  return { heading, used };
}
