/** Numbers as schedule cells write them: quarters in Roman or Arabic numerals, years in four digits or two. */

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** "iii" or "3" (folded text) → 3; null for anything else. */
export function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return ROMAN[text] ?? null;
}

/** The earliest and latest years a plan cell may name: outside them, a number is not a year. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2099;

/** "2024" → 2024, "24" → 2024 (plans are this century's); null when it is no plan's year. */
export function yearValue(digits: string): number | null {
  const value = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return value >= FIRST_YEAR && value <= LAST_YEAR ? value : null;
}
