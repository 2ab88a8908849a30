import { nameOf } from "../rowNames";
import { betweenHint, namesAround } from "./support/betweenRows";
import { defineRule, FindingDraft } from "./support/rule";

/** tt.order: numbers out of order, a number whose parent does not exist, a level skipped. */
export const ttOrder = defineRule({
  id: "tt.order",
  stage: "table",
  severity: "error",
  field: "number",
  description:
    "Số thứ tự đi đúng thứ tự và đúng cấp: không đảo chỗ, không nhảy cấp, mục con có mục cha ở trên.",
  messages: {
    swapped: (number: string, next: string) =>
      `Số ${number} đứng trước ${next}: hai dòng bị đảo thứ tự.`,
    swappedHint: (number: string, next: string) =>
      `Đổi chỗ hai dòng ${number} và ${next}, hoặc đánh lại số.`,
    misplaced: (number: string, expected: string) =>
      `Số ${number} không đúng thứ tự; theo thứ tự, dòng này là ${expected}.`,
    misplacedHint: (expected: string) =>
      `Sửa thành ${expected}, hoặc đánh lại số thứ tự cho liền mạch.`,
    levelJump: (number: string, parent: string) =>
      `Số ${number} nhảy cấp: chưa có mục ${parent} ở trên.`,
    levelJumpHint: (parent: string) => `Thêm dòng ${parent} hoặc đánh lại số cho đúng cấp.`,
    orphan: (number: string, parent: string) =>
      `Số ${number} không có mục cha: bảng không có mục ${parent}.`,
    orphanHint: (expected: string) => `Có lẽ là ${expected}.`,
    /** A row between two numbered rows that follow on from each other, named "1.1.4 (dòng 8)". */
    misplacedBetween: (number: string, previous: string | null, next: string) =>
      previous === null
        ? `Số ${number} không đúng thứ tự: đứng trước ${next}, số mở đầu của bảng.`
        : `Số ${number} không đúng thứ tự: đứng giữa ${previous} và ${next}.`,
  },
  check: (context, { at, messages }) =>
    context.sequence.problems.flatMap((problem) => {
      const number = nameOf(problem.row);
      let draft: FindingDraft<"error">;
      switch (problem.kind) {
        case "swapped":
          draft = {
            message: messages.swapped(number, nameOf(problem.next)),
            hint: messages.swappedHint(number, nameOf(problem.next)),
          };
          break;
        case "misplaced":
          draft = problem.between
            ? {
                message: messages.misplacedBetween(number, ...namesAround(problem.between)),
                hint: betweenHint(problem.between),
              }
            : {
                message: messages.misplaced(number, problem.expected),
                hint: messages.misplacedHint(problem.expected),
              };
          break;
        case "level-jump":
          draft = {
            message: messages.levelJump(number, problem.missingParent),
            hint: messages.levelJumpHint(problem.missingParent),
          };
          break;
        case "orphan":
          draft = {
            message: messages.orphan(number, problem.missingParent),
            hint: problem.between
              ? betweenHint(problem.between)
              : messages.orphanHint(problem.expected),
          };
          break;
        default:
          return [];
      }
      return [at(problem.row, draft)];
    }),
});
