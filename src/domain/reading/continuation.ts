import { AppendixRow } from "../appendix";
import { Field, TEXT_FIELDS } from "../columns";
import { AmountReading, EMPTY_AMOUNT } from "../money";

/**
 * Whether a row is the second half of the row above, split by a page break: no TT and no task, and no
 * amount where the row above has one already (a half fills in what the first left blank).
 */
export function continues(
  previous: AppendixRow | undefined,
  texts: Record<Field, string>,
  amounts: readonly AmountReading[]
): previous is AppendixRow {
  if (!previous || texts.number !== "" || texts.task !== "") return false;
  return amounts.every(
    (reading, i) => reading.kind === "empty" || previous.amounts[i].kind === "empty"
  );
}

/**
 * Joins the second half of a split row to the row above: its texts after the first half's, its
 * amounts where the first half has none. `main` is the index of the main Kinh phí column.
 */
export function joinContinuation(
  previous: AppendixRow,
  sheetRow: number,
  texts: Record<Field, string>,
  amounts: readonly AmountReading[],
  formulas: readonly (string | undefined)[],
  main: number
): void {
  for (const field of TEXT_FIELDS) previous[field] = joined(previous[field], texts[field]);
  amounts.forEach((reading, i) => {
    if (reading.kind === "empty") return;
    previous.amounts[i] = reading;
    previous.amountFormulas[i] = formulas[i];
  });
  previous.amount = previous.amounts[main] ?? EMPTY_AMOUNT;
  previous.amountFormula = previous.amountFormulas[main];
  previous.continuationRows.push(sheetRow);
}

function joined(first: string, second: string): string {
  if (second === "") return first;
  return first === "" ? second : `${first} ${second}`;
}
