import { cleanText } from "./text";

/** The Vietnamese alphabet as documents letter their points: no f, j, w, z. */
const VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy";

export type NumberKind = "arabic" | "roman" | "letter";

/** What is wrong with how a number is written, though it can still be read. */
export type NumberFlaw =
  | "separator" // "2,2,1" or "2 .2": read as 2.2.1
  | "roman-form" // "IIII", "VV": a value, but not how Roman numerals are written
  | "foreign-letter" // "f)", "w)": outside the Vietnamese alphabet
  | "date"; // "01/02/2025": a "1.2" that Excel turned into a date, read as day.month

export interface ItemNumber {
  kind: NumberKind;
  /** arabic "1.2.3" → [1, 2, 3]; roman "IV" → [4]; letter "đ)" → [5] (place in the alphabet). */
  parts: number[];
  /** As it should be written: "1.2.3", "IV", "đ)". */
  canonical: string;
  flaw?: NumberFlaw;
}

export type NumberReading =
  { kind: "none" } | { kind: "number"; number: ItemNumber } | { kind: "unreadable"; text: string };

const ARABIC = /^\d+(?:\.\d+)*\.?$/;
const LEADING_ZERO = /(?:^|\.)0\d/;
const ARABIC_LOOSE = /^\d+(?:\s*[.,;:/\-_]\s*\d+)*\s*[.,]?$/;
const ROMAN = /^[IVXLC]+\.?$/;
/** How a date cell reaches the checker (dd/mm/yyyy): Excel makes one of "1.2" as it is typed. */
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const LETTER = /^([a-zđ])\s*[).]$/i;
const BULLETS = /^[-–—+*•·]$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const NONE: NumberReading = Object.freeze({ kind: "none" });

/** Reads a TT cell's value as written: "1.2", "II", "đ)", "2,2,1"; a bullet or nothing is none. */
export function readNumber(raw: string | number | boolean | null): NumberReading {
  if (raw === null || raw === false) return NONE;
  return readNumberText(cleanText(String(raw)));
}

/** As readNumber, for a TT whose text is clean already (a cell of a grid that went through cleanGrid). */
export function readNumberText(text: string): NumberReading {
  if (text === "" || BULLETS.test(text)) return NONE;
  if (ARABIC.test(text)) {
    const plain = text.endsWith(".") ? text.slice(0, -1) : text;
    const parts = plain.split(".").map(Number);
    const canonical = LEADING_ZERO.test(plain) ? parts.join(".") : plain;
    return { kind: "number", number: { kind: "arabic", parts, canonical } };
  }
  const date = DATE.exec(text);
  if (date) {
    const [day, month] = [Number(date[1]), Number(date[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
      return {
        kind: "number",
        number: { kind: "arabic", parts: [day, month], canonical: `${day}.${month}`, flaw: "date" },
      };
  }
  if (ARABIC_LOOSE.test(text)) {
    const parts = text.replace(/[.,]$/, "").split(/\s*[.,;:/\-_]\s*/);
    return arabic(parts, "separator");
  }
  if (ROMAN.test(text)) return roman(text.replace(/\.$/, ""));
  const letter = LETTER.exec(text);
  if (letter) return letterNumber(letter[1].toLowerCase());
  return { kind: "unreadable", text };
}

function arabic(parts: string[], flaw: NumberFlaw): NumberReading {
  const values = parts.map(Number);
  return {
    kind: "number",
    number: { kind: "arabic", parts: values, canonical: values.join("."), flaw },
  };
}

function roman(text: string): NumberReading {
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const current = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    value += current < next ? -current : current;
  }
  const canonical = toRoman(value);
  const flaw = canonical === text ? undefined : "roman-form";
  return { kind: "number", number: { kind: "roman", parts: [value], canonical, flaw } };
}

function letterNumber(letter: string): NumberReading {
  const place = VIETNAMESE_LETTERS.indexOf(letter);
  if (place >= 0)
    return {
      kind: "number",
      number: { kind: "letter", parts: [place + 1], canonical: `${letter})` },
    };
  // A foreign letter is placed after the Vietnamese letter it sorts behind, so "f" stands where "g" is.
  const after = [...VIETNAMESE_LETTERS].filter((l) => l.localeCompare(letter, "vi") < 0).length;
  return {
    kind: "number",
    number: { kind: "letter", parts: [after + 1], canonical: `${letter})`, flaw: "foreign-letter" },
  };
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = value;
  let text = "";
  for (const [amount, symbol] of table) {
    for (; rest >= amount; rest -= amount) text += symbol;
  }
  return text;
}

export function letterAt(place: number): string {
  return VIETNAMESE_LETTERS[place - 1] ?? "?";
}

/**
 * A TT cell that is one capital letter of the Vietnamese alphabet ("A", "B", "Đ"), as tables letter
 * their parts ("PHẦN A"): its place in the alphabet, else null. Whether the table uses such parts is
 * the sequence's to decide (see partLetters): "C", "I", "V", "X", "L" are Roman numerals as well.
 * `text` is a TT as the table holds it (AppendixRow.numberText): clean already.
 */
export function capitalLetterPlace(text: string): number | null {
  const letter = text;
  if (letter.length !== 1 || letter === letter.toLowerCase()) return null;
  const place = VIETNAMESE_LETTERS.indexOf(letter.toLowerCase());
  return place >= 0 ? place + 1 : null;
}
