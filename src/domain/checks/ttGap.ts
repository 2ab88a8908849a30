import { numberingText } from "../messages";
import { Check, findingAt, nameOf } from "./context";

/** tt.gap: a number skipped, such as 1.3 straight after 1.1. */
export const ttGap: Check = (context) =>
  context.sequence.problems.flatMap((problem) =>
    problem.kind === "gap"
      ? [
          findingAt(context, "tt.gap", "error", "number", problem.row, {
            message: numberingText.gap(nameOf(problem.row), problem.missing),
            hint: numberingText.gapHint(problem.missing),
          }),
        ]
      : []
  );
