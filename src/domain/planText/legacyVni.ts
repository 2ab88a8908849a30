/**
 * VNI (the VNI-Times, VNI-Helve … fonts) to Unicode, each byte read as its Windows-1252 (Latin-1)
 * character. VNI writes a Vietnamese vowel as its ASCII letter followed by one byte for its hat and
 * tone ("Coâng taùc" = "Công tác"); ơ ư đ and the toned i (and ỵ) are single bytes. Capitals take the
 * capital forms of the same bytes (the byte less 0x20: "VIEÄT"). The marks are given here as the
 * combining characters they stand for; NFC composes them with their letter.
 */

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";

/** A tone alone, after any vowel. */
const TONES = new Map([
  ["ù", ACUTE],
  ["ø", GRAVE],
  ["û", HOOK],
  ["õ", TILDE],
  ["ï", DOT],
]);
/** A circumflex, with or without a tone, after a, e or o. */
const CIRCUMFLEXES = new Map([
  ["â", CIRCUMFLEX],
  ["á", CIRCUMFLEX + ACUTE],
  ["à", CIRCUMFLEX + GRAVE],
  ["å", CIRCUMFLEX + HOOK],
  ["ã", CIRCUMFLEX + TILDE],
  ["ä", CIRCUMFLEX + DOT],
]);
/** A breve, with or without a tone, after a. */
const BREVES = new Map([
  ["ê", BREVE],
  ["é", BREVE + ACUTE],
  ["è", BREVE + GRAVE],
  ["ú", BREVE + HOOK],
  ["ü", BREVE + TILDE],
  ["ë", BREVE + DOT],
]);
/** Letters of one byte. ơ and ư may take a tone after them. */
const SINGLE_BYTE_LETTERS = new Map([
  ["ô", "o" + HORN],
  ["ö", "u" + HORN],
  ["ñ", "đ"],
  ["í", "í"],
  ["ì", "ì"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["ò", "ị"],
  ["î", "ỵ"],
]);
const TAKES_TONE = new Set(["a", "e", "i", "o", "u", "y", "ô", "ö"]);

const isUpperCase = (character: string) => character !== character.toLowerCase();
const asCase = (letters: string, upper: boolean) => (upper ? letters.toUpperCase() : letters);

/**
 * The text in Unicode (NFC). A mark byte after a letter that cannot carry it is left as it is, or
 * given to `stray` (detection turns it into a character no word can hold).
 */
export function fromVni(text: string, stray: (character: string) => string = (c) => c): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    const lower = character.toLowerCase();
    const upper = isUpperCase(character);
    if (!TAKES_TONE.has(lower) && !SINGLE_BYTE_LETTERS.has(lower)) {
      out += character >= "\u00c0" && character <= "\u00ff" ? stray(character) : character;
      continue;
    }
    let letter = SINGLE_BYTE_LETTERS.get(lower) ?? lower;
    if (TAKES_TONE.has(lower)) {
      const next = (text[i + 1] ?? "").toLowerCase();
      const hat =
        (lower === "a" || lower === "e" || lower === "o" ? CIRCUMFLEXES.get(next) : undefined) ??
        (lower === "a" ? BREVES.get(next) : undefined);
      if (hat !== undefined) {
        letter += hat;
        i++;
      }
      // A tone after a bare hat ("aâù") is not VNI's way, but reads one way only.
      const tone =
        hat === undefined || hat.length === 1
          ? TONES.get((text[i + 1] ?? "").toLowerCase())
          : undefined;
      if (tone !== undefined) {
        letter += tone;
        i++;
      }
    }
    out += asCase(letter.normalize("NFC"), upper);
  }
  return out.normalize("NFC");
}
