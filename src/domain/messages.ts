import { AmountProblem, formatAmount } from "./money";

/** Every sentence the checker says to a person, in one place. */

const money = (value: number) => formatAmount(value);
const quoted = (text: string) => `“${text}”`;
const list = (items: string[]) => items.join(", ");
/** "a", "a và b", "a, b và c". */
const listAnd = (items: string[]) =>
  items.length < 2 ? items.join("") : `${list(items.slice(0, -1))} và ${items[items.length - 1]}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A formula as the cell shows it, shortened when it is long. */
const shownFormula = (formula: string) =>
  formula.length > 60 ? `=${formula.slice(0, 57)}…` : `=${formula}`;

export const notices = {
  noHeader:
    "Không tìm thấy dòng tiêu đề của bảng phụ lục (cần các cột như TT, Nhiệm vụ, Bộ phận chủ trì, Kinh phí).",
  blankRow: "Dòng trống giữa bảng: đã bỏ qua.",
  repeatedHeader: "Dòng tiêu đề lặp lại giữa bảng (do sao chép qua trang): đã bỏ qua.",
  continuation: (row: number) =>
    `Dòng này là phần tiếp theo của dòng ${row} (bị tách khi sang trang): đã gộp vào dòng ${row}.`,
  mergedCells: (range: string) =>
    `Các ô ${range} đang được gộp qua nhiều dòng; chỉ dòng đầu có giá trị.`,
  mergedCellsHint: "Bỏ gộp ô (Unmerge) và ghi giá trị vào từng dòng để kiểm tra được đúng.",
  /** A finding about one of several Kinh phí columns names the column first. */
  inColumn: (label: string, message: string) => `Cột “${label}”: ${message}`,
  hiddenRow: (row: number) => `(Dòng ${row} đang bị ẩn: bỏ ẩn (Unhide) để xem.)`,
};

export const sourcesText = {
  mismatch: (name: string, stated: number, labels: string[], sum: number) =>
    `Kinh phí ${name} ghi tổng số ${money(stated)} nhưng các nguồn (${list(labels)}) cộng lại ${money(sum)} (chênh ${money(Math.abs(stated - sum))}).`,
  blank: (name: string, labels: string[], sum: number) =>
    `Kinh phí ${name} chưa ghi tổng số; các nguồn (${list(labels)}) cộng lại ${money(sum)}.`,
  source: (name: string, source: string, actual: number | null, stated: number) =>
    `Kinh phí ${name}: nguồn “${source}” ghi ${actual === null ? "để trống" : money(actual)}, nên các nguồn không cộng lại đúng tổng số ${money(stated)}.`,
  totalHint: (sum: number) =>
    `Tổng số bằng tổng các nguồn: ${money(sum)}; nếu tổng số đúng thì kiểm tra số của từng nguồn.`,
  sourceHint: (expected: number) =>
    `Số đúng là ${money(expected)}: với số này, tổng số và các cộng mục của cột này đều khớp.`,
  consequences: (names: string[]) =>
    `${capitalised(listAnd(names))} cộng dòng này nên cũng lệch theo, sửa dòng này thì ${names.length > 1 ? "các dòng đó" : "dòng đó"} cũng khớp.`,
  itemName: (number: string) => `mục ${number}`,
  rowName: (row: number) => `dòng ${row}`,
  totalRowName: "dòng Tổng cộng",
};

export const numberingText = {
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
  foreignLetter: (letter: string) =>
    `Chữ ${quoted(letter)} không có trong bảng chữ cái tiếng Việt dùng để đánh số (a, b, c, d, đ, e, g, h, i, k, …).`,
  foreignLetterHint: (expected: string) => `Theo thứ tự, điểm này là ${expected}.`,
  duplicate: (number: string, firstRow: number | null) =>
    firstRow === null
      ? `Số thứ tự ${number} bị trùng.`
      : `Số thứ tự ${number} trùng với dòng ${firstRow}.`,
  duplicateHint: (expected: string) => `Theo thứ tự, dòng này là ${expected}.`,
  gap: (number: string, missing: string[]) =>
    `Thiếu số thứ tự ${list(missing)}: sau số trước đó là ${number}.`,
  gapHint: (missing: string[]) =>
    `Có thể đã xóa mất ${missing.length > 1 ? "các mục" : "mục"} ${list(missing)} hoặc đánh số nhảy cóc; đánh lại số thứ tự.`,
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
  betweenHint: (previous: string | null, next: string) =>
    `${previous === null ? `Dòng này đứng trước ${next}, số mở đầu của bảng` : `Dòng này chen giữa ${previous} và ${next}, hai số vốn liền nhau`}: nếu đây là một mục thêm vào thì đánh lại số thứ tự từ dòng này trở đi; nếu không, chuyển dòng này về đúng chỗ của nó, hoặc xóa nếu thừa.`,
};

export const fieldText = {
  noLead: (number: string) => `Nhiệm vụ ${number} chưa có bộ phận chủ trì.`,
  noLeadHint: "Ghi bộ phận (cơ quan) chủ trì thực hiện vào cột chủ trì.",
  noTask: (number: string) => `Dòng ${number} chưa ghi nội dung nhiệm vụ.`,
  noTaskHint: "Ghi nội dung nhiệm vụ, hoặc xóa dòng nếu thừa.",
  unnamed: "dòng không số",
};

const AMOUNT_PROBLEMS: Record<AmountProblem, string> = {
  "not-a-number": "không phải là một số tiền",
  "bad-grouping":
    "các nhóm chữ số sai: sau mỗi dấu chấm phải đủ 3 chữ số, nhóm đầu không quá 3 chữ số",
  fraction: "có phần lẻ nhỏ hơn một đồng",
};

export const budgetText = {
  unreadable: (text: string, problem: AmountProblem) =>
    `Kinh phí ${quoted(text)} không đọc được: ${AMOUNT_PROBLEMS[problem]}.`,
  unreadableHint: (guess: number | null) =>
    guess === null
      ? "Nhập kinh phí bằng số (ví dụ 12.900.000), ô định dạng số #,##0."
      : `Có thể là ${money(guess)}; nhập lại bằng số (ô định dạng số #,##0).`,
  negative: (value: number) => `Kinh phí âm: ${money(value)}.`,
  negativeHint: "Kinh phí thực hiện không thể âm; kiểm tra lại dấu trừ.",
  /** Words that are no amount, such as “Lồng ghép”: no separate money. */
  noAmount: (text: string) =>
    `Kinh phí ghi ${quoted(text)}, không phải số tiền: coi như không có kinh phí riêng, không tính vào các cộng mục và Tổng cộng.`,
  noAmountHint: "Nếu nhiệm vụ có kinh phí riêng, nhập số tiền bằng số (ví dụ 12.900.000).",
};

