import { readAmount } from "../money";
import { folded } from "../text";
import { mendedRoman, romanValue } from "./foldedText";
import { toUnicodeText } from "./legacyEncodings";
import { isTableRule, lineShape, LineShape } from "./lineShapes";
import { ImportedRow, ImportOptions, PlanImport, UnusedLine } from "./planImport";
import { planHeading } from "./planHeading";
import { LabelField } from "./planLabels";
import { cleanedText, PlanLine } from "./planLines";
import { OutlineItem, OutlinePart, planOutline } from "./planOutline";
import { tableRows } from "./planTable";
import { withWordListMarks } from "./wordListMarks";

/**
 * The appendix's rows read from a plan's text (pasted, or a .txt or .docx file's): the part that holds
 * the tasks ("NỘI DUNG, GIẢI PHÁP …", "NHIỆM VỤ …"), its sections as group rows numbered 1, 2, …, the
 * points and bullets under them as tasks 1.1, 1.2, … (1.1.1 under a point that has bullets), each with
 * the lead, partners, product, schedule and Kinh phí its label lines give (or the section's, when its
 * own say nothing). A table in the text is read as a table. Every line not used is returned.
 */
export function importPlanText(text: string, options: ImportOptions = {}): PlanImport {
  // Text typed in an old encoding (TCVN3, VNI) is read in Unicode first; decomposed text is composed.
  const unicode = toUnicodeText(text);
  const { paragraphs, noise } = cleanedText(withWordListMarks(unicode.text));
  const shaped = paragraphs
    .filter((line) => !isTableRule(line.text))
    .map((line) => ({ line, shape: lineShape(line.text) }));
  const firstItem = shaped.findIndex(
    ({ shape }) => shape.kind === "part" || shape.kind === "section"
  );
  const { heading, used: headingLines } = planHeading(
    shaped.slice(0, firstItem < 0 ? shaped.length : firstItem).map(({ line }) => line)
  );

  // The plan's body ends where its closing matter starts: recipients, signature.
  const closing = shaped.findIndex(
    ({ line }, index) => index > firstItem && firstItem >= 0 && CLOSING.test(folded(line.text))
  );
  const body = closing < 0 ? shaped : shaped.slice(0, closing);

  const used = new Set<number>();
  for (const line of headingLines) line.lines.forEach((number) => used.add(number));
  // A plan that holds its appendix's table (often after the signature) gives its rows from it.
  const rows = fromTable(shaped, used) ?? fromOutline(body, used, options);
  const unused: UnusedLine[] = [
    ...paragraphs
      .filter((line) => !line.lines.some((number) => used.has(number)))
      .map((line) => ({ line: line.lines[0], text: line.text })),
    ...noise,
  ].sort((a, b) => a.line - b.line);
  return { rows, unused, heading, convertedFrom: unicode.encoding };
}

/** The rows of a table in the text, when it holds one with an appendix's header. */
function fromTable(
  shaped: readonly { line: PlanLine; shape: LineShape }[],
  used: Set<number>
): ImportedRow[] | null {
  const table = shaped.flatMap(({ line, shape }) =>
    shape.kind === "row" ? [{ cells: shape.cells, lines: line.lines }] : []
  );
  if (table.length < 2) return null;
  const rows = tableRows(table);
  if (rows === null || rows.length === 0) return null;
  for (const row of table) row.lines.forEach((number) => used.add(number));
  return rows;
}

/** "Nơi nhận:", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "Lưu: VT": the closing matter. */
const CLOSING =
  /^(?:noi nhan\b|kt\.?\s*chu tich|tm\.?\s*(?:uy ban|ubnd)|(?:pho )?chu tich$|luu\s*:?\s*vt)/;

/** Part titles of what a plan is for and how it is run, not of its tasks. */
const NOT_TASKS =
  /muc dich|muc tieu|yeu cau|kinh phi|to chuc thuc hien|che do|thong tin,? bao cao|bao cao ket qua|danh gia|ket qua (?:thuc hien|dat duoc)|tinh hinh|can cu|trach nhiem cua/;
const TASKS = /nhiem vu|noi dung|giai phap|hoat dong|cong viec|trach nhiem thuc hien/;

/**
 * The parts that hold the tasks: those titled so ("II. NHIỆM VỤ …"), else those with label lines, else
 * all but the plan's purpose, budget and organisation. Parts chosen otherwise than by such a title are
 * the plan's areas themselves ("I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH TTHC" …): `areas`.
 */
function taskParts(parts: readonly OutlinePart[]): { chosen: OutlinePart[]; areas: boolean } {
  const titled = parts.filter((part) => part.value > 0);
  if (titled.length === 0) return { chosen: parts.slice(0, 1), areas: false };
  const wanted = (pattern: (part: OutlinePart) => boolean) =>
    titled.filter((part) => !NOT_TASKS.test(folded(part.title)) && pattern(part));
  const byTitle = wanted((part) => TASKS.test(folded(part.title)));
  if (byTitle.length > 0) return { chosen: byTitle, areas: false };
  const labelled = wanted((part) => part.labelCount > 0);
  return { chosen: labelled.length > 0 ? labelled : wanted(() => true), areas: true };
}

