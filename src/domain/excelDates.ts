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
/** The day Excel's serials count from, for the days from March 1900 on. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
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
  // A report turns tens of thousands of days: read in place and counted, with no Date made.
  if (date.length === 10 && date[4] === "-" && date[7] === "-") {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const day = Number(date.slice(8));
    if (year >= 1900) return daysFromCivil(year, month, day) + SERIAL_OF_1970;
  }
  const [year, month, day] = date.split("-").map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / DAY);
}

/** Excel's serial of 1 January 1970, the day daysFromCivil counts from. */
const SERIAL_OF_1970 = 25_569;

/**
 * Days from 1 January 1970 to a day of the Gregorian calendar, as Date.UTC counts them (a month or a
 * day past its end runs on into the next): the year is counted from March, so that 29 February ends
 * it, and in eras of 400 years, which repeat.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const extra = Math.floor((month - 1) / 12);
  const m = month - 1 - extra * 12 + 1;
  const y = year + extra - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
