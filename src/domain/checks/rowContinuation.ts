import { Finding } from "../finding";
import { defineRule } from "./support/rule";

/**
 * row.continuation: the second half of a row split by a page break (no TT, no task, only text in the
 * other columns), which the reader joins to the row above.
 */
export const rowContinuation = defineRule({
  id: "row.continuation",
  stage: "reader",
  severity: "info",
  field: "cell",
  description:
    "Dòng bị tách khi sang trang (không số, không nhiệm vụ) được gộp vào dòng trên nó, có ghi chú để biết.",
  messages: {
    continuation: (row: number) =>
      `Dòng này là phần tiếp theo của dòng ${row} (bị tách khi sang trang): đã gộp vào dòng ${row}.`,
  },
});

/** The note at the continuation's first filled cell, naming the row it was joined to. */
export function continuationNotice(row: number, cell: string, joinedTo: number): Finding {
  return rowContinuation.finding(
    { row, cell },
    { message: rowContinuation.messages.continuation(joinedTo) }
  );
}
