import { analysisOf, AppendixAnalysis } from "./analysis";
import { Appendix } from "./appendix";
import { AppendixPlan, hasAmountBelow, itemTotal, PlanItem, PlanReference } from "./appendixPlan";
import { BudgetAudit } from "./budgetAudit";
import { capitalised, listAnd, money, names, quoted } from "./messages";
import { AmountReading } from "./money";
import { readNumber } from "./numbering";
import { Outline, OutlineNode } from "./outline";
import { composed } from "./text";
import { TitleBlock } from "./titleBlock";

/** A table read from a sheet or a file, and what the lines above its header say. */
export interface SourceTable {
  appendix: Appendix;
  titleBlock: TitleBlock;
}

export type DifferenceKind =
  | "title-block"
  | "total"
  | "amounts"
  | "amount-lost"
  | "amount-text"
  | "amount-columns"
  | "scale"
  | "renumbered";

/** One thing the rebuilt appendix writes otherwise than its source, said in one Vietnamese sentence. */
export interface PlanDifference {
  kind: DifferenceKind;
  text: string;
}

export interface PlanDifferences {
  /** The parts of the title block written as the source has them, in one sentence; null when none is. */
  kept: string | null;
  /** What differs from the source, in the order the officer reads the sheet; empty when nothing but the format does. */
  changes: PlanDifference[];
}

/** What a blank form writes for what is not known yet. */
const PLACEHOLDER = "…";

/** How many rows a sentence names before "…": enough to recognise the case, short enough to read. */
const FIRST_FEW = 3;

/** The sentences of this file: what a rebuilt appendix changes, as the pane and `phuluc new` say it. */
export const differenceText = {
  parts: {
    title: { name: "tiêu đề", phrase: (title: string) => `tiêu đề ${title}` },
    planNumber: { name: "số kế hoạch", phrase: (number: string) => `số kế hoạch ${number}` },
    date: { name: "ngày ký", phrase: (date: string) => `ký ${date}` },
    issuer: { name: "cơ quan ban hành", phrase: (issuer: string) => `cơ quan ban hành ${issuer}` },
  },
  kept: (parts: string[]) => `Giữ như bảng gốc: ${listAnd(parts)}.`,
  missing: (parts: string[], written: string[], blanks: boolean) =>
    `Bảng gốc không ghi ${listAnd(parts)}; phụ lục mới ghi ${listAnd(written)}` +
    `${blanks ? " (“…” là chỗ để điền sau)" : ""}.`,
  changed: (part: string, before: string, after: string) =>
    `${capitalised(part)}: bảng gốc ghi ${before}; phụ lục mới ghi ${after}.`,
  date: (day: string, month: string, year: string) => `ngày ${day} tháng ${month} năm ${year}`,
  total: (before: string, after: number) =>
    `Tổng cộng: bảng gốc ghi ${before}; phụ lục mới là ${money(after)} đồng, vì mỗi cộng mục nay là ` +
    "công thức cộng các mục con của nó.",
  totalMissing: (after: number) =>
    `Bảng gốc không có dòng Tổng cộng; phụ lục mới thêm dòng Tổng cộng: ${money(after)} đồng.`,
  totalStated: {
    amount: (value: number) => `${money(value)} đồng`,
    empty: "để trống",
    uncalculated: "một công thức chưa được tính",
    text: (text: string) => `${quoted(text)} (không đọc được là số)`,
  },
  amounts: (count: number, examples: string[]) =>
    `Kinh phí đổi ở ${count} dòng: ${examples.join("; ")}.`,
  amountChange: (item: string, before: number, after: number | null) =>
    `${item}: ${money(before)} → ${after === null ? "để trống" : money(after)}`,
  movedUp: (parent: string) =>
    ` (số này là cộng mục của ${parent}, nay ${parent} cộng các mục con)`,
  summed: " (cộng các mục con)",
  amountLost: (count: number, examples: string[]) =>
    `Kinh phí là công thức lỗi hoặc chưa tính ở ${count} dòng, phụ lục mới để trống: ${examples.join("; ")}.`,
  amountText: (count: number, examples: string[]) =>
    `Kinh phí không đọc được là số ở ${count} dòng, giữ nguyên chữ như bảng gốc và không được cộng ` +
    `vào cộng mục, Tổng cộng: ${examples.join("; ")}.`,
  amountColumns: (main: string, others: string[]) =>
    `Bảng gốc chia kinh phí thành nhiều cột; phụ lục mới chỉ có một cột Kinh phí, lấy từ cột ${quoted(main)}. ` +
    `${others.length > 1 ? "Các cột" : "Cột"} ${others.map(quoted).join(", ")} không được chép sang: hãy thêm lại nếu cần.`,
  scale: (unit: string) => `Bảng gốc ghi kinh phí theo ${unit}; phụ lục mới ghi bằng đồng.`,
  units: { 1000: "nghìn đồng", 1000000: "triệu đồng" } as Record<number, string>,
  renumbered: (count: number, examples: string[]) =>
    `Đánh lại số thứ tự ${count} dòng: ${examples.join("; ")}.`,
  renumber: (before: string, after: string) => `${before} → ${after}`,
  more: "…",
};

