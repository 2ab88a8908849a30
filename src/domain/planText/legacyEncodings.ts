import { detectLegacyEncoding, holdsUnicodeVietnamese, LegacyEncoding } from "./legacyDetection";
import { fromTcvn3 } from "./legacyTcvn3";
import { fromVni } from "./legacyVni";

/**
 * Text written with the old Vietnamese fonts (TCVN3 .VnTime…, VNI VNI-Times…), which reaches us with
 * each byte as its Windows-1252 character, back in Unicode.
 */

export { detectLegacyEncoding };
export type { LegacyEncoding };

const CONVERTERS: Record<LegacyEncoding, (text: string) => string> = {
  tcvn3: fromTcvn3,
  vni: fromVni,
};

/**
 * The text converted from the encoding, in NFC. A line that is already Unicode (it holds a letter only
 * Unicode has, such as ơ, đ or ạ) is left as it is: documents mix old and new fonts.
 */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  const convert = CONVERTERS[encoding];
  return text
    .split(/(\r\n|\n|\r)/)
    .map((line, i) => (i % 2 === 1 || holdsUnicodeVietnamese(line) ? line : convert(line)))
    .join("")
    .normalize("NFC");
}

/** The text in NFC Unicode, converted from the old encoding it is in, if any. */
export function toUnicodeText(text: string): { text: string; encoding: LegacyEncoding | null } {
  const composed = text.normalize("NFC");
  const encoding = detectLegacyEncoding(composed);
  return { text: encoding ? fromLegacy(composed, encoding) : composed, encoding };
}
