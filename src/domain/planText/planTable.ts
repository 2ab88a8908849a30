import { Grid } from "../grid";
import { findAppendix } from "../readAppendix";
import { ImportedRow } from "./planImport";

/**
 * A plan that already holds its table (pasted from Word or Excel: cells split by tabs; or a markdown
 * table): the rows are read by the appendix reader, which knows the headers' wordings ("STT", "Nội
 * dung", "Cơ quan chủ trì", "Thời hạn", "Kinh phí (triệu đồng)" …) and the amounts' notations. Null
 * when the rows hold no appendix header.
 */
export function tableRows(
  rows: readonly { cells: string[]; lines: number[] }[]
): ImportedRow[] | null {
  const grid: Grid = {
    firstRow: 1,
    firstColumn: 1,
    rows: rows.map(({ cells }) => cells.map((value) => ({ value: value === "" ? null : value }))),
  };
  const found = findAppendix(grid);
  if (!found.found) return null;
  const read = found.appendix.rows;
  return read.map((row, index) => {
    const number = row.number.kind === "number" ? row.number.number.canonical : row.numberText;
    const next = read[index + 1];
    const nextNumber = next?.number.kind === "number" ? next.number.number.canonical : "";
    return {
      number,
      task: row.task,
      lead: row.lead,
      partners: row.partners,
      product: row.product,
      schedule: row.schedule,
      amount: row.amount.kind === "amount" ? row.amount.value : null,
      section: number !== "" && nextNumber.startsWith(`${number}.`),
      lines: [row.row, ...row.continuationRows].flatMap(
        (sheetRow) => rows[sheetRow - 1]?.lines ?? []
      ),
    };
  });
}
