import { GridCell } from "./grid";
import { cleanText } from "./text";

/** Why a cell could not be read as an amount; the Vietnamese wording lives in checks/budgetFormat.ts. */
export type AmountProblem =
  | "not-a-number" // text that is no amount at all
  | "bad-grouping" // "500.00", "4000.000": thousands groups of the wrong size
  | "fraction"; // an amount with a part smaller than one đồng

export type AmountReading =
  /**
   * No amount. `text` when the cell says so in words ("Lồng ghép", "Kinh phí thường xuyên", "Không"):
   * no separate money, counted as nothing in the sums.
   */
  | { kind: "empty"; text?: string }
  | { kind: "amount"; value: number }
  | { kind: "unreadable"; text: string; problem: AmountProblem }
  /** A formula whose result is an error value such as "#REF!". */
  | { kind: "error"; error: string }
  /** A formula saved without its result, by a tool that does not calculate. */
  | { kind: "uncalculated" };

/** No amount: a blank cell, or words that name none. */
export const EMPTY_AMOUNT: AmountReading = Object.freeze({ kind: "empty" });
const UNCALCULATED: AmountReading = Object.freeze({ kind: "uncalculated" });

/** Excel's error values, as a cell shows them ("#REF!", "#DIV/0!", "#N/A", …). */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

/** Whether a text is one of Excel's error values, such as "#REF!". */
export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}

/**
 * Reads a Kinh phí cell, formula and all: an error value (given by the reader, or shown as text by an
 * older one) is an error; a formula saved without a result is uncalculated; anything else is read by
 * `readAmount`.
 */
export function readAmountCell(cell: GridCell | undefined, scale = 1): AmountReading {
  const clean =
    cell && typeof cell.value === "string" ? { ...cell, value: cleanText(cell.value) } : cell;
  return readCleanAmountCell(clean, scale);
}

/** As readAmountCell, for a cell whose text is clean already (a cell of a grid that went through cleanGrid). */
export function readCleanAmountCell(cell: GridCell | undefined, scale = 1): AmountReading {
  if (!cell) return EMPTY_AMOUNT;
  if (cell.error) return { kind: "error", error: cell.error.trim().toUpperCase() };
  const { value } = cell;
  if (typeof value === "string" && isErrorValue(value))
    return { kind: "error", error: value.trim().toUpperCase() };
  if (value === null && cell.formula) return UNCALCULATED;
  return readCleanAmount(value, scale);
}

const CURRENCY = /\s*(?:vnđ|vnd|đồng|đ|₫|dong|d)\.?$/i;
const WORD_SCALES: [RegExp, number][] = [
  [/\s*(?:tỷ|tỉ|ty)$/i, 1e9],
  [/\s*(?:triệu|trieu|tr)$/i, 1e6],
  [/\s*(?:nghìn|ngàn|nghin|ngan)$/i, 1e3],
];
const DASHES = /^[-–—]+$/;
const INVISIBLE_SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads a Kinh phí cell into whole đồng. `scale` is what one unit of the column is worth (1 for a
 * column in đồng, 1,000,000 for one in triệu đồng). Vietnamese notation groups thousands with dots
 * and writes decimals after a comma; an English-locale "12,900,000" is read too.
 */
export function readAmount(value: string | number | boolean | null, scale = 1): AmountReading {
  return readCleanAmount(typeof value === "string" ? cleanText(value) : value, scale);
}

/** As readAmount, for a value whose text is clean already (see cleanText). */
export function readCleanAmount(value: string | number | boolean | null, scale = 1): AmountReading {
  if (value === null) return EMPTY_AMOUNT;
  if (typeof value === "boolean")
    return { kind: "unreadable", text: String(value), problem: "not-a-number" };
  if (typeof value === "number") return fromNumber(value, scale, String(value));
  const text = value;
  if (text === "" || DASHES.test(text)) return EMPTY_AMOUNT;
  if (saysNoAmount(text)) return { kind: "empty", text };
  return readAmountText(text, scale);
}

/**
 * Words that say an amount ("Ba triệu đồng", "năm trăm nghìn"): text with one of them, or with a digit,
 * is read as an amount, and reported when it cannot be.
 */
const AMOUNT_WORDS = new Set([
  "triệu",
  "trieu",
  "nghìn",
  "nghin",
  "ngàn",
  "trăm",
  "tỷ",
  "tỉ",
  "mươi",
  "mười",
  "đồng",
  "vnđ",
  "vnd",
  "đ",
]);

