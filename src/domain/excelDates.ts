import { dayMonthYear } from "./dates";

/** Excel's built-in number formats 14–22 (dates, times) and 45–47 (times), which files name by id. */
export function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/**
 * A number format code shows a date when its first section (the one for positive numbers, as date
 * serials are) has d or y, or m without h or s (then minutes), outside quoted text, [colours and
 * locales] and escaped characters. "General" and "@" have none of them.
 */
export function isDateFormat(code: string): boolean {
  let day = false;
  let month = false;
  let time = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      i = code.indexOf('"', i + 1);
      if (i < 0) break;
    } else if (c === "[") {
      i = code.indexOf("]", i + 1);
      if (i < 0) break;
    } else if (c === "\\" || c === "_" || c === "*") i++;
    else if (c === ";") break;
    else if (c === "d" || c === "D" || c === "y" || c === "Y") day = true;
    else if (c === "m" || c === "M") month = true;
    else if (c === "h" || c === "H" || c === "s" || c === "S") time = true;
  }
  return day || (month && !time);
}

const DAY = 86_400_000;
/** The serial of 01/01/10000: Excel shows no day from there on. */
const PAST_LAST_DAY = 2_958_466;

/**
 * An Excel date serial as Vietnamese write dates (10/01/2020); the number itself when it is no day
 * (negative, past 9999, or a time alone in the 1900 system). Serial 1 is 01/01/1900 in the 1900
 * date system, 0 is 01/01/1904 in the 1904 one.
 */
export function dateFromSerial(serial: number, date1904 = false): string | number {
  if (!(serial >= 0 && serial < PAST_LAST_DAY)) return serial;
  const day = Math.floor(serial);
  if (date1904) return dayMonthYear(new Date(Date.UTC(1904, 0, 1) + day * DAY));
  if (day === 0) return serial;
  // Excel counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug).
  if (day === 60) return "29/02/1900";
  return dayMonthYear(new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * DAY));
}

/** An ISO 8601 date as a file stores it ("2020-01-10T00:00:00Z") as dd/mm/yyyy; other text as it is. */
export function dateFromIso(text: string): string {
  const year = digitsValue(text.slice(0, 4));
  const month = digitsValue(text.slice(5, 7));
  const day = digitsValue(text.slice(8, 10));
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return text;
  if (text[4] !== "-" || text[7] !== "-" || (text.length > 10 && text[10] !== "T")) return text;
  return dayMonthYear(new Date(Date.UTC(year, month - 1, day)));
}

/** The number that `text`'s decimal digits write; -1 when it is empty or has other characters. */
function digitsValue(text: string): number {
  return /^[0-9]+$/.test(text) ? Number(text) : -1;
}

/**
 * The 1900-system serial Excel stores for a day from 1 March 1900 on (every day a plan names), so that
 * a written date is a real date the officer can sort and reformat.
 */
export function serialOfDay(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY);
}
