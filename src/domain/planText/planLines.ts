/**
 * The lines of a plan's text as the importer reads them: Word and markdown residue taken off, footnote
 * marks dropped, a paragraph broken over lines (a page break, a copy from a PDF) joined again, and the
 * lines that only carry a page number or a running header set apart as noise.
 */

export interface PlanLine {
  /** The cleaned text: one paragraph. */
  text: string;
  /** The lines of the source (from 1) it was made of. */
  lines: number[];
}

export interface CleanedText {
  paragraphs: PlanLine[];
  /** Lines of page numbers and running headers, by line (from 1), with their text. */
  noise: { line: number; text: string }[];
}

/** ⁽¹⁾, ¹, ², [1] after a word: footnote marks. */
const FOOTNOTE_MARKS = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\S)\[\d{1,2}\]/g;
/** "2", "- 2 -", "Trang 2", "2/15": a page's number alone on its line. */
const PAGE_NUMBER = /^[-–\s]*(?:trang\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?[-–\s]*$/i;
/** A line that starts a new item rather than going on with the one before. */
const STARTS_ITEM = /^(?:[-–—•·▪●○◦+*➢►▶■□◆◇✓✔→\uf000-\uf0ff]|[a-zđ]\s*[)./]|[ivxl1]+\s*[.)]|\d)/i;
/** A line that ends a sentence or introduces what follows. */
const ENDS_SENTENCE = /[.:;!?)]$/;
const RUNNING_HEADER_MAX = 80;

/** Tags of formatting that text copied from a web page or a converted document keeps: <b>, </i> … */
const FORMATTING_TAGS = /<\/?(?:b|i|u|em|strong|span|font|sup|sub|p|div|br)\b[^>]*>/gi;

/** Markdown, HTML and Word residue: emphasis stars and tags, heading hashes, escaped dots. */
function withoutResidue(text: string): string {
  return text
    .replace(FORMATTING_TAGS, "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s“"'(])\*(?=\S)/g, "$1")
    .replace(/(?<=\S)\*(?=\s|$|[.,;:)”"'])/g, "")
    .replace(/^\*\s+/, "- ")
    .replace(/\\([.\-+*()[\]])/g, "$1");
}

function cleanLine(raw: string): string {
  return withoutResidue(raw.normalize("NFC").replace(FOOTNOTE_MARKS, ""))
    .replace(/[\u00a0\u2000-\u200a\u202f\u3000]/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/[ \t]+$/, "")
    .replace(/^ +/, "");
}

/**
 * A short line seen three times or more, neither a label nor an item: a header Word repeats on every
 * page ("Kế hoạch CCHC năm 2024", the commune's name) that text copied from it keeps.
 */
function runningHeaders(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (
      line === "" ||
      line.length > RUNNING_HEADER_MAX ||
      STARTS_ITEM.test(line) ||
      line.includes(":")
    )
      continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 3).map(([line]) => line));
}

/**
 * The paragraphs of the text. A line that starts with a small letter and is no item ("rộng rãi trong
 * Nhân dân …") goes on with the paragraph before it when that one has not ended its sentence, across
 * the blank lines and page numbers a page break leaves between them.
 */
export function cleanedText(text: string): CleanedText {
  const lines = text.split(/\r\n|\r|\n/).map(cleanLine);
  const headers = runningHeaders(lines);
  const paragraphs: PlanLine[] = [];
  const noise: CleanedText["noise"] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    if (line === "") return;
    if (PAGE_NUMBER.test(line) || headers.has(line)) {
      noise.push({ line: number, text: line });
      return;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (last && continues(last.text, line)) {
      last.text = `${last.text} ${line}`;
      last.lines.push(number);
      return;
    }
    paragraphs.push({ text: line, lines: [number] });
  });
  return { paragraphs, noise };
}

function continues(before: string, line: string): boolean {
  if (ENDS_SENTENCE.test(before) || before.includes("\t") || line.includes("\t")) return false;
  const first = line[0];
  const small =
    first !== first.toLocaleUpperCase("vi-VN") && first === first.toLocaleLowerCase("vi-VN");
  return small && !STARTS_ITEM.test(line);
}
