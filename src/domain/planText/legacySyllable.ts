/**
 * Whether a word is shaped like a Vietnamese syllable: an initial consonant, a vowel group, a final
 * consonant, at most one tone. The check is loose (it does not know which syllables are words, nor
 * where the tone belongs); it tells Vietnamese from the strings an old encoding read in the wrong way
 * gives, and from Western words.
 */

const VOWELS = "aăâeêioôơuưy";
/** The tone marks, in the order huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const SAC = 3;
const NANG = 4;

/** Every toned vowel (lowercase, NFC) → its vowel and the tone's index in TONE_MARKS. */
const TONED_VOWELS = new Map<string, { vowel: string; tone: number }>(
  [...VOWELS].flatMap((vowel) =>
    TONE_MARKS.map((mark, tone) => [(vowel + mark).normalize("NFC"), { vowel, tone }] as const)
  )
);

const ONSETS = [
  "ngh",
  "ng",
  "gh",
  "gi",
  "ch",
  "kh",
  "nh",
  "ph",
  "qu",
  "th",
  "tr",
  ..."bcdđghklmnprstvx",
  "",
];

/** Vowel groups that end in a glide (i, y, o, u) and so take no final consonant. */
const OPEN_GROUPS = ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi"]
  .concat(["ui", "ưa", "ưi", "ưu", "ua", "ya", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi"])
  .concat(["uya", "uyu", "ươi", "ươu", "yêu"]);
/** Vowel groups that need a final consonant: "ăn", "tiền", "được", never "ă", "tiê", "đươ". */
const CLOSED_GROUPS = ["ă", "â", "iê", "oă", "oo", "uâ", "uô", "ươ", "yê", "uyê"];
/** Vowel groups with or without a final consonant. */
const FREE_GROUPS = [..."aeêioôơuưy", "oa", "oe", "uê", "uy", "uơ"];
const FINALS = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];
/** Finals after which the syllable takes sắc or nặng only ("các", "việc", never "cac", "càc"). */
const STOPS = new Set(["c", "ch", "p", "t"]);

/** Every rhyme (vowel group and final) without its tone → its final. */
const RHYMES = new Map<string, string>([
  ...OPEN_GROUPS.map((group) => [group, ""] as const),
  ...CLOSED_GROUPS.flatMap((group) => FINALS.map((final) => [group + final, final] as const)),
  ...FREE_GROUPS.flatMap((group) =>
    ["", ...FINALS].map((final) => [group + final, final] as const)
  ),
]);

/** A word as a Vietnamese syllable: lower case, tone left out, or null when a letter has no place in one. */
function untoned(word: string): { letters: string; tone: number | null } | null {
  let letters = "";
  let tone: number | null = null;
  for (const letter of word.toLowerCase()) {
    const toned = TONED_VOWELS.get(letter);
    if (toned) {
      if (tone !== null) return null;
      tone = toned.tone;
      letters += toned.vowel;
    } else if ((letter >= "a" && letter <= "z") || VOWELS.includes(letter) || letter === "đ")
      letters += letter;
    else return null;
  }
  return { letters, tone };
}

/** The word (NFC, either case) is shaped like a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 7) return false;
  const syllable = untoned(word);
  if (!syllable) return false;
  const { letters, tone } = syllable;
  return ONSETS.some((onset) => {
    if (!letters.startsWith(onset)) return false;
    const final = RHYMES.get(letters.slice(onset.length));
    if (final === undefined) return false;
    return !STOPS.has(final) || tone === SAC || tone === NANG;
  });
}
