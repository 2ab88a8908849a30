import { numberingText } from "../messages";
import { betweenHint } from "./betweenRows";
import { Check, findingAt } from "./context";

/** tt.duplicate: a number used twice; the second one is the row to renumber. */
export const ttDuplicate: Check = (context) => {
  if (!context.sequence.problems.some((problem) => problem.kind === "duplicate")) return [];
  const firstRowOf = new Map<string, number>();
  for (const row of context.appendix.rows) {
    if (row.number.kind !== "number") continue;
    const key = row.number.number.canonical;
    if (!firstRowOf.has(key)) firstRowOf.set(key, row.row);
  }
  return context.sequence.problems.flatMap((problem) => {
    if (problem.kind !== "duplicate" || problem.row.number.kind !== "number") return [];
    const number = problem.row.number.number.canonical;
    const first = firstRowOf.get(number);
    return [
      findingAt(context, "tt.duplicate", "error", "number", problem.row, {
        message: numberingText.duplicate(
          number,
          first !== undefined && first !== problem.row.row ? first : null
        ),
        hint: problem.between
          ? betweenHint(problem.between)
          : numberingText.duplicateHint(problem.expected),
      }),
    ];
  });
};
