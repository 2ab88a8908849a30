import { Grid, GridCell } from "./grid";

const MARKUP = /<\/?([bi])>/gi;

/**
 * Reads tab- or comma-separated text into a grid: quoted fields may hold separators, quotes and line
 * breaks. Text copied from Word or exported by tools can mark bold and italic with <b> and <i>.
 */
export function readDelimited(text: string, separator: Separator): Grid {
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

export type Separator = "\t" | "," | ";";

/**
 * The separator of delimited text (a .csv or .tsv file, or text pasted in the pane), counting only
 * outside quoted fields: tab when a line has one (Excel and Word put tab-separated text on the
 * clipboard), else the semicolon when it outnumbers the comma (a .csv saved with Vietnamese regional
 * settings), else the comma ("TT,Nhiệm vụ,…" copied from a .csv opened in a text editor).
 */
export function separatorOf(text: string): Separator {
  const counts = { "\t": 0, ",": 0, ";": 0 };
  let quoted = false;
  let fieldStart = true;
  const sample = text.slice(0, 65536);
  for (let i = sample.charCodeAt(0) === 0xfeff ? 1 : 0; i < sample.length; i++) {
    const ch = sample[i];
    if (quoted) {
      if (ch !== '"') continue;
      if (sample[i + 1] === '"') i++;
      else quoted = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      continue;
    }
    if (ch === "\t" || ch === "," || ch === ";") counts[ch]++;
    // As readDelimited reads it, a quote opens a quoted field only at the start of a field: at the
    // start of the text or right after a separator or a line break.
    fieldStart = ch === "\t" || ch === "," || ch === ";" || ch === "\n" || ch === "\r";
  }
  if (counts["\t"] > 0) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}