function fromOutline(
  shaped: readonly { line: PlanLine; shape: LineShape }[],
  used: Set<number>,
  options: ImportOptions
): ImportedRow[] {
  const rows: ImportedRow[] = [];
  let sections = 0;
  const { chosen, areas } = taskParts(planOutline(shaped));
  for (const part of chosen) {
    const hasSections = part.items.some((item) => item.kind === "section");
    const partAsSection: OutlineItem = {
      kind: "section",
      mark: null,
      text: part.title,
      labels: {},
      children: part.items,
      lines: part.lines,
    };
    // A part that is one of the plan's areas is a section, what it numbers its tasks. A part of
    // tasks has its sections; without sections, the part is the section of its tasks.
    const tops: OutlineItem[] =
      areas && part.value > 0
        ? [partAsSection]
        : hasSections
          ? part.items.filter((item) => item.kind === "section")
          : part.value > 0 && part.items.length > 0
            ? [partAsSection]
            : // Text with no part and no section: its points, and what carries labels, are its tasks.
              part.items.filter(
                (item) => item.kind === "letter" || Object.keys(item.labels).length > 0
              );
    tops.forEach((top, index) => {
      sections++;
      const first = rows.length;
      emit(top, String(sections), {}, rows, used, options, true);
      // The title of a part that gives rows heads them: its lines count with its first row's.
      if (index === 0 && top.lines !== part.lines) {
        rows[first].lines.unshift(...part.lines);
        part.lines.forEach((line) => used.add(line));
      }
    });
  }
  return rows;
}

type Fields = Partial<Record<LabelField, string>>;

/** The item as a row, and its children under it: a row with children is a group. */
function emit(
  item: OutlineItem,
  number: string,
  inherited: Fields,
  rows: ImportedRow[],
  used: Set<number>,
  options: ImportOptions,
  top: boolean
): void {
  const own: Fields = {};
  for (const [field, values] of Object.entries(item.labels) as [LabelField, string[]][])
    if (values.length > 0) own[field] = values.join("; ");
  // What the row's labels leave unsaid, the item above it says; its Kinh phí is only ever its own
  // (a section's is a lump sum, not its tasks').
  const fields: Fields = { ...inherited, ...own };
  const children = taskChildren(item);
  const group = children.length > 0;
  item.lines.forEach((line) => used.add(line));
  rows.push({
    number,
    task: taskText(item.text),
    lead: group ? "" : (fields.lead ?? ""),
    partners: group ? "" : (fields.partners ?? ""),
    product: group ? "" : (fields.product ?? ""),
    schedule: group ? "" : mendedSchedule(fields.schedule ?? ""),
    ...amountOf(own.amount),
    section: top || group,
    lines: [...item.lines],
  });
  children.forEach((child, index) => {
    const childNumber =
      options.keepLetters && child.kind === "letter" && typeof child.mark === "string"
        ? `${child.mark})`
        : // Under a point that keeps its letter, its bullets keep theirs.
          options.keepLetters && item.kind === "letter"
          ? "-"
          : `${number}.${index + 1}`;
    emit(child, childNumber, fields, rows, used, options, false);
  });
}

/** A point that states targets ("a) Chỉ tiêu"), not tasks: left out, its lines unused. */
const TARGETS = /^(?:cac )?(?:chi tieu|muc tieu|ket qua can dat|yeu cau)(?: (?:cu the|chu yeu))?$/;
/** A point that only heads the tasks under it ("b) Nhiệm vụ"): its tasks stand in its place. */
const HEADINGS =
  /^(?:cac )?(?:nhiem vu|giai phap|nhiem vu,? giai phap|noi dung(?: thuc hien)?|hoat dong)(?: (?:cu the|chu yeu|trong tam))?$/;

/** The item's children that are tasks or groups of tasks, with the heading points' tasks lifted. */
function taskChildren(item: OutlineItem): OutlineItem[] {
  const children: OutlineItem[] = [];
  for (const child of item.children) {
    const key = folded(child.text).replace(/[\s:.;]+$/, "");
    if (child.kind !== "bullet" && TARGETS.test(key)) continue;
    if (child.kind !== "bullet" && HEADINGS.test(key) && child.children.length > 0) {
      const lifted = taskChildren(child);
      for (const task of lifted)
        for (const [field, values] of Object.entries(child.labels) as [LabelField, string[]][])
          task.labels[field] ??= [...values];
      // The heading's own line counts with the first task under it.
      if (lifted.length > 0) lifted[0].lines.unshift(...child.lines);
      children.push(...lifted);
      continue;
    }
    children.push(child);
  }
  return children;
}

function taskText(text: string): string {
  return text.replace(/[\s.;:,]+$/, "").trim();
}

/** The Kinh phí a label gives: an amount, or the words it is written in, kept as written. */
function amountOf(text: string | undefined): Pick<ImportedRow, "amount" | "amountText"> {
  if (text === undefined) return { amount: null };
  const reading = readAmount(text);
  return reading.kind === "amount" ? { amount: reading.value } : { amount: null, amountText: text };
}

/** "Quy Il", "Quý lV": the Roman numeral of a quarter as OCR misreads it, mended. */
function mendedSchedule(text: string): string {
  return text.replace(
    /\b(qu[yýỳỷỹỵ]\s+)([IVl1]{1,4})\b/giu,
    (whole, quarter: string, numeral: string) =>
      /l/.test(numeral) && romanValue(numeral) >= 1 && romanValue(numeral) <= 4
        ? `${quarter}${mendedRoman(numeral)}`
        : whole
  );
}
