import { Finding } from "../domain/finding";
import { boundsAddress, cellBounds } from "./addresses";
import { supports } from "./apiSupport";

/**
 * The add-in's marks are custom conditional formats whose rule carries this word: =N("phuluc-highlight:…")=0
 * is always true (N of a text is 0), so the format shows, and the word lets the add-in find its own marks
 * again. The officer's cells, formats and own conditional formats are never changed.
 */
const HIGHLIGHT_MARK = "phuluc-highlight";

/** Fills of the marks: Excel's own light red for errors, light yellow for warnings. */
export const HIGHLIGHT_FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

type Marked = keyof typeof HIGHLIGHT_FILLS;

/** Addresses per conditional format; getRanges fails on very long address lists. */
const ADDRESS_LIST_LENGTH = 2_000;

export function highlightFormula(severity: Marked): string {
  return `=N("${HIGHLIGHT_MARK}:${severity}")=0`;
}

export function isHighlightFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.toLowerCase().includes(HIGHLIGHT_MARK);
}

/**
 * Marks the cells of the findings (on) or removes every mark the add-in made (off). Errors and warnings
 * get different fills; a cell with both shows the error; notices (info) are not marked. Turning marks on
 * first removes the old ones, so marks never pile up.
 *
 * Three context.syncs whatever the number of findings and formats: the sheet's conditional formats and
 * their types; the rules of the custom ones; then the add-in's old marks deleted and the new ones added.
 *
 * Requirement sets: ExcelApi 1.6 (conditional formats); where Excel has it, 1.9 (getRanges: one format
 * for many cells at once). An older Excel gets one format per run of marked cells down a column
 * (./apiSupport): the same marks, the same three syncs, more formats in the last one.
 */
export async function setHighlights(
  context: Excel.RequestContext,
  sheetName: string,
  findings: readonly Finding[],
  on: boolean
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const formats = conditionalFormatsOf(sheet);
  formats.load("items/type");
  await context.sync();

  const custom = formats.items
    .filter((format) => format.type === "Custom")
    .map((format) => {
      const rule = format.custom.rule;
      rule.load("formula");
      return { format, rule };
    });
  await context.sync();

  custom
    .filter(({ rule }) => isHighlightFormula(rule.formula))
    .forEach(({ format }) => format.delete());
  if (on) {
    const areas = supports("rangeAreas");
    for (const [severity, addresses] of markedCells(findings)) {
      const targets = areas
        ? addressLists(addresses).map((list) => sheet.getRanges(list))
        : columnRuns(addresses).map((address) => sheet.getRange(address));
      for (const target of targets) {
        const mark = target.conditionalFormats.add("Custom");
        mark.custom.rule.formula = highlightFormula(severity);
        mark.custom.format.fill.color = HIGHLIGHT_FILLS[severity];
      }
    }
  }
  await context.sync();
}

/** Every conditional format of the sheet: those of the range that is the whole sheet. */
function conditionalFormatsOf(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats;
}

/** The cells to mark per severity, each once; a cell with an error is not also marked as a warning. */
function markedCells(findings: readonly Finding[]): [Marked, string[]][] {
  const cells = new Map<string, Marked>();
  for (const finding of findings) {
    if (finding.severity === "info") continue;
    const address = finding.cell.replace(/\$/g, "").toUpperCase();
    if (!/^[A-Z]{1,3}\d+$/.test(address)) continue;
    if (cells.get(address) !== "error") cells.set(address, finding.severity);
  }
  return (["error", "warning"] as const)
    .map((severity): [Marked, string[]] => [
      severity,
      [...cells].filter(([, marked]) => marked === severity).map(([address]) => address),
    ])
    .filter(([, addresses]) => addresses.length > 0);
}

/** Addresses joined as "A1, C5, G9" in lists short enough for getRanges. */
function addressLists(addresses: readonly string[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + address.length + 2 > ADDRESS_LIST_LENGTH) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current}, ${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** The cells as runs down a column ("G5:G9", "A3"), for an Excel without getRanges (ExcelApi 1.9). */
function columnRuns(addresses: readonly string[]): string[] {
  const cells = addresses
    .map((address) => cellBounds(address))
    .sort((a, b) => a.firstColumn - b.firstColumn || a.firstRow - b.firstRow);
  const runs: { column: number; firstRow: number; lastRow: number }[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.firstColumn && last.lastRow + 1 === cell.firstRow)
      last.lastRow = cell.firstRow;
    else runs.push({ column: cell.firstColumn, firstRow: cell.firstRow, lastRow: cell.firstRow });
  }
  return runs.map(({ column, firstRow, lastRow }) =>
    boundsAddress({ firstRow, lastRow, firstColumn: column, lastColumn: column })
  );
}
