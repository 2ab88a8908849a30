import { numberingText } from "../messages";
import { displayOf } from "../numberSequence";
import { Check, findingAt } from "./context";

/** tt.letter: a lettered point using f, j, w or z, which the Vietnamese alphabet does not have. */
export const ttLetter: Check = (context) =>
  context.appendix.rows.flatMap((row, index) => {
    if (row.number.kind !== "number" || row.number.number.flaw !== "foreign-letter") return [];
    const place = context.sequence.places[index];
    return [
      findingAt(context, "tt.letter", "error", "number", row, {
        message: numberingText.foreignLetter(row.number.number.canonical.replace(")", "")),
        hint: place ? numberingText.foreignLetterHint(displayOf(place)) : null,
      }),
    ];
  });
