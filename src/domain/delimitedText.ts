import { Grid, GridCell } from "./grid";

const MARKUP = /<\/?([bi])>/gi;

/**
 * Reads tab- or comma-separated text into a grid: quoted fields may hold separators, quotes and line
 * breaks. Text copied from Word or exported by tools can mark bold and italic with <b> and <i>.
 */
export function readDelimited(text: string, separator: "\t" | "," | ";"): Grid {
  const rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(toCell(field));
    field = "";
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { firstRow: 1, firstColumn: 1, rows };
}

function toCell(raw: string): GridCell {
  const tags = new Set<string>();
  const value = raw.replace(MARKUP, (_, tag: string) => {
    tags.add(tag.toLowerCase());
    return "";
  });
  const cell: GridCell = { value: value.trim() === "" ? null : value };
  if (tags.has("b")) cell.bold = true;
  if (tags.has("i")) cell.italic = true;
  return cell;
}
