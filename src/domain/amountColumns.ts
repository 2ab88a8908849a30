import { AmountColumn } from "./appendix";
import { Field, unitOf } from "./columns";
import { cellText, columnNumber, Grid, GridCell } from "./grid";
import { readAmount } from "./money";
import { folded } from "./text";

/** "Tổng số", "Tổng cộng", "Cộng": the column that adds up the sources beside it. */
const TOTAL_HEADING = /^(?:tong(?: so| cong)?|cong)\b/;

export interface AmountLayout {
  columns: AmountColumn[];
  /** Whether the row under the header names the amount columns (and is skipped with it). */
  subHeader: boolean;
}

/**
 * The Kinh phí columns under the header. Usually one; a heading "Kinh phí" over a second header row
 * ("Tổng số | Ngân sách xã | Nguồn khác", "Năm 2024 | Năm 2025") gives one column per sub-heading.
 * The span is the merged area of the heading, or, where merges are not known (pasted or CSV text), the
 * cells right of it left empty in the header row and filled in the row below.
 */
export function amountLayout(
  grid: Grid,
  headerIndex: number,
  fields: Partial<Record<Field, number>>,
  scale: number
): AmountLayout {
  const budgetColumn = fields.budget as number;
  const header = grid.rows[headerIndex];
  const single = {
    columns: [
      {
        column: budgetColumn,
        label: cellText(header[budgetColumn - grid.firstColumn]),
        scale,
        isTotal: false,
      },
    ],
    subHeader: false,
  };
  const below = grid.rows[headerIndex + 1];
  if (!below) return single;
  const last = spanEnd(grid, headerIndex, budgetColumn);
  const columns: AmountColumn[] = [];
  for (let column = budgetColumn; column <= last; column++) {
    const label = cellText(below[column - grid.firstColumn]);
    if (label === "") continue;
    if (!isSubHeading(label)) return single;
    const key = folded(label);
    columns.push({
      column,
      label,
      scale: unitOf(label) ?? scale,
      isTotal: TOTAL_HEADING.test(key),
    });
  }
  if (columns.length < 2 || !holdsNoTask(below, grid.firstColumn, fields)) return single;
  // Only one column can be the total of the others; several "Tổng" headings are plain parts.
  if (columns.filter((column) => column.isTotal).length !== 1)
    columns.forEach((column) => (column.isTotal = false));
  return { columns, subHeader: true };
}

/** The last column under the Kinh phí heading. */
function spanEnd(grid: Grid, headerIndex: number, budgetColumn: number): number {
  const headerRow = grid.firstRow + headerIndex;
  for (const range of grid.merges ?? []) {
    const [from, to] = range.replace(/\$/g, "").split(":");
    if (!to) continue;
    const start = splitAddress(from);
    const end = splitAddress(to);
    if (start && end && start.row === headerRow && start.column === budgetColumn) return end.column;
  }
  const header = grid.rows[headerIndex];
  const below = grid.rows[headerIndex + 1];
  let last = budgetColumn;
  while (
    cellText(header[last + 1 - grid.firstColumn]) === "" &&
    cellText(below[last + 1 - grid.firstColumn]) !== ""
  )
    last++;
  return last;
}

function splitAddress(address: string): { column: number; row: number } | null {
  let split = 0;
  while (split < address.length && address.charCodeAt(split) >= 65) split++;
  if (split === 0 || split === address.length) return null;
  return { column: columnNumber(address.slice(0, split)), row: Number(address.slice(split)) };
}

/** A heading, not an amount and not a column number ("7", "(7)"). */
function isSubHeading(text: string): boolean {
  if (text.length > 80) return false;
  return readAmount(text.replace(/^\((.*)\)$/, "$1")).kind !== "amount";
}

/** The row under the header names columns: its TT and Nhiệm vụ cells are empty. */
function holdsNoTask(
  cells: GridCell[],
  firstColumn: number,
  fields: Partial<Record<Field, number>>
): boolean {
  const at = (column: number | undefined) =>
    column === undefined ? "" : cellText(cells[column - firstColumn]);
  return at(fields.number) === "" && at(fields.task) === "";
}
