export type Dialect = "north" | "south";

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

interface Words {
  zeroTens: string; // "linh" / "lẻ": a units digit after a hundreds digit with no tens
  thousand: string;
  four: string; // 4 after "mươi" or "linh"
}

const WORDS: Record<Dialect, Words> = {
  north: { zeroTens: "linh", thousand: "nghìn", four: "tư" },
  south: { zeroTens: "lẻ", thousand: "ngàn", four: "bốn" },
};

/**
 * An integer amount of Vietnamese đồng in words: 34900000 → "Ba mươi tư triệu chín trăm nghìn
 * đồng". Northern style by default (linh, tư, nghìn); southern style says lẻ, bốn, ngàn.
 */
export function amountInWords(amount: number, dialect: Dialect = "north"): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(
      `Số tiền phải là số nguyên không âm, không lớn hơn ${Number.MAX_SAFE_INTEGER}: ${amount}`
    );
  }
  // String() of a safe integer gives its exact decimal digits, so no floating-point division.
  const words = amount === 0 ? DIGITS[0] : readDigits(String(amount), true, WORDS[dialect]);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}

/** Words for a digit string; `leading` when it starts the whole number (no "không trăm"). */
function readDigits(digits: string, leading: boolean, words: Words): string {
  // Above tỷ the scale words repeat, so the part above tỷ is read as a number of its own.
  if (digits.length > 9) {
    const high = readDigits(digits.slice(0, -9), leading, words);
    const low = readDigits(digits.slice(-9), false, words);
    return join([high, "tỷ", low]);
  }
  const scales = ["triệu", words.thousand, ""];
  const padded = digits.padStart(9, "0");
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const group = padded.slice(3 * i, 3 * i + 3);
    if (group === "000") continue;
    parts.push(readGroup(group, leading && parts.length === 0, words), scales[i]);
  }
  return join(parts);
}

/** Words for three digits, not all zero; `short` skips a zero hundreds (năm, not không trăm…). */
function readGroup(group: string, short: boolean, words: Words): string {
  const [hundreds, tens, units] = Array.from(group, Number);
  const parts: string[] = [];
  if (hundreds > 0 || !short) parts.push(DIGITS[hundreds], "trăm");
  if (tens === 0 && units > 0) {
    // "linh"/"lẻ" bridges a read hundreds and a units digit: 105 → một trăm linh năm.
    if (parts.length > 0) parts.push(words.zeroTens, units === 4 ? words.four : DIGITS[units]);
    else parts.push(DIGITS[units]);
  } else if (tens === 1) {
    parts.push("mười", units === 5 ? "lăm" : units > 0 ? DIGITS[units] : "");
  } else if (tens > 1) {
    parts.push(DIGITS[tens], "mươi", unitsAfterTens(units, words));
  }
  return join(parts);
}

/** The units digit after "mươi": 1 is mốt, 4 is tư in the north, 5 is lăm, 0 is silent. */
function unitsAfterTens(units: number, words: Words): string {
  if (units === 0) return "";
  if (units === 1) return "mốt";
  if (units === 4) return words.four;
  if (units === 5) return "lăm";
  return DIGITS[units];
}

function join(parts: string[]): string {
  return parts.filter((part) => part !== "").join(" ");
}
