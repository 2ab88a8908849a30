/**
 * Word (and Excel) put a copied table on the clipboard as HTML too. Its rows and cells become
 * tab-separated text here, the form readDelimited reads, with a cell whose whole text is bold or
 * italic wrapped in <b> or <i> (group rows are bold, sub-items italic). Merged cells keep the
 * columns aligned: a cell spanning several columns or rows leaves empty fields in the others.
 */

const BLOCKS = new Set(["P", "DIV", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "TR", "TABLE"]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "HEAD", "TITLE"]);
const MAX_SPAN = 100;

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface CellContent {
  lines: string[];
  bold: boolean;
  italic: boolean;
}

/** The tables in clipboard HTML as tab-separated text; null when the HTML holds no table. */
export function tableHtmlToText(html: string): string | null {
  const document = new DOMParser().parseFromString(html, "text/html");
  // Rows of the outermost tables only: a table nested in a cell is part of that cell's text.
  const tables = Array.from(document.querySelectorAll("table")).filter(
    (table) => !table.parentElement?.closest("table")
  );
  const rows = tables.flatMap((table) => Array.from(table.rows));
  if (rows.length === 0) return null;

  const grid: string[][] = [];
  // Columns still covered by a cell from a row above: column → rows left.
  const covered = new Map<number, number>();
  rows.forEach((row, rowIndex) => {
    const fields: string[] = (grid[rowIndex] = []);
    let column = 0;
    const skipCovered = () => {
      while ((covered.get(column) ?? 0) > 0) fields[column++] = "";
    };
    for (const cell of Array.from(row.cells)) {
      skipCovered();
      const colSpan = span(cell.colSpan);
      const rowSpan = span(cell.rowSpan);
      fields[column] = field(cellContent(cell));
      for (let extra = 1; extra < colSpan; extra++) fields[column + extra] = "";
      if (rowSpan > 1) {
        for (let c = column; c < column + colSpan; c++) covered.set(c, rowSpan);
      }
      column += colSpan;
    }
    skipCovered();
    // One row of the span is used up in every column it covers.
    for (const [c, left] of covered) {
      if (left <= 1) covered.delete(c);
      else covered.set(c, left - 1);
    }
  });
  return grid.map((fields) => Array.from(fields, (text) => text ?? "").join("\t")).join("\n");
}

function span(value: number): number {
  return Number.isFinite(value) && value > 1 ? Math.min(Math.floor(value), MAX_SPAN) : 1;
}

function field(content: CellContent): string {
  let text = content.lines.join("\n").replace(/\t/g, " ");
  if (text === "") return "";
  if (content.italic) text = `<i>${text}</i>`;
  if (content.bold) text = `<b>${text}</b>`;
  return /["\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The cell's lines (paragraphs and line breaks) and whether all of its text is bold or italic. */
function cellContent(cell: HTMLTableCellElement): CellContent {
  const segments: (Segment | "break")[] = [];
  const walk = (node: Node, bold: boolean, italic: boolean) => {
    if (node.nodeType === node.TEXT_NODE) {
      segments.push({ text: node.textContent ?? "", bold, italic });
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    if (SKIPPED.has(element.tagName) || element.style?.display === "none") return;
    if (element.tagName === "BR") {
      segments.push("break");
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) segments.push("break");
    const childBold = boldOf(element) ?? bold;
    const childItalic = italicOf(element) ?? italic;
    element.childNodes.forEach((child) => walk(child, childBold, childItalic));
    if (block) segments.push("break");
  };
  cell.childNodes.forEach((child) => walk(child, false, false));

  const lines: string[] = [];
  let line = "";
  let bold = true;
  let italic = true;
  let anyText = false;
  for (const segment of segments) {
    if (segment === "break") {
      lines.push(line);
      line = "";
      continue;
    }
    // Word breaks long source lines inside text: any run of white space is one space.
    line += segment.text.replace(/\s+/g, " ");
    if (segment.text.trim() !== "") {
      anyText = true;
      bold &&= segment.bold;
      italic &&= segment.italic;
    }
  }
  lines.push(line);
  return {
    lines: lines.map((text) => text.trim()).filter((text) => text !== ""),
    bold: anyText && bold,
    italic: anyText && italic,
  };
}

/** true or false when the element sets boldness itself (<b>, <strong>, font-weight), else null. */
function boldOf(element: HTMLElement): boolean | null {
  const weight = element.style?.fontWeight ?? "";
  if (weight !== "") {
    if (weight === "bold" || weight === "bolder") return true;
    if (weight === "normal" || weight === "lighter") return false;
    const numeric = Number(weight);
    if (Number.isFinite(numeric)) return numeric >= 600;
  }
  if (element.tagName === "B" || element.tagName === "STRONG") return true;
  return null;
}

function italicOf(element: HTMLElement): boolean | null {
  const style = element.style?.fontStyle ?? "";
  if (style === "italic" || style === "oblique") return true;
  if (style === "normal") return false;
  if (element.tagName === "I" || element.tagName === "EM") return true;
  return null;
}
