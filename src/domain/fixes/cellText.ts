import { AppendixRow, TotalRow } from "../appendix";
import { formatAmount } from "../money";

/** What a Kinh phí cell shows now, for a preview: its formula, its amount, or the text typed ("Lồng ghép" too). */
export function amountBefore(row: AppendixRow | TotalRow): string {
  if (row.amountFormula) return `=${row.amountFormula}`;
  if (row.amount.kind === "amount") return formatAmount(row.amount.value);
  if (row.amount.kind === "error") return row.amount.error;
  return row.amount.kind === "unreadable" || row.amount.kind === "empty"
    ? (row.amount.text ?? "")
    : "";
}
