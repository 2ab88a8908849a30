import { analysisOf, AppendixAnalysis } from "./analysis";
import { Appendix } from "./appendix";
import { Misplaced } from "./budgetAudit";
import { WRITTEN_FIELDS, WrittenField } from "./columns";
import { Outline, OutlineNode } from "./outline";
import { numberOf } from "./rowNames";

/** One row of an appendix to write: a task, or a group whose amount is the sum of its children. */
export interface PlanItem {
  /** The TT to write; "" for an unnumbered sub-item. */
  number: string;
  task: string;
  lead: string;
  partners: string;
  product: string;
  schedule: string;
  /** The amount in đồng as typed on this row: a task's own, or a group's lump sum when nothing below has one. */
  amount: number | null;
  /** An amount that could not be read, kept as the text it was so that nothing is lost. */
  amountText?: string;
  /** Kinh phí written in words that name no amount ("Lồng ghép"), kept as written; not an amount. */
  amountNote?: string;
  children: PlanItem[];
}

/** "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của …)": what the officer fills in. */
export interface PlanReference {
  planNumber: string;
  day: string;
  month: string;
  year: string;
  issuer: string;
}

export interface AppendixPlan {
  /** The appendix title, written in capitals. */
  title: string;
  reference: PlanReference;
  items: PlanItem[];
}

export const BLANK_REFERENCE: PlanReference = {
  planNumber: "…",
  day: "…",
  month: "…",
  year: "…",
  issuer: "…",
};

/** The areas of a commune's CCHC plan, as the blank appendix offers them. */
const CCHC_AREAS = [
  "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
  "CẢI CÁCH THỂ CHẾ",
  "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH",
  "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
  "CẢI CÁCH TÀI CHÍNH CÔNG",
  "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
];

/** A plan item's texts, column by column as COLUMNS has them: the task and the texts about it. */
function textsOf(source: Partial<Record<WrittenField, string>>): Record<WrittenField, string> {
  const texts = {} as Record<WrittenField, string>;
  for (const field of WRITTEN_FIELDS) texts[field] = source[field] ?? "";
  return texts;
}

function item(number: string, task: string, children: PlanItem[] = []): PlanItem {
  return { number, ...textsOf({ task }), amount: null, children };
}

/** A correctly formatted appendix to fill in: the CCHC areas, each with an empty first task. */
export function blankPlan(year: string): AppendixPlan {
  return {
    title: `Nhiệm vụ cải cách hành chính năm ${year} và dự trù kinh phí thực hiện`,
    reference: { ...BLANK_REFERENCE, year },
    items: CCHC_AREAS.map((area, i) => item(String(i + 1), area, [item(`${i + 1}.1`, "")])),
  };
}

/**
 * The plan an existing table describes: its rows as the outline arranges them. An amount the checker
 * found one level too low (a parent's subtotal written on a child) is taken off the child, so that
 * rewriting the table with formulas does not count it twice.
 */
function planFromAppendix(
  outline: Outline,
  title: string,
  reference: PlanReference,
  misplaced: readonly Misplaced[] = []
): AppendixPlan {
  const movedAway = new Set(misplaced.map((m) => m.node));
  const toItem = (node: OutlineNode): PlanItem => {
    const { row } = node;
    const planItem: PlanItem = {
      number: numberOf(row),
      ...textsOf(row),
      amount: row.amount.kind === "amount" && !movedAway.has(node) ? row.amount.value : null,
      children: node.children.map(toItem),
    };
    if (row.amount.kind === "unreadable") planItem.amountText = row.amount.text;
    else if (row.amount.kind === "empty" && row.amount.text) planItem.amountNote = row.amount.text;
    return planItem;
  };
  return { title, reference, items: outline.roots.map(toItem) };
}

/**
 * The plan of a table read from a sheet or a file, with the checker's reading of its amounts.
 * `analysis`, when the caller has one of this appendix, is used instead of working it out again.
 */
export function planFromTable(
  appendix: Appendix,
  title: string,
  reference: PlanReference,
  analysis?: AppendixAnalysis
): AppendixPlan {
  const { main } = analysisOf(appendix, analysis);
  return planFromAppendix(main.outline, title, reference, main.budget.misplaced);
}

/** Whether an item or anything below it carries an amount, so that its own amount is a subtotal. */
export function hasAmountBelow(planItem: PlanItem): boolean {
  return planItem.children.some(
    (child) => child.amount !== null || child.amountText !== undefined || hasAmountBelow(child)
  );
}

/** What an item adds to its parent: its own amount, or what its children add up to. */
export function itemTotal(planItem: PlanItem): number {
  if (hasAmountBelow(planItem))
    return planItem.children.reduce((sum, child) => sum + itemTotal(child), 0);
  return planItem.amount ?? 0;
}

/** The first month of the last quarter, when next year's plan is signed. */
const SIGNED_THE_YEAR_BEFORE = 10;

/**
 * The year a plan is signed, when the officer gives its day and month but not its year. A commune's
 * CCHC plan for a year is signed at the start of that year or in the last months of the year before,
 * after the district's plan: "25/12" for the 2025 plan is 25/12/2024, "06/01" is 06/01/2025. A plan for
 * a year is not signed in that year's last quarter, so months 10 to 12 are read as the year before.
 */
export function signingYear(planYear: string, month: string): string {
  return Number(month) >= SIGNED_THE_YEAR_BEFORE ? String(Number(planYear) - 1) : planYear;
}

/** The year a plan signed on a day of `month` of `year` is for: signingYear the other way round. */
export function planYearOfSigning(year: number, month: number): number {
  return month >= SIGNED_THE_YEAR_BEFORE ? year + 1 : year;
}
