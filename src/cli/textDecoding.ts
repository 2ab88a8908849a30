import { isUtf8 } from "buffer";

/** The encodings Excel on Vietnamese Windows saves text in, by the names an officer sees in Excel. */
export type TextEncoding = "UTF-8" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1258" | "Windows-1252";

export interface DecodedText {
  /** The text in NFC, without its byte order mark. */
  text: string;
  encoding: TextEncoding;
  /** The file did not say its encoding (no byte order mark) and is not valid UTF-8: a guess. */
  guessed: boolean;
}

/** How much of a file the guesses look at. */
const SAMPLE_BYTES = 1 << 20;

/** The tone marks Windows-1258 stores as combining characters after the vowel they belong on. */
const TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const TONE_MARK_CODES = new Set(TONE_MARKS.map((mark) => mark.charCodeAt(0)));
/** Every vowel with a tone, as one character: what a tone mark after a vowel composes into. */
const TONED_VOWELS = new Set(
  [..."aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"].flatMap((vowel) =>
    TONE_MARKS.map((mark) => (vowel + mark).normalize("NFC"))
  )
);
/** Letters Windows-1258 has where Windows-1252 has Ã ã Ð ð Õ õ Ý ý. */
const VIETNAMESE_LETTERS = new Set([..."ĂăĐđƠơƯư"].map((letter) => letter.charCodeAt(0)));

/**
 * Reads the bytes of a CSV or tab-separated text as Excel writes them on Vietnamese Windows: UTF-8
 * with or without its byte order mark, "Unicode Text" (UTF-16 LE, with the mark or without it), or
 * the ANSI code page, Windows-1258 (Vietnamese) or Windows-1252 (Western). Windows-1258 writes most
 * tones as combining marks after the vowel; the text comes back in NFC, where they are composed.
 * The code pages come from iconv-lite, loaded only for a file that needs them.
 */
export async function decodeText(data: Uint8Array): Promise<DecodedText> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const said = (encoding: TextEncoding, text: string): DecodedText => ({
    text: text.normalize("NFC"),
    encoding,
    guessed: false,
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return said("UTF-8", bytes.toString("utf8", 3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return said("UTF-16 LE", utf16le(bytes, 2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return said("UTF-16 BE", (await codePages()).decode(bytes.subarray(2), "utf16-be"));
  const guess = (encoding: TextEncoding, text: string): DecodedText => ({
    text: text.normalize("NFC"),
    encoding,
    guessed: true,
  });
  if (looksUtf16le(bytes.subarray(0, SAMPLE_BYTES))) return guess("UTF-16 LE", utf16le(bytes, 0));
  // ASCII is valid UTF-8 too, and reads the same in every encoding here: no guess to own up to.
  if (isUtf8(bytes)) return said("UTF-8", bytes.toString("utf8"));
  const iconv = await codePages();
  const encoding = vietnameseOrWestern(iconv.decode(bytes.subarray(0, SAMPLE_BYTES), "cp1258"));
  return guess(encoding, iconv.decode(bytes, encoding === "Windows-1258" ? "cp1258" : "cp1252"));
}

async function codePages() {
  return (await import(/* webpackChunkName: "code-pages" */ "iconv-lite")).default;
}

function utf16le(bytes: Buffer, start: number): string {
  // An odd last byte is half a character: leave it out rather than guess it.
  return bytes.toString("utf16le", start, bytes.length - ((bytes.length - start) % 2));
}

/**
 * UTF-16 LE without its mark: text in a table is mostly ASCII (digits, separators, unaccented
 * letters), whose second byte is 0, while a zero first byte is rare (U+0100, U+0300, U+1E00…) and
 * UTF-8 or an ANSI code page has no zero bytes at all.
 */
function looksUtf16le(sample: Buffer): boolean {
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return false;
  let highZeros = 0;
  let lowZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i + 1] === 0) highZeros++;
    if (sample[i] === 0) lowZeros++;
  }
  return highZeros * 2 >= pairs && lowZeros * 4 < highZeros;
}

/**
 * Windows-1258 or Windows-1252, from a sample read as 1258: the same bytes but for a few, which 1258 reads as tone marks (after
 * a vowel in Vietnamese text) and as ă đ ơ ư, and 1252 as Ì ì Ò ò Þ and Ã ã Ð ð Õ õ Ý ý. Read as 1258,
 * Vietnamese gives tone marks that compose with the vowel before them; Western text gives marks
 * after consonants, which compose into nothing Vietnamese. Where no byte tells them apart, both
 * read the same, and the name is that of the code page of Vietnamese Windows.
 */
function vietnameseOrWestern(text: string): "Windows-1258" | "Windows-1252" {
  let vietnamese = 0;
  let stray = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (TONE_MARK_CODES.has(code)) {
      if (i > 0 && TONED_VOWELS.has((text[i - 1] + text[i]).normalize("NFC"))) vietnamese++;
      else stray++;
    } else if (VIETNAMESE_LETTERS.has(code)) vietnamese++;
  }
  return vietnamese >= stray ? "Windows-1258" : "Windows-1252";
}
