import { amountInWords } from "../domain/amountInWords";
import { AppendixPlan, hasAmountBelow, itemTotal, PlanItem } from "../domain/appendixPlan";
import { COLUMNS, Field } from "../domain/columns";
import { cellAddress } from "../domain/grid";
import { names } from "../domain/messages";
import { sumFormula } from "../domain/sumFormula";
import { wrappedRowHeight } from "./rowHeights";
import { CellDescription, CellStyle, RowDescription, SheetDescription } from "./sheetDescription";
import { appendixText } from "./sheetText";

export const APPENDIX_FONT = "Times New Roman";
const COLUMN_WIDTHS = COLUMNS.map((spec) => spec.width);
/** 1-based sheet column of a field. */
const columnOf = (field: Field) => COLUMNS.findIndex((spec) => spec.field === field) + 1;
const BUDGET_COLUMN = columnOf("budget");
const LEAD_COLUMN = columnOf("lead");
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0);
/** Title lines keep at least these heights (points): the white space of the title block. */
const TITLE_HEIGHT = 40;
const REFERENCE_HEIGHT = 20;
/** Nghị định 30: page numbers in 13 to 14 points, upright, the font of the text. */
export const PAGE_NUMBERS = { font: APPENDIX_FONT, size: 13 };
/** Nghị định 30's margins in millimetres: top and bottom 20–25, left 30–35, right 15–20. */
export const PAGE_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };

/** A cell of the appendix's table: Times New Roman 12, wrapped, bordered. */
export const TABLE: CellStyle = {
  font: APPENDIX_FONT,
  size: 12,
  vertical: "middle",
  wrap: true,
  border: true,
};
/** Each column's table cell: its alignment and number format, from COLUMNS. */
const STYLE = Object.fromEntries(
  COLUMNS.map((spec) => [
    spec.field,
    { ...TABLE, horizontal: spec.horizontal, numberFormat: spec.numberFormat },
  ])
) as Record<Field, CellStyle>;

/** The height the text of a table row needs; a number or a formula takes one line. */
function tableRowHeight(cells: readonly CellDescription[]): number {
  return wrappedRowHeight(
    cells.map((cell, i) => ({
      text: typeof cell.value === "string" ? cell.value : "",
      width: COLUMN_WIDTHS[i],
      size: cell.style?.size,
      bold: cell.style?.bold,
    }))
  );
}

/** Where the parts of a written appendix are, for the writers, the fixes and the tests. */
export interface AppendixLayout {
  headerRow: number;
  firstItemRow: number;
  totalRow: number;
  wordsRow: number;
  /** Sheet row of each item, in the order the items are written. */
  itemRows: Map<PlanItem, number>;
  total: number;
}

export interface AppendixSheet {
  sheet: SheetDescription;
  layout: AppendixLayout;
}

/**
 * The appendix as Nghị định 30 lays it out: the title block, the table with its header repeated on
 * every printed page, subtotals as formulas over exactly their children, the grand total as a formula
 * over the top-level rows, and the total in words as plain text (the file travels to people without
 * the add-in).
 */
