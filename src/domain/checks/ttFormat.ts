import { quoted } from "../messages";
import { defineRule } from "./support/rule";

/**
 * tt.format: a number that is written wrongly, whether or not it can still be read. A capital letter
 * the sequence read as a part of the table ("A | PHẦN A") is written rightly.
 */
export const ttFormat = defineRule({
  id: "tt.format",
  stage: "table",
  severity: "error",
  field: "number",
  description:
    "Số thứ tự viết đúng cách: 1, 1.1, 1.1.1 với dấu chấm; I, II, III; a), b), c); không phải ngày tháng.",
  messages: {
    separator: (written: string, read: string) =>
      `Số thứ tự ${quoted(written)} viết sai dấu phân cách; được đọc là ${read}.`,
    separatorHint: (read: string) => `Dùng dấu chấm giữa các cấp: ${read}.`,
    date: (written: string, read: string) =>
      `Excel đã đổi số thứ tự ${read} thành ngày tháng (${written}); được đọc là ${read}.`,
    dateHint: (read: string) =>
      `Nhập lại dưới dạng văn bản: định dạng ô là Text (Văn bản) rồi gõ ${read}, hoặc gõ '${read} (có dấu nháy đơn ở đầu).`,
    romanForm: (written: string, read: string) =>
      `Số La Mã ${quoted(written)} viết chưa đúng cách; được đọc là ${read}.`,
    romanFormHint: (read: string) => `Sửa thành ${read}.`,
    unreadable: (written: string) => `Không đọc được số thứ tự ${quoted(written)}.`,
    unreadableHint: "Số thứ tự viết theo dạng 1, 1.1, 1.1.1; I, II, III; hoặc a), b), c).",
  },
  check: (context, { at, messages }) =>
    context.appendix.rows.flatMap((row) => {
      if (context.sequence.parts.has(row.row)) return [];
      if (row.number.kind === "unreadable") {
        return [
          at(row, {
            message: messages.unreadable(row.numberText),
            hint: messages.unreadableHint,
          }),
        ];
      }
      if (row.number.kind !== "number") return [];
      const { flaw, canonical } = row.number.number;
      if (flaw === "separator") {
        return [
          at(row, {
            message: messages.separator(row.numberText, canonical),
            hint: messages.separatorHint(canonical),
          }),
        ];
      }
      if (flaw === "date") {
        return [
          at(row, {
            message: messages.date(row.numberText, canonical),
            hint: messages.dateHint(canonical),
          }),
        ];
      }
      if (flaw === "roman-form") {
        return [
          at(row, {
            message: messages.romanForm(row.numberText, canonical),
            hint: messages.romanFormHint(canonical),
          }),
        ];
      }
      return [];
    }),
});