/** Each item of a plan beside the outline node of the source row it was read from. */
export interface SourceItem {
  item: PlanItem;
  node: OutlineNode;
}

/**
 * The plan's items paired with the source rows they come from, in the order the sheet writes them.
 * The plan is one planFromTable made of `appendix` (its numbers may since have changed): both are the
 * same outline, walked alike. `analysis`, when the caller has one of `appendix` (analyseAppendix), gives
 * the outline; without it the table is analysed here.
 */
export function sourceItems(
  appendix: Appendix,
  plan: AppendixPlan,
  analysis?: AppendixAnalysis
): SourceItem[] {
  return pairsOf(analysisOf(appendix, analysis).main.outline, plan);
}

function pairsOf(outline: Outline, plan: AppendixPlan): SourceItem[] {
  const pairs: SourceItem[] = [];
  const walk = (items: readonly PlanItem[], nodes: readonly OutlineNode[]) => {
    if (items.length !== nodes.length) throw new Error("the plan was not read from this table");
    items.forEach((item, index) => {
      pairs.push({ item, node: nodes[index] });
      walk(item.children, nodes[index].children);
    });
  };
  walk(plan.items, outline.roots);
  return pairs;
}

/**
 * What the appendix rebuilt from `source` as `plan` writes otherwise than the source says it, besides
 * the format: the title block (each part kept, changed, or missing from the source), the grand total
 * and the amounts that move because a subtotal was wrong or written a level too low, amounts lost or
 * kept as text, Kinh phí columns and units not carried over, and rows numbered afresh. `analysis`, when
 * the caller has one of the source's appendix (analyseAppendix), gives its outline and budget audit;
 * without it the table is analysed here.
 */
export function planDifferences(
  source: SourceTable,
  plan: AppendixPlan,
  analysis?: AppendixAnalysis
): PlanDifferences {
  const { appendix } = source;
  const { main } = analysisOf(appendix, analysis);
  const pairs = pairsOf(main.outline, plan);
  const titleBlock = titleBlockDifferences(source.titleBlock, plan);
  const changes: PlanDifference[] = [...titleBlock.changes];
  const add = (kind: DifferenceKind, text: string | null) => {
    if (text !== null) changes.push({ kind, text });
  };
  add("total", totalDifference(appendix, plan));
  add("amounts", amountDifferences(main.budget, pairs));
  add("amount-lost", lostAmounts(pairs));
  add("amount-text", amountsAsText(pairs));
  add("amount-columns", droppedAmountColumns(appendix));
  add("scale", appendix.scale === 1 ? null : differenceText.scale(unitOf(appendix.scale)));
  add("renumbered", renumbered(pairs));
  return { kept: titleBlock.kept, changes };
}

// ---- the title block -----------------------------------------------------------------------------

