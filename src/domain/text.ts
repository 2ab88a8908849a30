const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

const DECOMPOSABLE = /[\u0300-\u036f]/;

/** Text in the composed (NFC) form Excel and the checker compare with. */
export function composed(text: string): string {
  // Only decomposed (NFD) text has combining marks; most cells need no work.
  return DECOMPOSABLE.test(text) ? text.normalize("NFC") : text;
}

/**
 * Text folded for matching: no diacritics, lower case, single spaces. "Kinh phí", "KINH PHI" and
 * the decomposed (NFD) "Kinh phí" all fold to "kinh phi".
 */
export function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}
