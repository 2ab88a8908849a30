import { foldedInPlace } from "./foldedText";

/**
 * The label lines of a plan's text, which say who leads a task, who takes part, what it produces,
 * when and at what cost: "Cơ quan chủ trì: …", "- Bộ phận phối hợp, theo dõi: …", "*Thời gian thực
 * hiện:* …", "Sản phẩm kiểm chứng: …", "Kinh phí: …". They are matched folded (no accents, any case),
 * so that text typed without diacritics or read by OCR ("Thoi gian thuc hién") is read too.
 */

export type LabelField = "lead" | "partners" | "product" | "schedule" | "amount";

interface LabelWording {
  field: LabelField;
  /** The label, folded; it must start the text or follow a sentence's end. */
  pattern: string;
  /** Among leads: "chủ trì" names the lead before "thực hiện", which then names partners. */
  rank: number;
}

const ONE_UNIT = "(?:bo phan|co quan|don vi|ca nhan|nguoi|cong chuc|can bo|trach nhiem)";
/** "Bộ phận", "Bộ phận/Cơ quan", "Cơ quan, đơn vị". */
const UNIT = `${ONE_UNIT}(?:\\s*[/,]\\s*${ONE_UNIT})*`;
/** Roles a unit's label may go on to name: "Bộ phận tham mưu, chủ trì thực hiện", "phối hợp, theo dõi". */
const MORE_ROLES = "(?:\\s*(?:,|va|/)?\\s*(?:chu tri|tham muu|thuc hien|theo doi|trien khai))*";
const WORDINGS: LabelWording[] = [
  { field: "partners", pattern: `(?:${UNIT}\\s+)?phoi hop${MORE_ROLES}`, rank: 0 },
  { field: "lead", pattern: `(?:${UNIT}\\s+)?chu tri${MORE_ROLES}`, rank: 1 },
  { field: "lead", pattern: `(?:${UNIT}\\s+)?(?:tham muu|dau moi)${MORE_ROLES}`, rank: 2 },
  { field: "lead", pattern: `(?:${UNIT}\\s+)?phu trach`, rank: 3 },
  {
    field: "lead",
    pattern: `(?:${UNIT}\\s+thuc hien|trach nhiem thuc hien|thuc hien)${MORE_ROLES}`,
    rank: 4,
  },
  {
    field: "product",
    pattern:
      "(?:(?:hinh thuc\\s+)?san pham|ket qua)(?:\\s+(?:kiem chung|dau ra|du kien|dat duoc|can dat))?",
    rank: 0,
  },
  {
    field: "schedule",
    pattern:
      "(?:thoi gian|thoi han|thoi diem|han hoan thanh|tien do)(?:\\s+(?:thuc hien|hoan thanh|trien khai|bao cao))?",
    rank: 0,
  },
  {
    field: "amount",
    pattern: "(?:(?:du toan|nguon)\\s+)?kinh phi(?:\\s+(?:thuc hien|du kien|du toan|uoc tinh))?",
    rank: 0,
  },
];

/** A label at the start of (folded) text: the wording, then a colon, or a dash, or nothing after it. */
const AT_START = WORDINGS.map((wording) => ({
  wording,
  pattern: new RegExp(`^(${wording.pattern})\\s*(?::|-\\s|–\\s|$)`),
}));
/** A label inside a line, after a sentence's end or a bracket: "…. Cơ quan chủ trì: X; Thời gian: Y". */
const INSIDE = new RegExp(
  `(?:^|[.;(]\\s*|\\s[-–]\\s*)(${WORDINGS.map((wording) => wording.pattern).join("|")})\\s*:`,
  "g"
);

export interface Label {
  field: LabelField;
  rank: number;
  /** What follows the label; "" when the value is on the lines below ("+ …"). */
  value: string;
}

/** The label that starts the text (markers already taken off), or null. */
export function labelAtStart(text: string): Label | null {
  const folded = foldedInPlace(text);
  for (const { wording, pattern } of AT_START) {
    const match = pattern.exec(folded);
    if (match)
      return {
        field: wording.field,
        rank: wording.rank,
        value: labelValue(text.slice(match[0].length)),
      };
  }
  return null;
}

/**
 * A line holding labels after its own text ("Rà soát văn bản. Chủ trì: Tư pháp; Thời gian: Quý II"):
 * the text before the first label and each label with its value; null when no label is inside.
 */
export function labelsInside(text: string): { before: string; labels: Label[] } | null {
  const folded = foldedInPlace(text);
  const found: { at: number; valueAt: number; wording: LabelWording }[] = [];
  for (const match of folded.matchAll(INSIDE)) {
    const name = match[1];
    const at = (match.index ?? 0) + match[0].indexOf(name);
    const wording = WORDINGS.find((one) => new RegExp(`^(?:${one.pattern})$`).test(name.trim()));
    if (wording) found.push({ at, valueAt: (match.index ?? 0) + match[0].length, wording });
  }
  if (found.length === 0) return null;
  const labels = found.map(({ valueAt, wording }, index) => ({
    field: wording.field,
    rank: wording.rank,
    value: labelValue(text.slice(valueAt, found[index + 1]?.at ?? text.length)),
  }));
  return { before: text.slice(0, found[0].at), labels };
}

/** A label's value: without the emphasis, brackets and punctuation that close it. */
function labelValue(text: string): string {
  const value = text
    .replace(/^[\s:–-]+/, "")
    .replace(/[\s;,.]+$/, "")
    .trim();
  // A bracket the label was written in closes after it: "(Chủ trì: Tư pháp)".
  const opened = value.split("(").length;
  const closed = value.split(")").length;
  return closed > opened ? value.replace(/\)\s*$/, "").trim() : value;
}
