import { formatAmount } from "../domain/money";

/** What =PHULUC.BANGCHU says when it cannot read its arguments (shown on the cell's error flag). */
export const functionsText = {
  emptyAmount: "Chưa có số tiền: ô số tiền đang trống.",
  textAmount: (text: string) =>
    `Số tiền phải là một số, không phải chữ: "${text}". Hãy nhập số tiền dạng số (ví dụ 12900000).`,
  notANumber: (value: string | null) =>
    value === null ? "Số tiền phải là một số." : `Số tiền phải là một số: ${value}.`,
  negative: (value: number) => `Số tiền không được âm: ${shown(value)}.`,
  fraction: (value: number) => `Số tiền phải là số đồng nguyên, không có phần lẻ: ${shown(value)}.`,
  tooLarge: `Số tiền quá lớn để đọc chính xác (tối đa ${formatAmount(Number.MAX_SAFE_INTEGER)} đồng).`,
  dialect: (value: string) =>
    `Không có cách đọc "${value}": dùng "north" (miền Bắc: linh, tư, nghìn) hoặc "south" (miền Nam: lẻ, bốn, ngàn).`,
};

/** A number as a Vietnamese document writes it: dots between thousands, a comma before decimals. */
function shown(value: number): string {
  if (Number.isInteger(value)) return formatAmount(value);
  const text = String(Math.abs(value));
  if (!/^\d+\.\d+$/.test(text)) return String(value); // 1e-7 and the like
  const [whole, decimals] = text.split(".");
  return `${value < 0 ? "-" : ""}${formatAmount(Number(whole))},${decimals}`;
}
