import { betweenHint } from "./support/betweenRows";
import { defineRule } from "./support/rule";

/** tt.duplicate: a number used twice; the second one is the row to renumber. */
export const ttDuplicate = defineRule({
  id: "tt.duplicate",
  stage: "table",
  severity: "error",
  field: "number",
  description: "Mỗi số thứ tự chỉ dùng một lần; dòng mang số trùng là dòng cần đánh lại số.",
  messages: {
    duplicate: (number: string, firstRow: number | null) =>
      firstRow === null
        ? `Số thứ tự ${number} bị trùng.`
        : `Số thứ tự ${number} trùng với dòng ${firstRow}.`,
    duplicateHint: (expected: string) => `Theo thứ tự, dòng này là ${expected}.`,
  },
  check: (context, { at, messages }) => {
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
        at(problem.row, {
          message: messages.duplicate(
            number,
            first !== undefined && first !== problem.row.row ? first : null
          ),
          hint: problem.between
            ? betweenHint(problem.between)
            : messages.duplicateHint(problem.expected),
        }),
      ];
    });
  },
});
