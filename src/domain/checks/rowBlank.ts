import { Finding } from "../finding";
import { defineRule } from "./support/rule";

/** row.blank: a blank row inside the table, which the reader passes over. */
export const rowBlank = defineRule({
  id: "row.blank",
  stage: "reader",
  severity: "info",
  field: "number",
  description: "Dòng trống giữa bảng được bỏ qua, có ghi chú để biết.",
  messages: {
    blankRow: "Dòng trống giữa bảng: đã bỏ qua.",
  },
});

/** The note at a blank row's TT cell. */
export function blankRowNotice(row: number, cell: string): Finding {
  return rowBlank.finding({ row, cell }, { message: rowBlank.messages.blankRow });
}
