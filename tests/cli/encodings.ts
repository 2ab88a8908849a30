import iconv from "iconv-lite";

const TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

/**
 * TEXT as Excel on Vietnamese Windows saves it in Windows-1258: a letter the code page has is one
 * byte (ê, ơ, đ, and with `precomposed`, á à é …); every other toned vowel is its base letter and the
 * tone mark as a combining character after it (ệ is ê and U+0323).
 */
export function windows1258(text: string, precomposed = true): Buffer {
  const bytes: Buffer[] = [];
  for (const letter of text.normalize("NFC")) {
    const direct = iconv.encode(letter, "windows-1258");
    const tone = [...letter.normalize("NFD")].find((mark) => TONE_MARKS.includes(mark));
    if (iconv.decode(direct, "windows-1258") === letter && (precomposed || !tone)) {
      bytes.push(direct);
      continue;
    }
    if (!tone) throw new Error(`Windows-1258 has no “${letter}”`);
    const base = letter.normalize("NFD").replace(tone, "").normalize("NFC");
    bytes.push(iconv.encode(base, "windows-1258"), iconv.encode(tone, "windows-1258"));
  }
  return Buffer.concat(bytes);
}

/** Excel's "Unicode Text": UTF-16 LE, with its byte order mark unless told otherwise. */
export function utf16le(text: string, mark = true): Buffer {
  return Buffer.from(`${mark ? "\ufeff" : ""}${text}`, "utf16le");
}
