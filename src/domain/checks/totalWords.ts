import { amountInWords } from "../amountInWords";
import { cellAddress } from "../grid";
import { wordsText } from "../messages";
import { folded } from "../text";
import { Check } from "./context";

/** Spellings that name the same number: the dialects, and tỉ for tỷ. */
const SAME_WORD: Record<string, string> = {
  le: "linh",
  ngan: "nghin",
  tu: "bon",
  ti: "ty",
  lam: "nam",
};

/** The words of an amount, compared by what they say rather than how they are spelt. */
function meaning(text: string): string {
  return folded(text)
    .replace(/^bang chu\s*:?\s*/, "")
    .replace(/[.,;:/]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && word !== "chan")
    .map((word) => SAME_WORD[word] ?? word)
    .join(" ");
}

/** total.words: "Bằng chữ: …" under the total no longer says the total. */
export const totalWords: Check = (context) => {
  const { total, words } = context.appendix;
  if (!total || !words || total.amount.kind !== "amount" || total.amount.value < 0) return [];
  const amount = total.amount.value;
  const expected = amountInWords(amount);
  if (meaning(words.text) === meaning(expected)) return [];
  return [
    {
      rule: "total.words",
      severity: "error",
      row: words.row,
      cell: cellAddress(words.column, words.row),
      number: null,
      message: wordsText.mismatch(amount),
      expected: amount,
      actual: null,
      hint: wordsText.fix(expected),
    },
  ];
};
