import { numberingText } from "../messages";
import { betweenHint, namesAround } from "./betweenRows";
import { Check, findingAt, FindingDraft, nameOf } from "./context";

/** tt.order: numbers out of order, a number whose parent does not exist, a level skipped. */
export const ttOrder: Check = (context) =>
  context.sequence.problems.flatMap((problem) => {
    const number = nameOf(problem.row);
    let draft: FindingDraft;
    switch (problem.kind) {
      case "swapped":
        draft = {
          message: numberingText.swapped(number, nameOf(problem.next)),
          hint: numberingText.swappedHint(number, nameOf(problem.next)),
        };
        break;
      case "misplaced":
        draft = problem.between
          ? {
              message: numberingText.misplacedBetween(number, ...namesAround(problem.between)),
              hint: betweenHint(problem.between),
            }
          : {
              message: numberingText.misplaced(number, problem.expected),
              hint: numberingText.misplacedHint(problem.expected),
            };
        break;
      case "level-jump":
        draft = {
          message: numberingText.levelJump(number, problem.missingParent),
          hint: numberingText.levelJumpHint(problem.missingParent),
        };
        break;
      case "orphan":
        draft = {
          message: numberingText.orphan(number, problem.missingParent),
          hint: problem.between
            ? betweenHint(problem.between)
            : numberingText.orphanHint(problem.expected),
        };
        break;
      default:
        return [];
    }
    return [findingAt(context, "tt.order", "error", "number", problem.row, draft)];
  });