export const sumText = {
  subtotal: (number: string, actual: number, expected: number) =>
    `Kinh phí mục ${number} ghi ${money(actual)} nhưng các mục con cộng lại ${money(expected)} (chênh ${money(Math.abs(actual - expected))}).`,
  total: (actual: number, expected: number) =>
    `Tổng cộng ghi ${money(actual)} nhưng các mục lớn cộng lại ${money(expected)} (chênh ${money(Math.abs(actual - expected))}).`,
  totalMissing: "Bảng có kinh phí nhưng chưa có dòng Tổng cộng.",
  totalMissingHint: (sum: number) => `Thêm dòng “Tổng cộng” cuối bảng: ${money(sum)}.`,
  totalEmpty: "Dòng Tổng cộng chưa ghi kinh phí.",
  blankSubtotal: (number: string, sum: number) =>
    `Mục ${number} chưa ghi cộng kinh phí; các mục con cộng lại ${money(sum)}.`,
  blankSubtotalHint: (sum: number) =>
    `Ghi ${money(sum)} (hoặc công thức cộng các mục con) vào ô kinh phí.`,
};

/** Likely causes, said as a person reads them; the checker joins the ones that apply. */
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
  misplaced: (number: string, parent: string, amount: number) =>
    `Kinh phí ${money(amount)} ghi ở mục ${number} nhưng các mục con của ${number} không có kinh phí, còn mục ${parent} để trống; ${money(amount)} bằng đúng tổng các mục khác của ${parent}.`,
  misplacedHint: (number: string, parent: string) =>
    `Có lẽ đây là cộng mục của mục ${parent} ghi lệch xuống dòng ${number}: chuyển số này lên dòng ${parent} thì Tổng cộng khớp.`,
  fixTo: (expected: number) => `Số đúng theo các mục con: ${money(expected)}.`,
  /** The sums above a wrong subtotal that add it in: said once, at the subtotal to correct. */
  consequences: (corrected: number, sums: { name: string; cell: string; corrected: number }[]) =>
    `${capitalised(listAnd(sums.map((sum) => `${sum.name} ở ${sum.cell}`)))} cũng cộng số này: sửa thành ${money(corrected)} thì ${listAnd(sums.map((sum) => `${sum.name} là ${money(sum.corrected)}`))}.`,
  itemName: (number: string) => `mục ${number}`,
  totalName: "Tổng cộng",
};

