/**
 * TCVN3 (TCVN 5712:1993, the "ABC" code of the .VnTime, .VnArial … fonts), byte by byte as the text
 * reaches us: each byte read as its Windows-1252 (Latin-1) character. TCVN3 gives a code to every
 * lowercase Vietnamese letter that ASCII lacks, and of the capitals only to Ă Â Ê Ô Ơ Ư Đ: toned
 * capitals have no code. Titles are typed in the capital fonts (.VnTimeH, .VnArialH …), which draw
 * the lowercase codes as capitals.
 */

/** Each vowel's toned forms and their codes, in TCVN3's order: huyền, hỏi, ngã, sắc, nặng. */
const TONED: readonly (readonly [letters: string, codes: string])[] = [
  ["àảãáạ", "\u00b5\u00b6\u00b7\u00b8\u00b9"],
  ["ằẳẵắặ", "\u00bb\u00bc\u00bd\u00be\u00c6"],
  ["ầẩẫấậ", "\u00c7\u00c8\u00c9\u00ca\u00cb"],
  ["èẻẽéẹ", "\u00cc\u00ce\u00cf\u00d0\u00d1"],
  ["ềểễếệ", "\u00d2\u00d3\u00d4\u00d5\u00d6"],
  ["ìỉĩíị", "\u00d7\u00d8\u00dc\u00dd\u00de"],
  ["òỏõóọ", "\u00df\u00e1\u00e2\u00e3\u00e4"],
  ["ồổỗốộ", "\u00e5\u00e6\u00e7\u00e8\u00e9"],
  ["ờởỡớợ", "\u00ea\u00eb\u00ec\u00ed\u00ee"],
  ["ùủũúụ", "\u00ef\u00f1\u00f2\u00f3\u00f4"],
  ["ừửữứự", "\u00f5\u00f6\u00f7\u00f8\u00f9"],
  ["ỳỷỹýỵ", "\u00fa\u00fb\u00fc\u00fd\u00fe"],
];
/** The untoned lowercase letters ASCII lacks; ư's code is the soft hyphen. */
const LOWERCASE: readonly [letters: string, codes: string] = [
  "ăâêôơưđ",
  "\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae",
];
/** The only capitals with a code. */
const CAPITALS: readonly [letters: string, codes: string] = [
  "ĂÂÊÔƠƯĐ",
  "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7",
];

function pairs([letters, codes]: readonly [string, string]): [string, string][] {
  return [...codes].map((code, i) => [code, letters[i]]);
}

/** A lowercase letter's code → the letter. */
const LOWERCASE_CODES = new Map([...TONED.flatMap(pairs), ...pairs(LOWERCASE)]);
/** A capital's code → the capital. */
const CAPITAL_CODES = new Map(pairs(CAPITALS));

/** The Unicode letter a TCVN3 code stands for in the ordinary fonts, or undefined for other characters. */
export function tcvn3Letter(character: string): string | undefined {
  return LOWERCASE_CODES.get(character) ?? CAPITAL_CODES.get(character);
}

/** A code the ordinary fonts draw as a lowercase letter, and the capital fonts as a capital. */
export function isTcvn3LowercaseCode(character: string): boolean {
  return LOWERCASE_CODES.has(character);
}

/** A code for one of the capitals Ă Â Ê Ô Ơ Ư Đ. */
export function isTcvn3CapitalCode(character: string): boolean {
  return CAPITAL_CODES.has(character);
}

/** Every code, for a regular expression's character class (escaped: the soft hyphen is invisible). */
export const TCVN3_CODE_CLASS = [...LOWERCASE_CODES.keys(), ...CAPITAL_CODES.keys()]
  .map((code) => `\\u${code.charCodeAt(0).toString(16).padStart(4, "0")}`)
  .join("");
