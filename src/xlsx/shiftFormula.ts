import { columnLetter, columnNumber } from "../domain/grid";

/** A1 references, not followed by "(" (a function such as LOG10) nor preceded by a letter, digit or sheet name. */
const REFERENCE = /(?<![A-Za-z0-9_.!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/**
 * The formula a cell gets when the formula of `from` is filled to `to`: relative references move by
 * the same rows and columns, $-fixed ones stay. Text in quotes is left alone.
 */
export function shiftFormula(formula: string, from: string, to: string): string {
  const [fromColumn, fromRow] = split(from);
  const [toColumn, toRow] = split(to);
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (_, columnFixed: string, letters: string, rowFixed: string, row: string) => {
              const column = columnFixed
                ? columnNumber(letters)
                : columnNumber(letters) + toColumn - fromColumn;
              const rowNumber = rowFixed ? Number(row) : Number(row) + toRow - fromRow;
              return `${columnFixed}${columnLetter(column)}${rowFixed}${rowNumber}`;
            }
          )
    )
    .join("");
}

function split(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return [columnNumber(match[1]), Number(match[2])];
}
