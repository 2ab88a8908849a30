import { Finding } from "../finding";
import { defineRule } from "./support/rule";

/** row.header: the header row repeated inside the table (a table copied across pages). */
export const rowHeader = defineRule({
  id: "row.header",
  stage: "reader",
  severity: "info",
  field: "task",
  description:
    "Dòng tiêu đề lặp lại giữa bảng (do sao chép qua trang) được bỏ qua, có ghi chú để biết.",
  messages: {
    repeatedHeader: "Dòng tiêu đề lặp lại giữa bảng (do sao chép qua trang): đã bỏ qua.",
  },
});

/** The note at a repeated header's Nhiệm vụ cell. */
export function repeatedHeaderNotice(row: number, cell: string): Finding {
  return rowHeader.finding({ row, cell }, { message: rowHeader.messages.repeatedHeader });
}
