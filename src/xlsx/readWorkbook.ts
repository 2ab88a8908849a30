import ExcelJS from "exceljs";
import { columnLetter, Grid, GridCell } from "../domain/grid";

export interface SheetGrid {
  name: string;
  grid: Grid;
}

/** Reads every sheet of an .xlsx file into grids of values, formulas and bold/italic. */
export async function readWorkbook(data: Buffer | ArrayBuffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, grid: sheetGrid(sheet) }));
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridCell[][] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // Office.js gives a merged area's value only in its first cell; the file adapter does the same.
        const master = cell.master;
        const area = merges.get(master.address) ?? {
          top: Number(master.row),
          left: Number(master.col),
          bottom: rowNumber,
          right: column,
        };
        area.bottom = Math.max(area.bottom, rowNumber);
        area.right = Math.max(area.right, column);
        merges.set(master.address, area);
        return;
      }
      cells[column - 1] = gridCell(cell);
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return {
    firstRow: 1,
    firstColumn: 1,
    rows,
    merges: [...merges.entries()].map(
      ([address, area]) => `${address}:${columnLetter(area.right)}${area.bottom}`
    ),
  };
}

function gridCell(cell: ExcelJS.Cell): GridCell {
  const gridded: GridCell = { value: plainValue(cell.value) };
  if (cell.type === ExcelJS.ValueType.Formula) {
    gridded.formula = cell.formula;
    gridded.value = plainValue(cell.result ?? null);
  }
  const runs =
    cell.value && typeof cell.value === "object" && "richText" in cell.value
      ? cell.value.richText
      : [];
  if (cell.font?.bold || (runs.length > 0 && runs.every((run) => run.font?.bold)))
    gridded.bold = true;
  if (cell.font?.italic || (runs.length > 0 && runs.every((run) => run.font?.italic)))
    gridded.italic = true;
  return gridded;
}

type Plain = string | number | boolean | null;

function plainValue(value: ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"]): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dayMonthYear(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("text" in value) return String(value.text);
  if ("result" in value) return plainValue(value.result ?? null);
  return null;
}

/** Dates in a Thời gian cell read as Vietnamese write them: 10/01/2020. */
function dayMonthYear(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
