// How OOXML writes values that XML has no plain way for.

/** An on/off attribute: on unless "0", "false" or "off" (no value at all is on, as for `<b/>`). */
export function isOn(value: string | undefined): boolean {
  return value !== "0" && value !== "false" && value !== "off";
}

/** Text in OOXML escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
export function unescapeText(text: string): string {
  let at = text.indexOf("_x");
  if (at < 0) return text;
  let result = "";
  let from = 0;
  for (; at >= 0; at = text.indexOf("_x", at + 1)) {
    if (at < from || text.charCodeAt(at + 6) !== 95 /* _ */) continue;
    const code = hexValue(text, at + 2);
    if (code < 0) continue;
    result += text.slice(from, at) + String.fromCharCode(code);
    from = at + 7;
  }
  return result + text.slice(from);
}

/** The four hexadecimal digits of `text` from `from` on, as a number; -1 when they are not. */
function hexValue(text: string, from: number): number {
  let value = 0;
  for (let i = from; i < from + 4; i++) {
    const c = text.charCodeAt(i);
    const digit =
      c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}