export function appendixSheet(plan: AppendixPlan, name: string, unitsRange: string): AppendixSheet {
  const width = COLUMNS.length;
  const lastColumn = cellAddress(width, 1).replace(/\d+$/, "");
  const rows: RowDescription[] = [];
  const merges: string[] = [];
  // A merged cell is one Excel does not fit either: its height is set, as tall as its text needs.
  const titleRow = (text: string, style: CellStyle, least = 0) => {
    const needed = wrappedRowHeight([
      { text, width: TABLE_WIDTH, size: style.size, bold: style.bold },
    ]);
    rows.push({ cells: [{ value: text, style }], height: Math.max(least, needed) });
    merges.push(`A${rows.length}:${lastColumn}${rows.length}`);
  };
  const title: CellStyle = {
    font: APPENDIX_FONT,
    size: 14,
    bold: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  };
  titleRow(appendixText.heading, title);
  titleRow(plan.title.toLocaleUpperCase("vi-VN"), title, TITLE_HEIGHT);
  titleRow(
    appendixText.reference(plan.reference),
    { ...title, bold: false, italic: true },
    REFERENCE_HEIGHT
  );
  rows.push({ cells: [] });

  const headerRow = rows.length + 1;
  const headerCells: CellDescription[] = COLUMNS.map((spec) => ({
    value: spec.header,
    style: { ...TABLE, bold: true, horizontal: "center", numberFormat: "@" },
  }));
  rows.push({ cells: headerCells, fitHeight: tableRowHeight(headerCells) });

  const itemRows = new Map<PlanItem, number>();
  const firstItemRow = headerRow + 1;
  const order: { planItem: PlanItem; depth: number }[] = [];
  const visit = (planItem: PlanItem, depth: number) => {
    order.push({ planItem, depth });
    itemRows.set(planItem, firstItemRow + order.length - 1);
    planItem.children.forEach((child) => visit(child, depth + 1));
  };
  plan.items.forEach((planItem) => visit(planItem, 0));
  const budget = (row: number) => cellAddress(BUDGET_COLUMN, row);
  const sumOf = (items: PlanItem[]) =>
    sumFormula(
      BUDGET_COLUMN,
      items.map((child) => itemRows.get(child) as number)
    );

  for (const { planItem, depth } of order) {
    const group = planItem.children.length > 0;
    const subItem = planItem.number === "";
    const emphasis: CellStyle = { bold: group && !subItem, italic: subItem };
    let amount: CellDescription;
    if (group && hasAmountBelow(planItem)) amount = { formula: sumOf(planItem.children) };
    else if (planItem.amountText !== undefined) amount = { value: planItem.amountText };
    else if (planItem.amountNote !== undefined) amount = { value: planItem.amountNote };
    else amount = { value: planItem.amount };
    const cells: CellDescription[] = COLUMNS.map(({ field }): CellDescription => {
      switch (field) {
        case "number":
          return { value: planItem.number, style: { ...STYLE.number, ...emphasis } };
        case "task":
          return {
            value: planItem.task,
            style: { ...STYLE.task, ...emphasis, bold: emphasis.bold || depth === 0 },
          };
        case "budget":
          return { ...amount, style: { ...STYLE.budget, bold: emphasis.bold } };
        default:
          return { value: planItem[field], style: STYLE[field] };
      }
    });
    rows.push({ cells, fitHeight: tableRowHeight(cells) });
  }

  const totalRow = rows.length + 1;
  const total = plan.items.reduce((sum, planItem) => sum + itemTotal(planItem), 0);
  const totalCells: CellDescription[] = COLUMNS.map(({ field }) =>
    field === "budget"
      ? { formula: sumOf(plan.items), style: { ...STYLE.budget, bold: true } }
      : {
          value: field === "task" ? names.total : "",
          style: { ...STYLE[field], bold: true, horizontal: "center" },
        }
  );
  rows.push({ cells: totalCells, fitHeight: tableRowHeight(totalCells) });
  const wordsRow = rows.length + 1;
  rows.push({
    cells: [
      {
        value: names.wordsLine(amountInWords(total)),
        style: { font: APPENDIX_FONT, size: 12, italic: true },
      },
    ],
  });
  merges.push(`A${wordsRow}:${lastColumn}${wordsRow}`);

  // Rows the officer inserts inside the table take the validation with them.
  const lastValidated = Math.max(firstItemRow, totalRow - 1);
  return {
    sheet: {
      name,
      columns: COLUMNS.map((spec) => ({
        width: spec.width,
        style: { numberFormat: spec.numberFormat },
      })),
      rows,
      merges,
      freeze: { rows: headerRow },
      validations: [
        {
          range: `${budget(firstItemRow)}:${budget(lastValidated)}`,
          rule: { kind: "wholeNumber", min: 0 },
          errorMessage: appendixText.amountRule,
        },
        {
          range: `${cellAddress(LEAD_COLUMN, firstItemRow)}:${cellAddress(LEAD_COLUMN, lastValidated)}`,
          rule: { kind: "list", source: unitsRange },
          errorMessage: appendixText.leadRule,
        },
      ],
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        repeatRows: `${headerRow}:${headerRow}`,
        margins: PAGE_MARGINS,
        pageNumbers: PAGE_NUMBERS,
      },
    },
    layout: { headerRow, firstItemRow, totalRow, wordsRow, itemRows, total },
  };
}