interface Part {
  /** The part's name in a sentence: "số kế hoạch". */
  name: string;
  /** The part with its value, in a list of what is written: "số kế hoạch 01". */
  phrase: (value: string) => string;
  /** The value as a sentence shows it. */
  shown: (value: string) => string;
  /** The value as it is compared: two values the sheet would show alike are the same. */
  compared: (value: string) => string;
  /** As the source writes it; null when it does not. */
  source: string | null;
  written: string;
}

/** Text as a person compares it: composed, with single spaces. */
const spaced = (text: string) => composed(text).replace(/\s+/g, " ").trim();
/** The title as the sheet writes it, in capitals. */
const capitals = (title: string) => spaced(title).toLocaleUpperCase("vi-VN");

function titleBlockDifferences(
  block: TitleBlock,
  plan: AppendixPlan
): { kept: string | null; changes: PlanDifference[] } {
  const { reference } = plan;
  const words = differenceText.parts;
  const asWritten = { shown: (value: string) => value, compared: spaced };
  const parts: Part[] = [
    // The title is written in capitals: its case is no difference.
    {
      ...words.title,
      shown: (title) => quoted(capitals(title)),
      compared: capitals,
      source: block.title,
      written: plan.title,
    },
    {
      ...words.planNumber,
      ...asWritten,
      source: block.reference.planNumber ?? null,
      written: reference.planNumber,
    },
    {
      ...words.date,
      ...asWritten,
      source: dateOf(block.reference),
      written: differenceText.date(reference.day, reference.month, reference.year),
    },
    {
      ...words.issuer,
      ...asWritten,
      source: block.reference.issuer ?? null,
      written: reference.issuer,
    },
  ];
  const kept = parts.filter(
    (p) => p.source !== null && p.compared(p.source) === p.compared(p.written)
  );
  const missing = parts.filter((p) => p.source === null);
  const changes: PlanDifference[] = [];
  if (missing.length > 0) {
    changes.push({
      kind: "title-block",
      text: differenceText.missing(
        missing.map((p) => p.name),
        missing.map((p) => p.phrase(p.shown(p.written))),
        missing.some((p) => p.written.includes(PLACEHOLDER))
      ),
    });
  }
  for (const p of parts) {
    if (p.source === null || kept.includes(p)) continue;
    changes.push({
      kind: "title-block",
      text: differenceText.changed(p.name, p.shown(p.source), p.shown(p.written)),
    });
  }
  return {
    kept: kept.length > 0 ? differenceText.kept(kept.map((p) => p.name)) : null,
    changes,
  };
}

/** "ngày 06 tháng 01 năm 2020", when the reference gives the whole date. */
function dateOf(reference: Partial<PlanReference>): string | null {
  const { day, month, year } = reference;
  return day && month && year ? differenceText.date(day, month, year) : null;
}

// ---- amounts -------------------------------------------------------------------------------------

/** What the sheet writes in a plan item's Kinh phí cell, as a number: its formula's sum, or its own amount. */
const writtenAmount = (item: PlanItem): number | null =>
  hasAmountBelow(item) ? itemTotal(item) : item.amount;

const nameOf = ({ item, node }: SourceItem) =>
  item.number !== "" ? names.item(item.number) : names.row(node.row.row);

/** "a; b; c; …": the first few examples, and a mark when there are more. */
function firstFew(examples: string[]): string[] {
  return examples.length > FIRST_FEW
    ? [...examples.slice(0, FIRST_FEW), differenceText.more]
    : examples;
}

function totalDifference(appendix: Appendix, plan: AppendixPlan): string | null {
  const after = plan.items.reduce((sum, item) => sum + itemTotal(item), 0);
  if (appendix.total === null) return differenceText.totalMissing(after);
  const stated = appendix.total.amount;
  if (stated.kind === "amount")
    return stated.value === after
      ? null
      : differenceText.total(differenceText.totalStated.amount(stated.value), after);
  return differenceText.total(statedText(stated), after);
}

