import type { PlanReference } from "./appendixPlan";
import { cellText, Grid } from "./grid";
import { composed, folded } from "./text";

/** What the lines above an appendix's header say of the plan it belongs to. */
export interface TitleBlock {
  /** The title as written, its lines joined, without the "PHỤ LỤC" line; null when there is none. */
  title: string | null;
  /** The plan's year, from the title ("… NĂM 2020"). */
  year: string | null;
  /** What the "(Kèm theo Kế hoạch số …)" line gives: number, signing date, issuer. */
  reference: Partial<PlanReference>;
}

const APPENDIX_LINE = /^phu luc(?:\s+(?:so\s+)?[0-9ivx]+)?\s*[:.]?$/;
const REFERENCE_LINE = /kem theo\b.*\bke hoach\b/;
const UNIT_LINE = /^\(?\s*(?:dvt|don vi tinh)\b/;
const PLAN_NUMBER = /kế hoạch số\s*:?\s*([0-9A-Za-z.…-]+)/i;
const WORDED_DATE = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/i;
const SLASHED_DATE = /ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/i;
const ISSUER = /\bcủa\s+(.+?)\s*\)?\s*$/i;
const TITLE_YEAR = /\bnam\s+(\d{4})\b/;
/** "…" or "...": a blank form's place for what is not written yet. */
const PLACEHOLDER = /^[.…\s]*$/;

/**
 * Reads the title block above the header (rows before `headerIndex`): the "PHỤ LỤC" line, the title
 * (one line or several), and the "(Kèm theo Kế hoạch số 01/KH-UBND ngày 06 tháng 01 năm 2020 của
 * UBND xã …)" line, as Nghị định 30 lays them out. Whatever a line does not say is left out.
 */
export function readTitleBlock(grid: Grid, headerIndex: number): TitleBlock {
  const titleLines: string[] = [];
  const reference: Partial<PlanReference> = {};
  for (let index = 0; index < headerIndex; index++) {
    const line = composed(
      grid.rows[index]
        .map(cellText)
        .filter((text) => text !== "")
        .join(" ")
    )
      .replace(/\s+/g, " ")
      .trim();
    if (line === "") continue;
    const key = folded(line);
    if (APPENDIX_LINE.test(key) || UNIT_LINE.test(key)) continue;
    if (REFERENCE_LINE.test(key)) {
      Object.assign(reference, referenceOf(line));
      continue;
    }
    titleLines.push(line);
  }
  const title = titleLines.length > 0 ? titleLines.join(" ") : null;
  const year = title ? (TITLE_YEAR.exec(folded(title))?.[1] ?? null) : null;
  return { title, year, reference };
}

function referenceOf(line: string): Partial<PlanReference> {
  const reference: Partial<PlanReference> = {};
  const number = PLAN_NUMBER.exec(line)?.[1];
  // "01/KH-UBND": the number is what comes before the document kind.
  if (number && !PLACEHOLDER.test(number)) reference.planNumber = number;
  const date = WORDED_DATE.exec(line) ?? SLASHED_DATE.exec(line);
  if (date) {
    reference.day = date[1].padStart(2, "0");
    reference.month = date[2].padStart(2, "0");
    reference.year = date[3];
  }
  // Markdown residue ("…Thượng Lộ)*") goes with the closing bracket.
  const issuer = ISSUER.exec(line)?.[1]?.replace(/[).*_\s]+$/, "");
  if (issuer && !PLACEHOLDER.test(issuer)) reference.issuer = issuer;
  return reference;
}
