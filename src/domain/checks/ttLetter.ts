import { quoted } from "../messages";
import { displayOf } from "../numberSequence";
import { defineRule } from "./support/rule";

/** tt.letter: a lettered point using f, j, w or z, which the Vietnamese alphabet does not have. */
export const ttLetter = defineRule({
  id: "tt.letter",
  stage: "table",
  severity: "error",
  field: "number",
  description:
    "Điểm đánh bằng chữ dùng bảng chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k, … (không có f, j, w, z).",
  messages: {
    foreignLetter: (letter: string) =>
      `Chữ ${quoted(letter)} không có trong bảng chữ cái tiếng Việt dùng để đánh số (a, b, c, d, đ, e, g, h, i, k, …).`,
    foreignLetterHint: (expected: string) => `Theo thứ tự, điểm này là ${expected}.`,
  },
  check: (context, { at, messages }) =>
    context.appendix.rows.flatMap((row, index) => {
      if (row.number.kind !== "number" || row.number.number.flaw !== "foreign-letter") return [];
      const place = context.sequence.places[index];
      return [
        at(row, {
          message: messages.foreignLetter(row.number.number.canonical.replace(")", "")),
          hint: place ? messages.foreignLetterHint(displayOf(place)) : null,
        }),
      ];
    }),
});