function statedText(reading: AmountReading): string {
  switch (reading.kind) {
    case "amount":
      return differenceText.totalStated.amount(reading.value);
    case "unreadable":
      return differenceText.totalStated.text(reading.text);
    case "error":
      return differenceText.totalStated.text(reading.error);
    case "uncalculated":
      return differenceText.totalStated.uncalculated;
    default:
      return differenceText.totalStated.empty;
  }
}

/** Rows whose stated amount the new sheet writes otherwise: a wrong subtotal summed, one moved up a level. */
function amountDifferences(budget: BudgetAudit, pairs: SourceItem[]): string | null {
  const movedTo = new Map(budget.misplaced.map((m) => [m.node.row.row, m.parent.row.row]));
  const pairOfRow = new Map(pairs.map((pair) => [pair.node.row.row, pair]));
  const examples: string[] = [];
  for (const pair of pairs) {
    const stated = pair.node.row.amount;
    if (stated.kind !== "amount") continue;
    const after = writtenAmount(pair.item);
    if (after === stated.value) continue;
    let example = differenceText.amountChange(nameOf(pair), stated.value, after);
    const parentRow = movedTo.get(pair.node.row.row);
    const parent = parentRow === undefined ? undefined : pairOfRow.get(parentRow);
    if (parent !== undefined) example += differenceText.movedUp(nameOf(parent));
    else if (hasAmountBelow(pair.item)) example += differenceText.summed;
    examples.push(example);
  }
  return examples.length > 0 ? differenceText.amounts(examples.length, firstFew(examples)) : null;
}

/** Formulas that came to an error, or were never calculated: the new sheet has nothing to write. */
function lostAmounts(pairs: SourceItem[]): string | null {
  const examples = pairs.flatMap((pair) => {
    const { amount, amountFormula } = pair.node.row;
    if (amount.kind === "error") return [`${nameOf(pair)} (${amount.error})`];
    if (amount.kind === "uncalculated")
      return [amountFormula ? `${nameOf(pair)} (=${amountFormula})` : nameOf(pair)];
    return [];
  });
  return examples.length > 0
    ? differenceText.amountLost(examples.length, firstFew(examples))
    : null;
}

function amountsAsText(pairs: SourceItem[]): string | null {
  const examples = pairs
    .filter((pair) => pair.item.amountText !== undefined)
    .map((pair) => `${nameOf(pair)} ${quoted(pair.item.amountText ?? "")}`);
  return examples.length > 0
    ? differenceText.amountText(examples.length, firstFew(examples))
    : null;
}

/** The new table has one Kinh phí column: the source's main one. Its other columns are named, not lost silently. */
function droppedAmountColumns(appendix: Appendix): string | null {
  const columns = appendix.amountColumns;
  if (columns.length < 2) return null;
  const main = columns.find((column) => column.column === appendix.columns.budget) ?? columns[0];
  const others = columns.filter((column) => column !== main).map((column) => column.label);
  return differenceText.amountColumns(main.label, others);
}

function unitOf(scale: number): string {
  return differenceText.units[scale] ?? `${money(scale)} đồng`;
}

// ---- numbers -------------------------------------------------------------------------------------

/**
 * Rows whose TT the new sheet writes as another number, or the same number written otherwise ("2,2,1"
 * as 2.2.1, a date Excel made of "1.2"). A dot after the number or a leading zero dropped is format.
 */
function renumbered(pairs: SourceItem[]): string | null {
  const examples: string[] = [];
  for (const { item, node } of pairs) {
    const before = node.row.numberText.trim();
    if (before === item.number) continue;
    const was = readNumber(before);
    const now = readNumber(item.number);
    const same =
      was.kind === "number" &&
      now.kind === "number" &&
      was.number.flaw === undefined &&
      was.number.kind === now.number.kind &&
      was.number.parts.join(".") === now.number.parts.join(".");
    if (!same) examples.push(differenceText.renumber(before, item.number));
  }
  return examples.length > 0
    ? differenceText.renumbered(examples.length, firstFew(examples))
    : null;
}