export const wordsText = {
  mismatch: (total: number) => `Dòng “Bằng chữ” không khớp với Tổng cộng ${money(total)}.`,
  fix: (words: string) => `Sửa thành: Bằng chữ: ${words}.`,
};

export const formulaText = {
  covers: (number: string, extra: string[], missing: string[]) => {
    const parts: string[] = [];
    if (extra.length > 0) parts.push(`cộng cả ${list(extra)} (không phải mục con trực tiếp)`);
    if (missing.length > 0) parts.push(`bỏ sót ${list(missing)}`);
    return `Công thức kinh phí của ${number} ${parts.join(" và ")}.`;
  },
  /** What the wrong formula comes to, beside what it should add up to. */
  coversFigures: (actual: number, expected: number, total: boolean) =>
    `Công thức cho ${money(actual)} nhưng ${total ? "các mục lớn" : "các mục con"} cộng lại ${money(expected)} (chênh ${money(Math.abs(actual - expected))}).`,
  /** The formula over exactly this sum's own children; blank child groups need their own sum first. */
  coversHint: (formula: string, total: boolean, blankChildren: string[]) =>
    `Sửa công thức thành ${formula} để cộng đúng ${total ? "các mục lớn" : "các mục con trực tiếp"}.` +
    (blankChildren.length > 0
      ? ` Ghi cả cộng mục cho ${list(blankChildren)} (đang để trống) để công thức này cộng đủ.`
      : ""),
  /** A formula that leaves out (or adds) only rows without an amount: right today, wrong later. */
  coversLater: (number: string, extra: string[], missing: string[], total: boolean) => {
    const parts: string[] = [];
    if (extra.length > 0) parts.push(`cộng cả ${list(extra)} (không phải mục con trực tiếp)`);
    if (missing.length > 0) parts.push(`bỏ sót ${list(missing)}`);
    const rows = [...extra, ...missing];
    const these = rows.length > 1 ? "các dòng này" : "dòng này";
    const effects: string[] = [];
    if (missing.length > 0) effects.push("thiếu");
    if (extra.length > 0) effects.push("thừa");
    return `Công thức kinh phí của ${number} ${parts.join(" và ")}; ${these} chưa ghi kinh phí nên số cộng hiện vẫn đúng, nhưng nếu sau này ghi kinh phí cho ${list(rows)} thì ${total ? "Tổng cộng" : "cộng mục"} sẽ ${effects.join(" hoặc ")}.`;
  },
  errorValue: (error: string, formula: string | undefined) =>
    formula
      ? `Công thức kinh phí ${shownFormula(formula)} cho kết quả lỗi ${error}, không phải số tiền.`
      : `Ô kinh phí chứa giá trị lỗi ${error}, không phải số tiền.`,
  errorHint: (error: string) =>
    `${FORMULA_ERRORS[error] ?? "Sửa công thức để cho ra một số tiền."} Chưa kiểm tra được các cộng mục và Tổng cộng có cộng ô này.`,
  errorSpreads: (cells: string[]) =>
    `${cells.length > 1 ? "Các ô" : "Ô"} ${listAnd(cells)} cộng ô này nên cũng báo lỗi: sửa ô này thì ${cells.length > 1 ? "các ô đó" : "ô đó"} hết lỗi.`,
  uncalculated: (formula: string) =>
    `Công thức ${shownFormula(formula)} chưa được tính (tệp được lưu bởi phần mềm không tính công thức): mở bằng Excel rồi lưu lại.`,
  uncalculatedHint:
    "Chưa biết kết quả của công thức nên chưa kiểm tra được các cộng mục và Tổng cộng có cộng ô này.",
  uncalculatedSpreads: (cells: string[]) =>
    `${cells.length > 1 ? "Các ô" : "Ô"} ${listAnd(cells)} cộng ô này nên cũng chưa có kết quả.`,
  totalName: "Tổng cộng",
};

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
  totalLabel: "Tổng cộng",
  words: (words: string) => `Bằng chữ: ${words}.`,
};

export const severityTitles = { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" } as const;
