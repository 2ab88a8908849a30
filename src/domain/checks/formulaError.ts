import { amountRows } from "../appendix";
import { cellAddress } from "../grid";
import { listAnd, shownFormula } from "../messages";
import { wherePassedOn } from "./support/spreadThroughSums";
import { defineRule } from "./support/rule";

/** What Excel's common error values mean in a Kinh phí cell, and what to do. */
const FORMULA_ERRORS: Record<string, string> = {
  "#REF!":
    "Công thức tham chiếu tới ô không còn nữa, thường do đã xóa dòng (hoặc cột) mà công thức cộng: sửa lại công thức cho cộng đúng các mục con.",
  "#VALUE!":
    "Công thức cộng phải ô có chữ thay vì số (ví dụ số tiền gõ kèm “đ” hoặc gõ thành chữ): nhập lại các số tiền bằng số, hoặc cộng bằng =SUM(…) vì SUM bỏ qua ô chữ.",
  "#DIV/0!": "Công thức chia cho 0 hoặc cho một ô trống: kiểm tra lại số chia.",
  "#NAME?":
    "Công thức có tên hàm hoặc tên vùng không tồn tại, thường do gõ sai tên hàm (ví dụ =SUMM(…)) hoặc dùng hàm của phần mềm khác: sửa lại tên hàm.",
  "#N/A":
    "Công thức tra cứu (VLOOKUP, MATCH…) không tìm thấy giá trị: kiểm tra giá trị cần tra, hoặc nhập kinh phí trực tiếp.",
  "#NUM!": "Công thức cho ra một số không hợp lệ hoặc quá lớn: kiểm tra lại công thức.",
  "#NULL!":
    "Hai vùng trong công thức không giao nhau, thường do thiếu dấu phẩy giữa hai vùng: sửa lại công thức.",
};

/**
 * formula.error: a Kinh phí whose formula came to an error value such as #REF!. Reported once, at the
 * cell where the error starts: a sum that shows the error only because it adds up such a cell is named
 * there, not reported again. Like an unreadable amount, an error leaves the sums above it unjudged.
 */
export const formulaError = defineRule({
  id: "formula.error",
  stage: "column",
  severity: "error",
  field: "budget",
  description:
    "Ô kinh phí không chứa giá trị lỗi của Excel (#REF!, #VALUE!, …); lỗi được báo ở ô nó bắt đầu.",
  messages: {
    errorValue: (error: string, formula: string | undefined) =>
      formula
        ? `Công thức kinh phí ${shownFormula(formula)} cho kết quả lỗi ${error}, không phải số tiền.`
        : `Ô kinh phí chứa giá trị lỗi ${error}, không phải số tiền.`,
    errorHint: (error: string) =>
      `${FORMULA_ERRORS[error] ?? "Sửa công thức để cho ra một số tiền."} Chưa kiểm tra được các cộng mục và Tổng cộng có cộng ô này.`,
    errorSpreads: (cells: string[]) =>
      `${cells.length > 1 ? "Các ô" : "Ô"} ${listAnd(cells)} cộng ô này nên cũng báo lỗi: sửa ô này thì ${cells.length > 1 ? "các ô đó" : "ô đó"} hết lỗi.`,
  },
  check: (context, { at, messages }) => {
    const { appendix } = context;
    const column = appendix.columns.budget;
    const rows = amountRows(appendix).filter((row) => row.amount.kind === "error");
    if (rows.length === 0) return [];
    return wherePassedOn(rows, column).flatMap(({ row, passedTo }) => {
      if (row.amount.kind !== "error") return [];
      const { error } = row.amount;
      const hint = messages.errorHint(error);
      const cells = passedTo.map((r) => cellAddress(column as number, r));
      return [
        at(row, {
          message: messages.errorValue(error, row.amountFormula),
          hint: cells.length > 0 ? `${hint} ${messages.errorSpreads(cells)}` : hint,
        }),
      ];
    });
  },
});
