import { Finding } from "../domain/finding";

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
 * Requirement sets: ExcelApi 1.6 (conditional formats), 1.9 (getRanges for many cells at once).
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
    for (const [severity, addresses] of markedCells(findings)) {
      for (const list of addressLists(addresses)) {
        const mark = sheet.getRanges(list).conditionalFormats.add("Custom");
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
