import { Appendix } from "../domain/appendix";
import { cellAddress, columnLetter } from "../domain/grid";
import { analyseSequence } from "../domain/numberSequence";
import { buildOutline, isGroup } from "../domain/outline";
import { lastTableColumn } from "../domain/reading/trackingColumns";
import {
  PROGRESS,
  PROGRESS_LABELS,
  TRACKING_FIELDS,
  TRACKING_HEADERS,
  TrackingField,
} from "../domain/tracking/tracking";
import { sumFormula } from "../domain/sumFormula";
import { TABLE } from "./appendixSheet";
import {
  CellDescription,
  CellStyle,
  ColumnDescription,
  RowDescription,
  Validation,
} from "./sheetDescription";
import { trackingText } from "./trackingText";

/**
 * Columns added beside what a sheet already holds, as data: written from `firstColumn` on, rows from
 * `firstRow` on, each cell of `rows[i].cells[j]` at sheet row firstRow + i, column firstColumn + j.
 */
export interface ColumnsBlock {
  firstRow: number;
  firstColumn: number;
  columns: ColumnDescription[];
  rows: RowDescription[];
  /** A1 ranges of the sheet. */
  validations: Validation[];
  /** The range the block covers, "H6:K40". */
  range: string;
  /**
   * The appendix without the block, "A1:G42" (title block to the "Bằng chữ" line): the print area
   * given to a sheet that has none, so that the tracking columns stay on screen only.
   */
  printArea: string;
}

const HEADER: CellStyle = { ...TABLE, bold: true, horizontal: "center", numberFormat: "@" };

/** Each tracking column: its width (Excel characters) and its cells' style under the header. */
const SPECS: Record<TrackingField, { width: number; style: CellStyle }> = {
  progress: { width: 16, style: { ...TABLE, horizontal: "center", numberFormat: "@" } },
  completed: { width: 13, style: { ...TABLE, horizontal: "center", numberFormat: "dd/mm/yyyy" } },
  spent: { width: 16, style: { ...TABLE, horizontal: "right", numberFormat: "#,##0" } },
  result: { width: 30, style: { ...TABLE, horizontal: "left", numberFormat: "@" } },
};

/** The earliest day Ngày hoàn thành takes: any real completion day passes, a number typed by mistake does not. */
const FIRST_DAY = "2000-01-01";

/**
 * "Thêm cột theo dõi": Tiến độ (a list of its three values), Ngày hoàn thành (dd/mm/yyyy, a date),
 * Kinh phí đã sử dụng (whole đồng) and Kết quả (wrapped text), in the columns right after the table,
 * from its header row to its last row. On the total row, Kinh phí đã sử dụng is the sum of the task
 * rows' (the rows with none under them: a group's spending is its tasks'), as a formula.
 */
export function trackingColumns(appendix: Appendix): ColumnsBlock {
  const firstColumn = lastTableColumn(appendix.columns, appendix.amountColumns) + 1;
  const firstRow = appendix.headerRow;
  const lastRow = Math.max(
    appendix.total?.row ?? 0,
    ...appendix.rows.map((row) => Math.max(row.row, ...row.continuationRows)),
    firstRow + 1
  );
  const columnOf = (field: TrackingField) => firstColumn + TRACKING_FIELDS.indexOf(field);
  const header: RowDescription = {
    cells: TRACKING_FIELDS.map((field) => ({ value: TRACKING_HEADERS[field], style: HEADER })),
  };
  const body = (): RowDescription => ({
    cells: TRACKING_FIELDS.map((field) => ({ style: SPECS[field].style })),
  });
  const rows: RowDescription[] = [header];
  for (let row = firstRow + 1; row <= lastRow; row++) rows.push(body());
  const total = appendix.total;
  if (total) {
    const outline = buildOutline(appendix.rows, analyseSequence(appendix.rows));
    const tasks = outline.nodes.filter((node) => !isGroup(node)).map((node) => node.row.row);
    const spentCell: CellDescription = {
      formula: sumFormula(columnOf("spent"), tasks),
      style: { ...SPECS.spent.style, bold: true },
    };
    rows[total.row - firstRow].cells[TRACKING_FIELDS.indexOf("spent")] = spentCell;
  }
  const lastBodyRow = total ? total.row - 1 : lastRow;
  const down = (field: TrackingField) =>
    `${cellAddress(columnOf(field), firstRow + 1)}:${cellAddress(columnOf(field), lastBodyRow)}`;
  const lastAppendixRow = Math.max(lastRow, appendix.words?.row ?? 0);
  return {
    firstRow,
    firstColumn,
    columns: TRACKING_FIELDS.map((field) => ({ width: SPECS[field].width })),
    rows,
    validations: [
      {
        range: down("progress"),
        rule: { kind: "choices", values: PROGRESS.map((progress) => PROGRESS_LABELS[progress]) },
        errorMessage: trackingText.progressRule,
      },
      {
        range: down("completed"),
        rule: { kind: "date", min: FIRST_DAY },
        errorMessage: trackingText.completedRule,
      },
      {
        range: down("spent"),
        rule: { kind: "wholeNumber", min: 0 },
        errorMessage: trackingText.spentRule,
      },
    ],
    range: `${cellAddress(firstColumn, firstRow)}:${cellAddress(columnOf("result"), lastRow)}`,
    printArea: `A1:${columnLetter(firstColumn - 1)}${lastAppendixRow}`,
  };
}
