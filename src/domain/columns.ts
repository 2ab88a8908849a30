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

/** What a column holds: the TT, the task, a text about the task, or the Kinh phí. */
export type ColumnKind = "number" | "task" | "text" | "amount";

/** One of the seven columns: how it is headed, read and written. */
export interface ColumnSpec {
  field: Field;
  kind: ColumnKind;
  /** The header the appendix is written with. */
  header: string;
  /**
   * How documents head it, folded (no accents, lower case, brackets dropped): "STT", "Số TT"; "Nội
   * dung"; "Cơ quan chủ trì"; "Thời hạn"; "Dự toán (triệu đồng)" …
   */
  wordings: RegExp;
  /** Width in Excel's character units, as the written appendix sets it. */
  width: number;
  horizontal: "left" | "center" | "right";
  /** "@": written as text, so that a TT 1.10 stays 1.10 and "- …" is no formula; "#,##0": whole đồng. */
  numberFormat: "@" | "#,##0";
}

/** The seven columns, in FIELDS order: the one table the reader, the plan and the sheet go by. */
export const COLUMNS: readonly ColumnSpec[] = [
  {
    field: "number",
    kind: "number",
    header: "TT",
    wordings: /^(?:s\.?\s?tt|tt|so tt|so thu tu|thu tu)\.?$/,
    width: 6,
    horizontal: "center",
    numberFormat: "@",
  },
  {
    field: "task",
    kind: "task",
    header: "Nhiệm vụ cụ thể",
    wordings: /nhiem vu|noi dung|cong viec|hoat dong|ten (?:de an|chi tieu)/,
    width: 44,
    horizontal: "left",
    numberFormat: "@",
  },
  {
    field: "lead",
    kind: "text",
    header: "Bộ phận chủ trì",
    wordings: /chu tri|tham muu|don vi thuc hien|bo phan thuc hien|co quan thuc hien|trach nhiem/,
    width: 18,
    horizontal: "left",
    numberFormat: "@",
  },
  {
    field: "partners",
    kind: "text",
    header: "Bộ phận phối hợp",
    wordings: /phoi hop/,
    width: 18,
    horizontal: "left",
    numberFormat: "@",
  },
  {
    field: "product",
    kind: "text",
    header: "Sản phẩm kiểm chứng",
    wordings: /san pham|ket qua dau ra|kiem chung/,
    width: 22,
    horizontal: "left",
    numberFormat: "@",
  },
  {
    field: "schedule",
    kind: "text",
    header: "Thời gian thực hiện",
    wordings: /thoi gian|thoi han|tien do|han hoan thanh/,
    width: 22,
    horizontal: "left",
    numberFormat: "@",
  },
  {
    field: "budget",
    kind: "amount",
    header: "Kinh phí thực hiện (đồng)",
    wordings: /kinh phi|du toan|so tien|ngan sach|chi phi/,
    width: 16,
    horizontal: "right",
    numberFormat: "#,##0",
  },
];

/** Each column by its field. */
export const COLUMN = Object.fromEntries(COLUMNS.map((spec) => [spec.field, spec])) as Record<
  Field,
  ColumnSpec
>;

/** The columns that say something about a task besides the task itself: Chủ trì, Phối hợp, Sản phẩm, Thời gian. */
export type TextField = "lead" | "partners" | "product" | "schedule";
export const TEXT_FIELDS = COLUMNS.filter((spec) => spec.kind === "text").map(
  (spec) => spec.field
) as readonly TextField[];

/** The columns a plan item and a row of the table carry as text: the task and the texts about it. */
export type WrittenField = "task" | TextField;
export const WRITTEN_FIELDS = COLUMNS.filter(
  (spec) => spec.kind === "task" || spec.kind === "text"
).map((spec) => spec.field) as readonly WrittenField[];

/**
 * The order headers are matched in: a header is given the first field whose wording it contains, so
 * "Bộ phận phối hợp" is tried as partners before "chủ trì" could claim it, and "Nội dung" comes last.
 */
const MATCH_ORDER: readonly Field[] = [
  "number",
  "partners",
  "lead",
  "budget",
  "schedule",
  "product",
  "task",
];

/** Amount units a header or a "ĐVT" line can name, with what one unit is worth in đồng. */
const UNITS: [RegExp, number][] = [
  [/ty dong|\bty\b/, 1e9],
  [/trieu dong|\btrieu\b|\btr\.?d\b|\b1[.,]?000[.,]?000 ?(?:dong|d)\b/, 1e6],
  [/nghin dong|ngan dong|\bnghin\b|\b1[.,]?000 ?(?:dong|d)\b/, 1e3],
  [/\bdong\b|vnd/, 1],
];

/** The column a header names ("Số TT", "NỘI DUNG", "Kinh phí (triệu đồng)"), or null. */
export function fieldOfHeader(text: string): Field | null {
  const key = folded(text)
    .replace(/\(.*?\)/g, "")
    .trim();
  if (key === "") return null;
  for (const field of MATCH_ORDER) if (COLUMN[field].wordings.test(key)) return field;
  return null;
}

/** The worth of one unit named in a text ("Kinh phí (triệu đồng)", "ĐVT: đồng"), or null. */
export function unitOf(text: string): number | null {
  const key = folded(text);
  for (const [unit, scale] of UNITS) if (unit.test(key)) return scale;
  return null;
}
