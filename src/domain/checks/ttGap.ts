import { list } from "../messages";
import { nameOf } from "../rowNames";
import { defineRule } from "./support/rule";

/** tt.gap: a number skipped, such as 1.3 straight after 1.1. */
export const ttGap = defineRule({
  id: "tt.gap",
  stage: "table",
  severity: "error",
  field: "number",
  description: "Số thứ tự liền mạch, không bỏ sót số nào (như 1.3 ngay sau 1.1).",
  messages: {
    gap: (number: string, missing: string[]) =>
      `Thiếu số thứ tự ${list(missing)}: sau số trước đó là ${number}.`,
    gapHint: (missing: string[]) =>
      `Có thể đã xóa mất ${missing.length > 1 ? "các mục" : "mục"} ${list(missing)} hoặc đánh số nhảy cóc; đánh lại số thứ tự.`,
  },
  check: (context, { at, messages }) =>
    context.sequence.problems.flatMap((problem) =>
      problem.kind === "gap"
        ? [
            at(problem.row, {
              message: messages.gap(nameOf(problem.row), problem.missing),
              hint: messages.gapHint(problem.missing),
            }),
          ]
        : []
    ),
});
