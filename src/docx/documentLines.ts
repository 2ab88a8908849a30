import { MammothElement } from "./mammothDocument";

/**
 * The document as lines of plain text: a paragraph is a line, its label first ("1. …", "- …"); a
 * line break inside it (Shift+Enter) starts another line, as Word shows. A table row is a line of its
 * cells joined by tabs, a cell's paragraphs joined by spaces. A tab inside a paragraph becomes a space,
 * so that a tab only ever separates cells.
 */
export function documentLines(
  document: MammothElement,
  labels: Map<MammothElement, string>
): string[] {
  return blocks(document.children ?? [], labels);
}

function blocks(elements: MammothElement[], labels: Map<MammothElement, string>): string[] {
  return elements.flatMap((element) => {
    if (element.type === "paragraph") return paragraphLines(element, labels);
    if (element.type === "table") return tableLines(element, labels);
    return blocks(element.children ?? [], labels);
  });
}

function paragraphLines(paragraph: MammothElement, labels: Map<MammothElement, string>): string[] {
  const lines = [""];
  // Paragraphs and tables inside a paragraph (text boxes) follow it.
  const held: string[] = [];
  const add = (element: MammothElement) => {
    switch (element.type) {
      case "text":
        // A non-breaking hyphen shows as a hyphen; a soft hyphen shows nothing unless a line breaks there.
        lines[lines.length - 1] += (element.value ?? "")
          .replace(/[\t\r\n]/g, " ")
          .replace(/\u2011/g, "-")
          .replace(/\u00ad/g, "");
        return;
      case "tab":
        lines[lines.length - 1] += " ";
        return;
      case "break":
        if (element.breakType === "line") lines.push("");
        return;
      case "paragraph":
      case "table":
        held.push(...blocks([element], labels));
        return;
      default:
        element.children?.forEach(add);
    }
  };
  paragraph.children?.forEach(add);
  const label = labels.get(paragraph);
  if (label) lines[0] = lines[0] === "" ? label : `${label} ${lines[0]}`;
  return [...lines, ...held];
}

/**
 * One line per row, a field per column of the table's grid: a merged cell's text is in its first
 * column and row, and the columns and rows it spans are empty fields, so that columns line up.
 */
function tableLines(table: MammothElement, labels: Map<MammothElement, string>): string[] {
  /** For each column, the rows below still covered by a cell merged down into them. */
  const coveredRows: number[] = [];
  return (table.children ?? [])
    .filter((row) => row.type === "tableRow")
    .map((row) => {
      const fields: string[] = [];
      const skipCovered = () => {
        while ((coveredRows[fields.length] ?? 0) > 0) {
          coveredRows[fields.length]--;
          fields.push("");
        }
      };
      for (const cell of row.children ?? []) {
        skipCovered();
        const span = Math.max(1, cell.colSpan ?? 1);
        for (let column = 0; column < span; column++) {
          coveredRows[fields.length] = Math.max(0, (cell.rowSpan ?? 1) - 1);
          fields.push(column === 0 ? cellText(cell, labels) : "");
        }
      }
      // Columns after the row's last cell that a cell above still covers.
      for (let column = fields.length; column < coveredRows.length; column++) {
        if (coveredRows[column] === 0) continue;
        while (fields.length <= column) fields.push("");
        coveredRows[column]--;
      }
      return fields.join("\t");
    });
}

function cellText(cell: MammothElement, labels: Map<MammothElement, string>): string {
  return blocks(cell.children ?? [], labels)
    .map((line) => line.replace(/\t/g, " ").trim())
    .filter((line) => line !== "")
    .join(" ");
}
