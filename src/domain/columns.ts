import { folded } from "./text";

/** The columns of an appendix, in the order Nghị định 30 tables print them. */
export const FIELDS = [
  "number",
  "task",
  "lead",
  "partners",
  "product",
  "schedule",
  "budget",
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How each column is headed in practice, folded (no accents, lower case). Order matters: a header
 * is given the first field whose wording it contains, so "phối hợp" is tried before "chủ trì".
 */
const WORDINGS: [Field, RegExp][] = [
  ["number", /^(?:s\.?\s?tt|tt|so tt|so thu tu|thu tu)\.?$/],
  ["partners", /phoi hop/],
  ["lead", /chu tri|tham muu|don vi thuc hien|bo phan thuc hien|co quan thuc hien|trach nhiem/],
  ["budget", /kinh phi|du toan|so tien|ngan sach|chi phi/],
  ["schedule", /thoi gian|thoi han|tien do|han hoan thanh/],
  ["product", /san pham|ket qua dau ra|kiem chung/],
  ["task", /nhiem vu|noi dung|cong viec|hoat dong|ten (?:de an|chi tieu)/],
];

/** Amount units a header or a "ĐVT" line can name, with what one unit is worth in đồng. */
const UNITS: [RegExp, number][] = [
  [/ty dong|\bty\b/, 1e9],
  [/trieu dong|\btrieu\b|\btr\.?d\b|\b1[.,]?000[.,]?000 ?(?:dong|d)\b/, 1e6],
  [/nghin dong|ngan dong|\bnghin\b|\b1[.,]?000 ?(?:dong|d)\b/, 1e3],
  [/\bdong\b|vnd/, 1],
];

export function fieldOfHeader(text: string): Field | null {
  const key = folded(text)
    .replace(/\(.*?\)/g, "")
    .trim();
  if (key === "") return null;
  for (const [field, wording] of WORDINGS) if (wording.test(key)) return field;
  return null;
}

/** The worth of one unit named in a text ("Kinh phí (triệu đồng)", "ĐVT: đồng"), or null. */
export function unitOf(text: string): number | null {
  const key = folded(text);
  for (const [unit, scale] of UNITS) if (unit.test(key)) return scale;
  return null;
}
