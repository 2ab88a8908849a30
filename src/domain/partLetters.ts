import { AppendixRow } from "./appendix";
import { capitalLetterPlace } from "./numbering";

/**
 * The rows whose TT is a capital letter standing for a part of the table ("A | PHẦN A") above its Roman
 * or Arabic sections, by their index in the rows, with the part's place in the alphabet. A table uses
 * such parts when its first number is A and its capital letters follow on A, B, C …; else it has none,
 * and a capital letter is what the cell's own reading says. "C", "I", "V", "X" and "L" are Roman
 * numerals too: one is a part where it is the next part's letter, except an "I" straight after the
 * part before it, which is that part's first Roman section. One pass, stopping at the first number
 * when the table does not start with A.
 */
export function partLetters(rows: readonly AppendixRow[]): Map<number, number> {
  const parts = new Map<number, number>();
  let lastNumbered = -1;
  let lastPart = -1;
  for (let index = 0; index < rows.length; index++) {
    const { number, numberText } = rows[index];
    const letter = capitalLetterPlace(numberText);
    if (letter === null) {
      if (number.kind !== "number") continue;
      if (parts.size === 0) return parts;
      lastNumbered = index;
      continue;
    }
    const roman = number.kind === "number" && number.number.kind === "roman";
    const firstSection =
      roman && number.number.parts[0] === 1 && parts.size > 0 && lastPart === lastNumbered;
    if (letter === parts.size + 1 && !firstSection) {
      parts.set(index, letter);
      lastPart = lastNumbered = index;
    } else if (roman && parts.size > 0) {
      lastNumbered = index;
    } else {
      return new Map();
    }
  }
  return parts;
}
