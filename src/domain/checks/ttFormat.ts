import { numberingText } from "../messages";
import { Check, findingAt } from "./context";

/**
 * tt.format: a number that is written wrongly, whether or not it can still be read. A capital letter
 * the sequence read as a part of the table ("A | PHẦN A") is written rightly.
 */
export const ttFormat: Check = (context) =>
  context.appendix.rows.flatMap((row) => {
    if (context.sequence.parts.has(row.row)) return [];
    if (row.number.kind === "unreadable") {
      return [
        findingAt(context, "tt.format", "error", "number", row, {
          message: numberingText.unreadable(row.numberText),
          hint: numberingText.unreadableHint,
        }),
      ];
    }
    if (row.number.kind !== "number") return [];
    const { flaw, canonical } = row.number.number;
    if (flaw === "separator") {
      return [
        findingAt(context, "tt.format", "error", "number", row, {
          message: numberingText.separator(row.numberText, canonical),
          hint: numberingText.separatorHint(canonical),
        }),
      ];
    }
    if (flaw === "date") {
      return [
        findingAt(context, "tt.format", "error", "number", row, {
          message: numberingText.date(row.numberText, canonical),
          hint: numberingText.dateHint(canonical),
        }),
      ];
    }
    if (flaw === "roman-form") {
      return [
        findingAt(context, "tt.format", "error", "number", row, {
          message: numberingText.romanForm(row.numberText, canonical),
          hint: numberingText.romanFormHint(canonical),
        }),
      ];
    }
    return [];
  });
