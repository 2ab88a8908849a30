import { PlanComparison } from "../../domain/consolidation/planComparison";
import { SheetDescription } from "../sheetDescription";
import {
  AMOUNT,
  CELL,
  COUNT,
  HEADER_CELL,
  SheetRows,
  TEXT,
  TEXT_CELL,
} from "../report/reportLayout";
import { consolidationText } from "./consolidationText";

const text = consolidationText.comparison;
/** TT, Mục or Nhiệm vụ, the two years' Kinh phí, the change. */
const WIDTHS = [5, 50, 16, 16, 16];

/**
 * Two years of one unit's plan as one sheet: each area's Kinh phí in both years and the change (a
 * formula), then the tasks added and the tasks dropped, and how many were kept.
 */
export function comparisonSheet(
  comparison: PlanComparison,
  years: { before: string; after: string }
): SheetDescription {
  const rows = new SheetRows(WIDTHS);
  const last = WIDTHS.length;
  rows.line(text.title, { ...TEXT, bold: true, horizontal: "center", size: 14 }, 1, last);
  rows.line(
    text.subtitle(years.before, years.after),
    { ...TEXT, italic: true, horizontal: "center" },
    1,
    last
  );
  rows.line(
    text.counts(comparison.kept.length, comparison.added.length, comparison.dropped.length),
    TEXT,
    1,
    last
  );
  rows.blank();
  rows.line(text.sectionsHeading, { ...TEXT, bold: true }, 1, last);
  rows.add(
    text.sectionColumns(years.before, years.after).map((value) => ({ value, style: HEADER_CELL }))
  );
  const first = rows.next;
  comparison.bySection.forEach((section, index) => {
    const row = rows.next;
    rows.add([
      { value: index + 1, style: COUNT },
      { value: section.title, style: TEXT_CELL },
      { value: section.before, style: AMOUNT },
      { value: section.after, style: AMOUNT },
      { formula: `=D${row}-C${row}`, value: section.change, style: AMOUNT },
    ]);
  });
  const lastSection = rows.next - 1;
  if (comparison.bySection.length > 0) {
    const total = rows.next;
    const bold = { ...AMOUNT, bold: true };
    rows.add([
      { style: CELL },
      { value: consolidationText.total, style: { ...TEXT_CELL, bold: true } },
      { formula: `=SUM(C${first}:C${lastSection})`, style: bold },
      { formula: `=SUM(D${first}:D${lastSection})`, style: bold },
      { formula: `=D${total}-C${total}`, style: bold },
    ]);
  }
  for (const [heading, tasks] of [
    [text.addedHeading, comparison.added],
    [text.droppedHeading, comparison.dropped],
  ] as const) {
    rows.blank();
    rows.line(heading(tasks.length), { ...TEXT, bold: true }, 1, last);
    tasks.forEach((task, index) =>
      rows.add([
        { value: index + 1, style: COUNT },
        { value: task.text, style: TEXT_CELL },
        { value: task.planned, style: AMOUNT },
      ])
    );
  }
  return rows.sheet(text.sheetName, { orientation: "portrait", printedColumns: last });
}
