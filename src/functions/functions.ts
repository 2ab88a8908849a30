import { amountInWords, type Dialect } from "../domain/amountInWords";
import { readAmount } from "../domain/money";
import { folded } from "../domain/text";
import { functionsText } from "./functionsText";

/*
 * Excel's custom functions. The JSDoc of each function is its metadata: at build time
 * custom-functions-metadata-plugin writes functions.json from it and appends the
 * CustomFunctions.associate calls to this file, so nothing here registers itself.
 */

/** Folded spellings of the second argument (English as documented, Vietnamese too). */
const DIALECTS = new Map<string, Dialect>([
  ["north", "north"],
  ["bac", "north"],
  ["mien bac", "north"],
  ["south", "south"],
  ["nam", "south"],
  ["mien nam", "south"],
]);

/*
 * What Excel shows while the formula is typed comes from here, in Vietnamese: the description (one
 * line), and each parameter's name and description. custom-functions-metadata names a parameter after
 * the function's own parameter, so these two parameters have Vietnamese names (Excel shows
 * PHULUC.BANGCHU(số_tiền, [cách_đọc])): the one place where an identifier is text the officer reads.
 * tests/functions checks the functions.json generated from it.
 */
/**
 * Số tiền bằng chữ: 34900000 → "Ba mươi tư triệu chín trăm nghìn đồng".
 * @customfunction BANGCHU
 * @param số_tiền Số tiền (đồng): số nguyên không âm, thường là ô Tổng cộng.
 * @param [cách_đọc] Cách đọc: "north" hoặc "bắc" (mặc định: linh, tư, nghìn), "south" hoặc "nam" (lẻ, bốn, ngàn).
 * @returns Số tiền bằng chữ.
 */
export function bangChu(số_tiền: unknown, cách_đọc?: unknown): string {
  return amountInWords(wholeDong(số_tiền), dialectOf(cách_đọc));
}

/** The amount as whole đồng, or a #VALUE! error that says what is wrong with it. */
function wholeDong(value: unknown): number {
  if (value === null || value === undefined || value === "") {
    throw invalid(functionsText.emptyAmount);
  }
  if (typeof value === "string") throw invalid(functionsText.textAmount(value.trim()));
  if (typeof value === "boolean") throw invalid(functionsText.notANumber(value ? "TRUE" : "FALSE"));
  // A data type (an entity, an image) arrives as an object: it has no amount to read.
  if (typeof value !== "number") throw invalid(functionsText.notANumber(null));
  if (!Number.isFinite(value)) throw invalid(functionsText.notANumber(String(value)));
  // The checker's own reading: a sum in floating point such as 12899999.999999998 is 12.900.000.
  const reading = readAmount(value);
  if (reading.kind !== "amount") {
    throw invalid(value < 0 ? functionsText.negative(value) : functionsText.fraction(value));
  }
  if (reading.value < 0) throw invalid(functionsText.negative(reading.value));
  if (!Number.isSafeInteger(reading.value)) throw invalid(functionsText.tooLarge);
  return reading.value;
}

function dialectOf(value: unknown): Dialect {
  // Excel passes null for an omitted optional argument.
  if (value === null || value === undefined || value === "") return "north";
  const dialect = typeof value === "string" ? DIALECTS.get(folded(value)) : undefined;
  if (!dialect) throw invalid(functionsText.dialect(String(value)));
  return dialect;
}

function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
