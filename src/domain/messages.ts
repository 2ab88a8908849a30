import { formatAmount } from "./money";

/**
 * The Vietnamese the checker says that is no one rule's own. Each rule's sentences live in its rule file
 * in src/domain/checks (its `messages`, as typescript-eslint's `meta.messages`); here are the words a
 * table's rows and lines are named by, what several rules share, the fixes' titles and the severities.
 */

/** 12900000 → "12.900.000". */
export const money = (value: number) => formatAmount(value);
export const quoted = (text: string) => `“${text}”`;
export const list = (items: string[]) => items.join(", ");
/** "a", "a và b", "a, b và c". */
export const listAnd = (items: string[]) =>
  items.length < 2 ? items.join("") : `${list(items.slice(0, -1))} và ${items[items.length - 1]}`;
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A formula as the cell shows it, shortened when it is long. */
export const shownFormula = (formula: string) =>
  formula.length > 60 ? `=${formula.slice(0, 57)}…` : `=${formula}`;

/** How the table's rows and lines are named (see rowNames.ts for which name a row gets). */
export const names = {
  /** The grand total's label, as the table writes it and as findings name it. */
  total: "Tổng cộng",
  totalRow: "dòng Tổng cộng",
  /** The line under the total that says it in words. */
  wordsLine: (words: string) => `Bằng chữ: ${words}.`,
  item: (number: string) => `mục ${number}`,
  row: (row: number) => `dòng ${row}`,
  /** "1.2 (dòng 9)". */
  numberedRow: (number: string, row: number) => `${number} (dòng ${row})`,
  /** A row without a number, where a sentence puts its number: "Kinh phí mục ở dòng 9 …". */
  atRow: (row: number) => `ở dòng ${row}`,
  unnumbered: "dòng không số",
};

export const notices = {
  noHeader:
    "Không tìm thấy dòng tiêu đề của bảng phụ lục (cần các cột như TT, Nhiệm vụ, Bộ phận chủ trì, Kinh phí).",
  /** A finding about one of several Kinh phí columns names the column first. */
  inColumn: (label: string, message: string) => `Cột “${label}”: ${message}`,
  hiddenRow: (row: number) => `(Dòng ${row} đang bị ẩn: bỏ ẩn (Unhide) để xem.)`,
};

/** A row standing between two numbered rows that follow on (tt.duplicate and tt.order say it alike). */
export const betweenText = {
  hint: (previous: string | null, next: string) =>
    `${previous === null ? `Dòng này đứng trước ${next}, số mở đầu của bảng` : `Dòng này chen giữa ${previous} và ${next}, hai số vốn liền nhau`}: nếu đây là một mục thêm vào thì đánh lại số thứ tự từ dòng này trở đi; nếu không, chuyển dòng này về đúng chỗ của nó, hoặc xóa nếu thừa.`,
};

/**
 * Likely causes of a wrong sum, said as a person reads them (subtotal.mismatch and total.mismatch join
 * the ones that apply), and the sums above a wrong subtotal that add it in (subtotal.mismatch and
 * subtotal.formula name them at the subtotal to correct).
 */
export const causeText = {
  rowCountedTwice: (numbers: string[]) =>
    `Chênh lệch đúng bằng kinh phí của ${list(numbers)}: có thể một dòng bị cộng hai lần.`,
  rowLeftOut: (numbers: string[]) =>
    `Chênh lệch đúng bằng kinh phí của ${list(numbers)}: có thể một dòng bị bỏ sót khi cộng.`,
  transposed: (expected: number, actual: number) =>
    `Có thể gõ đảo chữ số: ${money(expected)} thành ${money(actual)}.`,
  ninefold: "Chênh lệch chia hết cho 9: thường do gõ đảo hai chữ số.",
  oneDigit: (expected: number, actual: number) =>
    `Có thể gõ nhầm một chữ số: ${money(expected)} thành ${money(actual)}.`,
  bothLevels:
    "Tổng cộng đã cộng cả các mục lớn lẫn các nhiệm vụ bên trong: mỗi khoản bị tính nhiều lần.",
  onlyDetails: (expected: number) =>
    `Các mục con cộng đúng ${money(expected)} nếu tính theo từng nhiệm vụ; có cộng mục ở cấp dưới ghi sai.`,
  fixTo: (expected: number) => `Số đúng theo các mục con: ${money(expected)}.`,
  /** The sums above a wrong subtotal that add it in: said once, at the subtotal to correct. */
  consequences: (corrected: number, sums: { name: string; cell: string; corrected: number }[]) =>
    `${capitalised(listAnd(sums.map((sum) => `${sum.name} ở ${sum.cell}`)))} cũng cộng số này: sửa thành ${money(corrected)} thì ${listAnd(sums.map((sum) => `${sum.name} là ${money(sum.corrected)}`))}.`,
};

export const fixText = {
  subtotalValues: (subtotals: number, cells: number) =>
    subtotals === cells
      ? `Sửa số ở cộng mục ghi sai thành số đúng (${cells} ô)`
      : `Sửa số ở cộng mục ghi sai thành số đúng, kèm các tổng phía trên đã cộng theo (${cells} ô)`,
  renumber: (count: number) => `Đánh lại số thứ tự (${count} ô)`,
  subtotals: (count: number) => `Đổi cộng mục thành công thức cộng các mục con (${count} ô)`,
  addTotal: "Thêm dòng Tổng cộng (công thức) và dòng Bằng chữ",
  fixTotal: "Sửa Tổng cộng thành công thức và cập nhật dòng Bằng chữ",
  withSubtotals: " (kèm công thức cho các cộng mục)",
  totalLabel: names.total,
  words: names.wordsLine,
};

export const severityTitles = { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" } as const;
