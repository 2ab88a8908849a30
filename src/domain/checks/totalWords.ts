import { amountInWords } from "../amountInWords";
import { money, names } from "../messages";
import { wordsOfLine } from "../reading/totalRow";
import { defineRule } from "./support/rule";

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
  return wordsOfLine(text)
    .replace(/[.,;:/]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && word !== "chan")
    .map((word) => SAME_WORD[word] ?? word)
    .join(" ");
}

/** total.words: "Bằng chữ: …" under the total no longer says the total. */
export const totalWords = defineRule({
  id: "total.words",
  stage: "words",
  severity: "error",
  field: "words",
  description: "Dòng “Bằng chữ” dưới Tổng cộng đọc đúng số Tổng cộng.",
  messages: {
    mismatch: (total: number) => `Dòng “Bằng chữ” không khớp với Tổng cộng ${money(total)}.`,
    fix: (words: string) => `Sửa thành: ${names.wordsLine(words)}`,
  },
  check: (context, { at, messages }) => {
    const { total, words } = context.appendix;
    if (!total || !words || total.amount.kind !== "amount" || total.amount.value < 0) return [];
    const amount = total.amount.value;
    const expected = amountInWords(amount);
    if (meaning(words.text) === meaning(expected)) return [];
    return [
      at(
        { row: words.row },
        {
          column: words.column,
          message: messages.mismatch(amount),
          expected: amount,
          hint: messages.fix(expected),
        }
      ),
    ];
  },
});
