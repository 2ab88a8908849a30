import { romanValue } from "./foldedText";
import { Label, labelAtStart, labelsInside } from "./planLabels";

/**
 * What a paragraph of a plan is by its start: a part ("II. NỘI DUNG …"), a numbered section ("1.",
 * "2.1."), a lettered point ("a)", "- b)"), a bullet ("-", "+", "•"), a label line, a table row
 * (cells split by tabs or "|"), or plain text. OCR's confusions are read through: "l." for "1.",
 * "Il." for "II.", a number glued to its heading ("1.Công tác …").
 */
export type LineShape =
  | { kind: "part"; value: number; text: string }
  | { kind: "section"; parts: number[]; text: string }
  | { kind: "letter"; letter: string; text: string }
  | { kind: "bullet"; level: 0 | 1; text: string }
  /** One label, or several on one line ("Chủ trì: Văn phòng; phối hợp: các ngành; thời gian: Quý I"). */
  | { kind: "label"; level: 0 | 1; labels: Label[] }
  | { kind: "row"; cells: string[] }
  /** A title in capitals with no number ("CẢI CÁCH THỂ CHẾ"), which heads the numbered tasks under it. */
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string };

const PART = /^([IVXl1]{1,5}|[A-H])\s*(?:[.)]|\/|\s[-–])\s*(.*)$/;
/** "1.", "1)", "1/ ", "1 - ", "1.2.", or a number right before a capital ("1 Công tác …"). */
const SECTION =
  /^((?:\d{1,2}|l)(?:\s*\.\s*\d{1,2})*)\s*(?:[.)]\s*|\/\s+|\s[-–]\s+|\s+(?=\p{Lu}))(.*)$/u;
/** "a)", "a.", "a/", "- b)". */
const LETTER = /^(?:[-–]\s*)?([a-zđ])\s*[)./]\s+(.*)$/;
/**
 * Bullet marks, with the ones Word pastes from its symbol fonts: Symbol's bullet and Wingdings' arrows
 * and ticks arrive as characters of the private use area (U+F0B7, U+F0D8, U+F0FC …).
 */
const BULLET = /^([-–—•·▪●○◦*+➢►▶■□◆◇✓✔→\uf000-\uf0ff])\s*(.*)$/;
const TABLE_RULE = /^\|?\s*:?-{3,}/;

export function lineShape(text: string): LineShape {
  const row = tableCells(text);
  if (row) return { kind: "row", cells: row };
  const part = PART.exec(text);
  if (part && isPartTitle(part[1], part[2]))
    return { kind: "part", value: partValue(part[1]), text: part[2] };
  const section = SECTION.exec(text);
  if (section && section[2] !== "") {
    const parts = section[1]
      .replace(/l/g, "1")
      .split(/\s*\.\s*/)
      .map(Number);
    return { kind: "section", parts, text: section[2] };
  }
  const letter = LETTER.exec(text);
  if (letter) return { kind: "letter", letter: letter[1], text: letter[2] };
  const outer = BULLET.exec(text);
  // "- + …": a list inside a list, as markdown nests them; the inner mark says the level.
  const inner = outer ? BULLET.exec(outer[2]) : null;
  const bullet = inner && /^[-+–]$/.test(inner[1]) ? inner : outer;
  const level = bullet?.[1] === "+" ? 1 : 0;
  const body = bullet ? bullet[2] : text;
  const label = labelAtStart(body);
  if (label) return { kind: "label", level, labels: withLabelsAfter(label) };
  if (bullet) return { kind: "bullet", level, text: bullet[2] };
  if (isCapitalTitle(text)) return { kind: "heading", text };
  return { kind: "text", text };
}

/**
 * "II. NỘI DUNG …": a Roman numeral and a title in capitals. A lone "I" or "l" before a title in small
 * letters is a section "1." misread, as is "1." itself.
 */
function isPartTitle(numeral: string, title: string): boolean {
  if (partValue(numeral) === 0 || /^1+$/.test(numeral)) return false;
  const letters = title.replace(/[^\p{L}]/gu, "");
  if (letters === "") return false;
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return capitals / letters.length >= 0.6;
}

/** The label, and the labels its value runs on into. */
function withLabelsAfter(label: Label): Label[] {
  const more = labelsInside(label.value);
  if (more === null) return [label];
  return [{ ...label, value: more.before.replace(/[\s;,.]+$/, "").trim() }, ...more.labels];
}

/** Letters mostly capitals, a title's length, no sentence's end. */
function isCapitalTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 || text.length > 120 || /[.:;]$/.test(text)) return false;
  return letters.replace(/[^\p{Lu}]/gu, "").length / letters.length >= 0.85;
}

/** A part's place: its Roman numeral's value, or its capital letter's ("B." is 2: some plans letter parts). */
function partValue(numeral: string): number {
  return /^[A-H]$/.test(numeral) ? numeral.charCodeAt(0) - 64 : romanValue(numeral);
}

/** The cells of a table row: split by tabs (Word, Excel) or a markdown table's bars; null for a line. */
function tableCells(text: string): string[] | null {
  if (text.includes("\t")) {
    const cells = text.split("\t").map((cell) => cell.trim());
    const filled = cells.filter((cell) => cell !== "").length;
    // A row with one cell filled among several (a page-break half, a total) is a row too.
    return filled >= 2 || (filled === 1 && cells.length >= 3) ? cells : null;
  }
  if (/^\|.*\|$/.test(text) && !TABLE_RULE.test(text)) {
    return text
      .slice(1, -1)
      .split("|")
      .map((cell) => cell.trim());
  }
  // "1 | Rà soát văn bản | Tư pháp | Quý I": a table copied as text, its cells between bars.
  if ((text.match(/ \| /g) ?? []).length >= 2) return text.split("|").map((cell) => cell.trim());
  return null;
}

/** A markdown table's rule ("|---|:---|"): no content. */
export function isTableRule(text: string): boolean {
  return /^\|?[\s:|-]+\|?$/.test(text) && TABLE_RULE.test(text);
}