/** Letters, spaces and the punctuation of a phrase: no digit, no "#" of a broken error value. */
const NO_AMOUNT_CHARACTERS = /^[\p{L}\p{M}\s.,;:()/'"“”‘’–—-]+$/u;

/**
 * Words with no digit and no word of an amount ("Lồng ghép", "Kinh phí thường xuyên", "Không có",
 * "Nguồn xã hội hóa"): plans write them where a task has no money of its own.
 */
function saysNoAmount(text: string): boolean {
  if (!NO_AMOUNT_CHARACTERS.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words.length > 0 && !words.some((word) => AMOUNT_WORDS.has(word));
}

function readAmountText(text: string, scale: number): AmountReading {
  let body = text;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1);
  }
  body = body.trim().replace(/^[-−]\s*/, () => {
    sign = -sign;
    return "";
  });
  body = body.replace(CURRENCY, "");
  let wordScale = 1;
  for (const [pattern, factor] of WORD_SCALES) {
    if (pattern.test(body)) {
      body = body.replace(pattern, "");
      wordScale = factor;
      break;
    }
  }
  body = body.replace(INVISIBLE_SPACES, " ").trim();
  const number = readDigits(body, scale * wordScale > 1);
  if (typeof number === "string") return { kind: "unreadable", text, problem: number };
  return fromNumber(sign * number, wordScale > 1 ? wordScale : scale, text);
}

/**
 * Digits with thousands separators and an optional decimal part. `decimalsExpected` says whether the
 * column may hold fractions (amounts in triệu or nghìn đồng), which settles what a lone comma means.
 */
function readDigits(body: string, decimalsExpected: boolean): number | AmountProblem {
  if (!/^\d[\d., ]*$/.test(body) || /[., ]$/.test(body)) return "not-a-number";
  const separators = body.replace(/\d/g, "");
  if (separators === "") return Number(body);
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let integerPart = body;
  let decimals = "";
  if (lastDot >= 0 && lastComma >= 0) {
    // Both appear: the later one separates the decimals ("1.234.567,00" or "1,234,567.00").
    const at = Math.max(lastDot, lastComma);
    integerPart = body.slice(0, at);
    decimals = body.slice(at + 1);
    if (integerPart.includes(body[at])) return "bad-grouping";
  } else if (decimalsExpected) {
    const only = separators[0];
    const once = separators.length === 1;
    const afterLast = body.length - body.lastIndexOf(only) - 1;
    // In triệu đồng "12,9" is twelve point nine; a dot counts as decimal only where it cannot group.
    if (once && only !== " " && (only === "," || afterLast !== 3)) {
      integerPart = body.slice(0, body.lastIndexOf(only));
      decimals = body.slice(body.lastIndexOf(only) + 1);
    }
  }
  if (!/^\d+$/.test(decimals) && decimals !== "") return "not-a-number";
  const groupsOk = hasThousandsGroups(integerPart);
  if (!groupsOk) return "bad-grouping";
  const whole = Number(integerPart.replace(/[., ]/g, ""));
  return decimals === "" ? whole : Number(`${whole}.${decimals}`);
}

/** "12.900.000", "12,900,000", "12 900 000" or plain digits; one kind of separator. */
function hasThousandsGroups(text: string): boolean {
  const separator = text.replace(/\d/g, "")[0];
  if (separator === undefined) return true;
  const groups = text.split(separator);
  if (groups.some((group) => /\D/.test(group))) return false;
  return (
    groups[0].length >= 1 &&
    groups[0].length <= 3 &&
    groups.slice(1).every((group) => group.length === 3)
  );
}

function fromNumber(number: number, scale: number, text: string): AmountReading {
  const dong = number * scale;
  if (!Number.isFinite(dong)) return { kind: "unreadable", text, problem: "not-a-number" };
  const rounded = Math.round(dong);
  // Binary fractions: 12.9 triệu is 12899999.999999998 đồng before rounding.
  if (Math.abs(dong - rounded) > 1e-9 * Math.max(1, Math.abs(dong))) {
    return { kind: "unreadable", text, problem: "fraction" };
  }
  return { kind: "amount", value: rounded === 0 ? 0 : rounded };
}

/** 12900000 → "12.900.000", as Vietnamese documents print amounts. */
export function formatAmount(value: number): string {
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return value < 0 ? `-${digits}` : digits;
}
