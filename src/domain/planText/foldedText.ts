/**
 * Text folded for matching as `folded` (../text) folds it — no diacritics, lower case, đ as d — but
 * character for character, so that a position found in the folded text is the same position in the
 * original: a label found inside a task's line is cut out of the line as written.
 */
export function foldedInPlace(text: string): string {
  let result = "";
  for (const character of text.normalize("NFC")) {
    if (character === "đ" || character === "Đ") {
      result += "d";
      continue;
    }
    const base = character.normalize("NFD")[0].toLowerCase();
    // A character whose folding is longer (ﬁ, İ) keeps its own length, so positions still agree.
    result += base.length === character.length ? base : character;
  }
  return result;
}

/**
 * Roman numerals as OCR reads them: a lower-case l or a digit 1 for I ("Il" for "II", "lV" for "IV").
 * Only a run of I, V, X, l and 1 with at least one real numeral letter, or a lone l, is mended.
 */
export function mendedRoman(numeral: string): string {
  return numeral.replace(/[l1]/g, "I");
}

/** Whether a run of letters reads as a Roman numeral of a plan's parts (I to XX) once mended. */
export function isRomanNumeral(text: string): boolean {
  return /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/.test(mendedRoman(text)) && mendedRoman(text) !== "";
}

/** The value of a Roman numeral up to XX (mended as OCR misreads it); 0 when it is none. */
export function romanValue(text: string): number {
  const numeral = mendedRoman(text);
  if (!isRomanNumeral(text)) return 0;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]];
    const next = values[numeral[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
