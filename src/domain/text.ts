const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

/** Text in the composed (NFC) form Excel and the checker compare with. */
export function composed(text: string): string {
  return text.normalize("NFC");
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
