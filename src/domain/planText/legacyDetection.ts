import { isVietnameseSyllable } from "./legacySyllable";
import { tcvn3Letter } from "./legacyTcvn3Table";
import { fromVni } from "./legacyVni";

/** The old Vietnamese encodings text may still come in. */
export type LegacyEncoding = "tcvn3" | "vni";

/**
 * Letters only Unicode has (ă đ ĩ ũ ơ ư, the toned vowels of Latin Extended Additional) and combining
 * marks (decomposed text): an old encoding read as Windows-1252 never gives them, so a line holding
 * one is Unicode.
 */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;

/** The line holds a letter or a tone mark only Unicode has. */
export function holdsUnicodeVietnamese(line: string): boolean {
  return UNICODE_VIETNAMESE.test(line);
}

/** What a reading makes of a Latin-1 letter it has no use for: a letter no syllable holds. */
const UNREADABLE = "\ufffd";
const LATIN1_LETTER = /[\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;
const unreadable = (character: string) => (LATIN1_LETTER.test(character) ? UNREADABLE : character);

/** The line as each encoding reads it. */
const READINGS: Record<LegacyEncoding, (line: string) => string> = {
  tcvn3: (line) =>
    [...line].map((character) => tcvn3Letter(character) ?? unreadable(character)).join(""),
  vni: (line) => fromVni(line, unreadable),
};

const WORDS = /[\p{L}\p{M}\ufffd]+/gu;
/** Acronyms and Roman numerals ("UBND", "KH", "ĐT", "IV"): no syllables, and no sign of an encoding. */
const CAPITALS = /^\p{Lu}{2,}$/u;
const NON_ASCII = /[^\0-\x7f]/;
/**
 * A lowercase letter followed by a capital: as they are, "thÓ" or "taùC" are no words, whereas "thể"
 * and "THỂ" are. Not for the readings: TCVN3's capital fonts draw lowercase codes as capitals
 * ("HO¹CH" reads "HOạCH").
 */
const CASE_INSIDE = /\p{Ll}\p{Lu}/u;

/** Of a reading of a line, the words shaped like Vietnamese syllables. */
interface Reading {
  /** Syllables of two letters or more, with a letter outside ASCII: what an encoding is told by. */
  telling: number;
  /** Share of the words that are syllables (acronyms left out). */
  share: number;
}

function reading(text: string, asIs: boolean): Reading {
  let words = 0;
  let syllables = 0;
  let telling = 0;
  for (const [word] of text.matchAll(WORDS)) {
    if (!isVietnameseSyllable(word) || (asIs && CASE_INSIDE.test(word))) {
      if (!CAPITALS.test(word)) words++;
      continue;
    }
    words++;
    syllables++;
    if (word.length >= 2 && NON_ASCII.test(word)) telling++;
  }
  return { telling, share: words === 0 ? 0 : syllables / words };
}

/** Most of a legacy line's words are Vietnamese syllables when read in its encoding. */
const LEGACY_SHARE = 0.6;

type LineVerdict = LegacyEncoding | "other" | null;

/**
 * A line's encoding: the one in which more of its words read as Vietnamese syllables than read so as
 * they are, and most of them do; "other" for a line with letters outside ASCII that no encoding reads
 * better (Unicode Vietnamese, French, German…); null for a line that tells nothing (ASCII). Where
 * both encodings read a line equally well ("Tæ" is "Tổ" in TCVN3, "Tỉ" in VNI), TCVN3, the code of
 * the government's fonts, is the likelier.
 */
function lineVerdict(line: string): LineVerdict {
  if (!NON_ASCII.test(line)) return null;
  if (holdsUnicodeVietnamese(line)) return "other";
  const asIs = reading(line, true).telling;
  const [tcvn3, vni] = (["tcvn3", "vni"] as const).map((encoding) => {
    const { telling, share } = reading(READINGS[encoding](line), false);
    return share >= LEGACY_SHARE && telling > asIs ? telling : 0;
  });
  if (tcvn3 > 0 && tcvn3 >= vni) return "tcvn3";
  if (vni > 0) return "vni";
  return [...line.matchAll(WORDS)].some(([word]) => NON_ASCII.test(word)) ? "other" : null;
}

/**
 * The old encoding the text is in, or null for Unicode (NFC or NFD), ASCII and Western text. Each
 * line that tells votes; an encoding needs most of the votes, so that a document of legacy lines
 * with a few lines in Unicode is still converted.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const votes = { tcvn3: 0, vni: 0, other: 0 };
  for (const line of text.split(/\r\n|\n|\r/)) {
    const verdict = lineVerdict(line);
    if (verdict) votes[verdict]++;
  }
  const all = votes.tcvn3 + votes.vni + votes.other;
  if (votes.tcvn3 * 2 > all) return "tcvn3";
  if (votes.vni * 2 > all) return "vni";
  return null;
}
