const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

const DECOMPOSABLE = /[\u0300-\u036f]/;

/** Text in the composed (NFC) form Excel and the checker compare with. */
export function composed(text: string): string {
  // Only decomposed (NFD) text has combining marks; most cells need no work.
  return DECOMPOSABLE.test(text) ? text.normalize("NFC") : text;
}

/** Spaces that are not plain: tabs, non-breaking, narrow and thin spaces, and the like. */
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * A character that may need cleaning (one outside printable ASCII, the Latin and Vietnamese letters,
 * Greek to Ogham's neighbours and the common punctuation: a combining mark, an odd space, a line
 * break…), or a space doubled. One scan of the text, without allocating: most cells are clean.
 */
const MAYBE_UNCLEAN =
  /[^ !-~\u00c0-\u02ff\u0370-\u167f\u1681-\u1fff\u2010-\u2027\u2030-\u205e]| {2}/;

/**
 * A cell's text as the checker reads it, made clean once where a grid enters the domain: composed
 * (NFC), every kind of space a plain one, no space doubled or around a line break, none at either end.
 * Line breaks inside a cell stay. Most cells need no work and are returned as they are.
 */
export function cleanText(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  if (text.charCodeAt(0) > 32 && text.charCodeAt(last) > 32 && !MAYBE_UNCLEAN.test(text))
    return text;
  return composed(text)
    .replace(ODD_SPACES, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
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
