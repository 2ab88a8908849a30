import {
  isTcvn3CapitalCode,
  isTcvn3LowercaseCode,
  TCVN3_CODE_CLASS,
  tcvn3Letter,
} from "./legacyTcvn3Table";

/**
 * TCVN3 text to Unicode, with the words typed in a capital font (.VnTimeH …) back in capitals.
 *
 * Which font a word was typed in is lost; the word itself tells, when it can:
 * - a word with a lowercase ASCII letter was typed in an ordinary font ("Tæ chøc" → "Tổ chức");
 * - a word with two or more capitals (ASCII, or the codes of Ă Â Ê Ô Ơ Ư Đ) next to a lowercase code
 *   was typed in a capital font, since nobody types "HOạCH" meaning it ("HO¹CH" → "HOẠCH");
 * - a word without lowercase codes reads the same in both ("CCHC", "C¤NG", "II", "Ban"): it tells
 *   nothing, so acronyms and Roman numerals in ordinary sentences do not turn their neighbours into
 *   capitals;
 * - a word of one capital and lowercase codes ("Tæ", "KÕ", "§Ó") or of codes alone ("ë", "®·") reads
 *   both ways: a capitalised word in the ordinary font, or a word in the capital font. It follows the
 *   nearest word on its line that tells; on a tie, the one after, since a capitalised word begins
 *   the phrase after it ("C¨n cø KÕ HO¹CH" → "Căn cứ KẾ HOẠCH"). On a line where none tells, the
 *   ordinary font, which body text, where such words are common, is typed in.
 * A word typed in a capital font in lowercase ASCII ("kÕ ho¹ch") cannot be told from ordinary text.
 */
export function fromTcvn3(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line, i) => (i % 2 === 1 ? line : fromTcvn3Line(line)))
    .join("");
}

/** Line breaks, kept by split. */
const LINE_BREAK = /(\r\n|\n|\r)/;
/** A word as TCVN3 writes it: ASCII letters and codes; kept by split, at odd indexes. */
const WORD = new RegExp(`([A-Za-z${TCVN3_CODE_CLASS}]+)`);

type Font = "ordinary" | "capital" | "either" | "undecided";

function fontOf(word: string): Font {
  let capitals = 0;
  let lowercaseCodes = 0;
  for (const character of word) {
    if (character >= "a" && character <= "z") return "ordinary";
    if ((character >= "A" && character <= "Z") || isTcvn3CapitalCode(character)) capitals++;
    else if (isTcvn3LowercaseCode(character)) lowercaseCodes++;
  }
  if (lowercaseCodes === 0) return "either";
  return capitals >= 2 ? "capital" : "undecided";
}

const tells = (font: Font) => font === "ordinary" || font === "capital";

function fromTcvn3Line(line: string): string {
  const parts = line.split(WORD);
  const fonts = parts.map((part, i) => (i % 2 === 1 ? fontOf(part) : "either"));
  // The nearest word that tells, before and after each part: one pass each way.
  const before: number[] = [];
  let last = -1;
  for (let i = 0; i < parts.length; i++) {
    before.push(last);
    if (tells(fonts[i])) last = i;
  }
  const after: number[] = new Array(parts.length);
  last = -1;
  for (let i = parts.length - 1; i >= 0; i--) {
    after[i] = last;
    if (tells(fonts[i])) last = i;
  }
  const inCapitals = (i: number): boolean => {
    if (fonts[i] !== "undecided") return fonts[i] === "capital";
    const [left, right] = [before[i], after[i]];
    const nearest = left < 0 ? right : right < 0 ? left : i - left < right - i ? left : right;
    return nearest >= 0 && fonts[nearest] === "capital";
  };
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const letters = [...part].map((character) => tcvn3Letter(character) ?? character).join("");
      return inCapitals(i) ? letters.toUpperCase() : letters;
    })
    .join("");
}
