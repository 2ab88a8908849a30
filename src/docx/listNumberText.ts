import { toRoman } from "../domain/numbering";

/**
 * A list number written as Word writes it in a w:numFmt. Formats a commune plan has no use for
 * (ordinals, spelled-out numbers, other scripts) are written as decimals.
 */
export function listNumberText(value: number, format: string): string {
  switch (format) {
    case "none":
      return "";
    case "decimalZero":
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case "lowerLetter":
      return value > 0 ? letters(value) : String(value);
    case "upperLetter":
      return value > 0 ? letters(value).toUpperCase() : String(value);
    case "lowerRoman":
      return value > 0 ? toRoman(value).toLowerCase() : String(value);
    case "upperRoman":
      return value > 0 ? toRoman(value) : String(value);
    default:
      return String(value);
  }
}

/** Word's letters: a … z, then aa … zz, then aaa …: the letter repeated, not counted on like columns. */
function letters(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.ceil(value / 26));
}
