import { AmountColumn } from "../appendix";
import { Field, unitOf } from "../columns";
import { columnNumber, Grid, GridCell } from "../grid";
import { readAmount } from "../money";
import { folded } from "../text";
import { textOf } from "./cleanGrid";

/** "Tổng số", "Tổng cộng", "Cộng": the column that adds up the sources beside it. */
const TOTAL_HEADING = /^(?:tong(?: so| cong)?|cong)\b/;

export interface AmountLayout {
  columns: AmountColumn[];
  /** How many rows under the header carry more headings (skipped with it): 0, 1 or 2. */
  headingRows: number;
}

/** "Kinh phí" over "Tổng số | Trong đó", "Trong đó" over "Ngân sách xã | Nguồn khác": three rows at most. */
const MAX_HEADING_ROWS = 2;

/** A horizontal span of the header row: a merged heading, such as "Kinh phí" over G:I. */
interface Span {
  first: number;
  last: number;
}

/**
 * The Kinh phí columns under the header. Usually one; a heading "Kinh phí" over a second header row
 * ("Tổng số | Ngân sách xã | Nguồn khác", "Năm 2024 | Năm 2025") gives one column per sub-heading, and
 * a single sub-heading ("(triệu đồng)") may name the unit. A third row may split a sub-heading again
 * ("Trong đó" over "Ngân sách xã | Nguồn khác"): each column takes its lowest heading. Heading rows
 * may split other headings too ("Thời gian" over "Bắt đầu | Kết thúc"): they are skipped all the same.
 */
export function amountLayout(
  grid: Grid,
  headerIndex: number,
  fields: Partial<Record<Field, number>>,
  scale: number
): AmountLayout {
  const budgetColumn = fields.budget as number;
  const header = grid.rows[headerIndex];
  const heading = textOf(header[budgetColumn - grid.firstColumn]);
  let headingRows = 0;
  while (
    headingRows < MAX_HEADING_ROWS &&
    isHeadingRow(grid, headerIndex + 1 + headingRows, fields)
  )
    headingRows++;
  const single = (unit = scale): AmountLayout => ({
    columns: [{ column: budgetColumn, label: heading, scale: unit, isTotal: false }],
    headingRows,
  });
  if (headingRows === 0) return single();
  const span = headerSpans(grid, headerIndex).find(
    (s) => s.first <= budgetColumn && budgetColumn <= s.last
  );
  const last = span ? span.last : budgetColumn;
  const columns: AmountColumn[] = [];
  for (let column = budgetColumn; column <= last; column++) {
    const label = lowestHeading(grid, headerIndex, headingRows, column);
    if (label === "") continue;
    columns.push({
      column,
      label,
      scale: unitOf(label) ?? scale,
      isTotal: TOTAL_HEADING.test(folded(label)),
    });
  }
  if (columns.length < 2) return single(columns[0]?.scale ?? scale);
  // Only one column can be the total of the others; several "Tổng" headings are plain parts.
  if (columns.filter((column) => column.isTotal).length !== 1)
    columns.forEach((column) => (column.isTotal = false));
  return { columns, headingRows };
}

/** The heading nearest the data in a column of the heading rows. */
function lowestHeading(grid: Grid, headerIndex: number, headingRows: number, column: number) {
  for (let index = headerIndex + headingRows; index > headerIndex; index--) {
    const text = textOf(grid.rows[index][column - grid.firstColumn]);
    if (text !== "") return text;
  }
  return "";
}

/**
 * Headings of the header row that span several columns: from its merged areas, or, where merges are
 * not known (pasted or CSV text), a heading followed by header cells left empty over a filled row below.
 */
function headerSpans(grid: Grid, headerIndex: number): Span[] {
  const headerRow = grid.firstRow + headerIndex;
  const spans: Span[] = [];
  for (const range of grid.merges ?? []) {
    const [from, to] = range.replace(/\$/g, "").split(":");
    const start = to ? splitAddress(from) : null;
    const end = to ? splitAddress(to) : null;
    if (start && end && start.row === headerRow && end.column > start.column)
      spans.push({ first: start.column, last: end.column });
  }
  if (spans.length > 0) return spans;
  const header = grid.rows[headerIndex];
  const below = grid.rows[headerIndex + 1] ?? [];
  const text = (cells: GridCell[], column: number) => textOf(cells[column - grid.firstColumn]);
  const lastColumn = grid.firstColumn + Math.max(header.length, below.length) - 1;
  for (let column = grid.firstColumn; column <= lastColumn; column++) {
    if (text(header, column) === "") continue;
    let last = column;
    while (last < lastColumn && text(header, last + 1) === "" && text(below, last + 1) !== "")
      last++;
    if (last > column) spans.push({ first: column, last });
  }
  return spans;
}

/**
 * A row under the header that names columns: its TT and Nhiệm vụ cells are empty and each cell it fills
 * is a heading, not an amount or a column number. No task row looks so: a task has a number or a text.
 */
function isHeadingRow(grid: Grid, index: number, fields: Partial<Record<Field, number>>): boolean {
  const cells = grid.rows[index];
  if (!cells) return false;
  const at = (column: number | undefined) =>
    column === undefined ? "" : textOf(cells[column - grid.firstColumn]);
  if (at(fields.number) !== "" || at(fields.task) !== "") return false;
  let headings = 0;
  for (const cell of cells) {
    const text = textOf(cell);
    if (text === "") continue;
    if (!isSubHeading(text)) return false;
    headings++;
  }
  return headings > 0;
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
