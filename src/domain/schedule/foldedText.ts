/**
 * A cell's text folded for the schedule grammar, one character for one, so that where a phrase is in
 * the folded text is where it is in the composed (NFC) text: lower case, no diacritics ("Quý" → "quy",
 * "đ" → "d"), the kinds of dash one "-", white space one " " (line breaks stay). OCR'd cells lose diacritics and pasted ones come in NFD: the
 * grammar reads them all alike, and quotes the cell's own words back.
 */
export interface FoldedText {
  /** The cell's text, composed (NFC). */
  text: string;
  /** The same length as `text`. */
  folded: string;
}

const DASHES = /[\u2010-\u2015\u2212]/;

export function foldText(raw: string): FoldedText {
  const text = raw.normalize("NFC");
  let folded = "";
  for (const char of text) {
    let one = char.toLowerCase();
    if (one === "đ") one = "d";
    else if (DASHES.test(one)) one = "-";
    // A line break stays: it ends a clause ("Quý II\nTrước 30/9" is two times), as ";" does.
    else if (one !== "\n" && /\s/.test(one)) one = " ";
    else one = one.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    // A character that does not fold to exactly one (a ligature, an astral one) stays as it was.
    folded += one.length === char.length ? one : char;
  }
  return { text, folded };
}
