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
      return value > 0 ? roman(value).toLowerCase() : String(value);
    case "upperRoman":
      return value > 0 ? roman(value) : String(value);
    default:
      return String(value);
  }
}

/** Word's letters: a … z, then aa … zz, then aaa …: the letter repeated, not counted on like columns. */
function letters(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.ceil(value / 26));
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(value: number): string {
  let text = "";
  let rest = value;
  for (const [amount, numeral] of ROMAN) {
    const times = Math.floor(rest / amount);
    text += numeral.repeat(times);
    rest -= times * amount;
  }
  return text;
}
