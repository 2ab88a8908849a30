import { listAnd } from "../messages";
import { defineRule } from "./support/rule";

/**
 * schedule.unparsed: a "Thời gian thực hiện" cell the checker cannot read, or words in it shaped like a
 * time that name none (a 13th month, 31/4). The reports then cannot place the task by that cell and list
 * it on demand in every report, so the officer is told rather than left with a guess. Cells that name an event ("Khi có yêu cầu") are read:
 * the task is on demand.
 */
export const scheduleUnparsed = defineRule({
  id: "schedule.unparsed",
  stage: "table",
  severity: "info",
  field: "schedule",
  description: "Thời gian thực hiện ghi theo dạng đọc được, để xếp nhiệm vụ vào đúng kỳ báo cáo.",
  messages: {
    unreadable: (words: string) =>
      `Không đọc được thời gian thực hiện “${words}”: báo cáo nào cũng liệt kê nhiệm vụ vào mục “thực hiện khi có yêu cầu”.`,
    partly: (words: string[]) =>
      `Không đọc được ${listAnd(words.map((word) => `“${word}”`))} trong thời gian thực hiện; phần còn lại đã đọc.`,
    hint: "Ghi theo một trong các dạng: “Trước 15/3/2025”, “Quý I/2025”, “Tháng 6/2025”, “6 tháng đầu năm”, “Trong năm 2025”, “Hàng tháng”; việc không theo thời hạn ghi như “Khi có yêu cầu”.",
  },
  check: (context, { at, messages }) =>
    context.outline.nodes.flatMap((node) => {
      const reading = context.schedules.get(node.row.row);
      if (!reading) return [];
      const unread = reading.unread ?? [];
      if (reading.kind === "unreadable")
        return [
          at(node.row, { message: messages.unreadable(unread.join("; ")), hint: messages.hint }),
        ];
      if (unread.length > 0)
        return [at(node.row, { message: messages.partly(unread), hint: messages.hint })];
      return [];
    }),
});
