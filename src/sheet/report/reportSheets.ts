import { PeriodReport } from "../../domain/report/report";
import { uniqueSheetName } from "../sheetNames";
import { SheetDescription } from "../sheetDescription";
import { periodReportSheet, PeriodReportLayout, ReportPlace } from "./periodReportSheet";
import { reportText } from "./reportText";
import { sectionReportSheet } from "./sectionReportSheet";
import { unitReportSheet } from "./unitReportSheet";

export interface ReportSheets {
  /** The period's report, then by lead unit, then by section. */
  sheets: [SheetDescription, SheetDescription, SheetDescription];
  layout: PeriodReportLayout;
}

/**
 * The three sheets of a period's report, under names no sheet of `existing` has: regenerating a
 * report gives "BC Quý I 2024 (2)" and its parts the same number, never replacing the first one. The
 * names are settled before the sheets are built, as the by-section sheet's formulas name the first.
 */
export function reportSheets(
  report: PeriodReport,
  existing: readonly string[],
  place: ReportPlace,
  date: string
): ReportSheets {
  const short = reportText.periodShort[report.period.rule.id] ?? report.period.rule.name;
  const year = report.period.year;
  const wanted = [
    reportText.sheetName(short, year),
    reportText.unitSheetName(short, year),
    reportText.sectionSheetName(short, year),
  ];
  const names = freeNames(wanted, existing);
  const period = periodReportSheet(report, names[0], place, date);
  const unit = unitReportSheet(report, names[1], names[0], period.layout);
  const section = sectionReportSheet(report, names[2], names[0], period.layout);
  return { sheets: [period.sheet, unit, section.sheet], layout: period.layout };
}

/** The names as they are when all are free, else all with the first number " (n)" that frees them. */
function freeNames(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = new Set(existing.map((name) => name.normalize("NFC").toLocaleLowerCase("vi-VN")));
  for (let n = 1; ; n++) {
    const names = wanted.map((name) => (n === 1 ? uniqueSheetName(name, []) : numbered(name, n)));
    if (names.every((name) => !taken.has(name.toLocaleLowerCase("vi-VN")))) return names;
  }
}

function numbered(name: string, n: number): string {
  const suffix = ` (${n})`;
  return `${uniqueSheetName(name, [])
    .slice(0, 31 - suffix.length)
    .trim()}${suffix}`;
}
