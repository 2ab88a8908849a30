import { daysInMonth } from "../calendar";
import { cellAddress, cellText, Grid } from "../grid";
import { folded } from "../text";
import { UnitAlias } from "../units/unitNames";
import { DEFAULT_PERIODS, dayOf, PeriodId, PeriodRule, YearDay } from "./periods";
import { settingsProblems, settingsText } from "./settingsText";

/** What the officer sets once for every report, on the "Cài đặt báo cáo" sheet. */
export interface ReportSettings {
  /** The report's issuing body, "UBND XÃ THƯỢNG LỘ"; null when the sheet leaves it blank. */
  issuer: string | null;
  /** The place of the date line, "Thượng Lộ". */
  place: string | null;
  /** One rule per period, in DEFAULT_PERIODS' order. */
  periods: PeriodRule[];
  aliases: UnitAlias[];
}

/** A cell the reader could not use, said in Vietnamese; the default stands in for it. */
export interface SettingsProblem {
  cell: string;
  message: string;
}

export const DEFAULT_SETTINGS: ReportSettings = {
  issuer: null,
  place: null,
  periods: DEFAULT_PERIODS.map((rule) => ({ ...rule })),
  aliases: [],
};

/** How a period's row may name it: the sheet's own words, digits or Roman numerals, "báo cáo" before. */
const PERIOD_NAMES: readonly [PeriodId, RegExp][] = [
  ["q1", /^quy (?:i|1|mot)$/],
  ["h1", /^(?:6|sau) thang(?: dau nam)?$/],
  ["q3", /^quy (?:iii|3|ba)$/],
  ["9m", /^(?:9|chin) thang(?: dau nam)?$/],
  ["year", /^(?:ca |hang )?nam$/],
];
/** "15/12", "15-12", "15.12", "15/12 năm trước"; a year Excel added when it took the text for a date is left aside. */
const DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?(\s+nam truoc)?$/;
/** A window's start is taken for the year before's only from this month on (15/12, 01/11). */
const LATEST_START_MONTH = 11;
/** A leap year, so that 29/02 is a day a rule may name. */
const ANY_YEAR = 2024;

const label = (text: string) => folded(text).replace(/\s*:$/, "");

function periodOf(text: string): PeriodId | null {
  const name = label(text).replace(/^(?:bao cao|ky) /, "");
  return PERIOD_NAMES.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}

function readYearDay(text: string): YearDay | null {
  const match = DAY.exec(label(text));
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(ANY_YEAR, month)) return null;
  return match[3] ? { month, day, previousYear: true } : { month, day };
}

/** Where a header's columns are, by their folded labels; null when a label is missing from the row. */
function columnsOf<K extends string>(
  row: readonly string[],
  labels: Record<K, string>
): Record<K, number> | null {
  const found = {} as Record<K, number>;
  for (const key of Object.keys(labels) as K[]) {
    const column = row.indexOf(label(labels[key]));
    if (column < 0) return null;
    found[key] = column;
  }
  return found;
}

/**
 * The settings the sheet gives: its blocks found by their labels wherever the officer moved them (a
 * "Cơ quan ban hành" and a "Địa danh" cell with the value to their right; the periods table under its
 * "Kỳ báo cáo | Từ ngày | Đến ngày | Hạn gửi" header; the aliases under "Cách ghi | Đơn vị"). A period
 * row that cannot be read, or a period missing, keeps the default, and the problem names its cell.
 */
export function readReportSettings(grid: Grid): {
  settings: ReportSettings;
  problems: SettingsProblem[];
} {
  const problems: SettingsProblem[] = [];
  const texts = grid.rows.map((row) => Array.from(row, (cell) => cellText(cell)));
  const labels = texts.map((row) => row.map(label));
  const address = (row: number, column: number) =>
    cellAddress(grid.firstColumn + column, grid.firstRow + row);

  let issuer: string | null = null;
  let place: string | null = null;
  let periodsHeader: {
    row: number;
    columns: Record<"period" | "from" | "to" | "due", number>;
  } | null = null;
  let aliasesHeader: { row: number; columns: Record<"written" | "unit", number> } | null = null;
  const markers: number[] = [];
  const valueRightOf = (row: number, column: number) =>
    texts[row].slice(column + 1).find((text) => text !== "") ?? null;

  for (const [r, row] of labels.entries()) {
    const issuerAt = row.indexOf(label(settingsText.issuer));
    const placeAt = row.indexOf(label(settingsText.place));
    const periods = columnsOf(row, {
      period: settingsText.period,
      from: settingsText.from,
      to: settingsText.to,
      due: settingsText.due,
    });
    const aliases = columnsOf(row, { written: settingsText.written, unit: settingsText.unit });
    if (issuerAt >= 0 && issuer === null) issuer = valueRightOf(r, issuerAt);
    if (placeAt >= 0 && place === null) place = valueRightOf(r, placeAt);
    if (periods && periodsHeader === null) periodsHeader = { row: r, columns: periods };
    if (aliases && aliasesHeader === null) aliasesHeader = { row: r, columns: aliases };
    if (issuerAt >= 0 || placeAt >= 0 || periods || aliases) markers.push(r);
  }
  /** The rows of a block: under its header, up to the next block's. */
  const blockRows = (header: number) => {
    const end = markers.find((row) => row > header) ?? texts.length;
    return Array.from({ length: end - header - 1 }, (_, i) => header + 1 + i);
  };

  const periods = readPeriods(periodsHeader, blockRows, texts, address, problems);
  const aliases: UnitAlias[] = [];
  if (aliasesHeader !== null) {
    const { written, unit } = aliasesHeader.columns;
    for (const r of blockRows(aliasesHeader.row)) {
      const writtenText = texts[r][written] ?? "";
      const unitText = texts[r][unit] ?? "";
      if (writtenText === "" && unitText === "") continue;
      if (unitText === "")
        problems.push({
          cell: address(r, unit),
          message: settingsProblems.aliasWithoutUnit(writtenText),
        });
      else if (writtenText === "")
        problems.push({
          cell: address(r, written),
          message: settingsProblems.unitWithoutAlias(unitText),
        });
      else aliases.push({ written: writtenText, unit: unitText });
    }
  }
  return { settings: { issuer, place, periods, aliases }, problems };
}

function readPeriods(
  header: { row: number; columns: Record<"period" | "from" | "to" | "due", number> } | null,
  blockRows: (header: number) => number[],
  texts: readonly string[][],
  address: (row: number, column: number) => string,
  problems: SettingsProblem[]
): PeriodRule[] {
  const shownName = (rule: PeriodRule) => settingsText.periodName(rule.name);
  if (header === null) {
    problems.push({ cell: address(0, 0), message: settingsProblems.missingPeriods });
    return DEFAULT_SETTINGS.periods.map((rule) => ({ ...rule }));
  }
  const { period, from, to, due } = header.columns;
  const read = new Map<PeriodId, PeriodRule>();
  const seen = new Set<PeriodId>();
  for (const r of blockRows(header.row)) {
    const row = texts[r];
    const name = row[period] ?? "";
    const days = [from, to, due].map((column) => row[column] ?? "");
    // A row with no day is a line of text between the tables, or a period left empty (missing below).
    if (name === "" || days.every((text) => text === "")) continue;
    const id = periodOf(name);
    if (id === null) {
      problems.push({ cell: address(r, period), message: settingsProblems.unknownPeriod(name) });
      continue;
    }
    const rule = DEFAULT_PERIODS.find((candidate) => candidate.id === id) as PeriodRule;
    if (seen.has(id)) {
      problems.push({
        cell: address(r, period),
        message: settingsProblems.repeatedPeriod(shownName(rule)),
      });
      continue;
    }
    seen.add(id);
    const parsed = days.map(readYearDay);
    const bad = parsed.findIndex((day) => day === null);
    if (bad >= 0) {
      const column = [from, to, due][bad];
      const message =
        days[bad] === ""
          ? settingsProblems.emptyDay(shownName(rule))
          : settingsProblems.unreadableDay(days[bad], shownName(rule));
      problems.push({ cell: address(r, column), message });
      continue;
    }
    const [start, end, dueDay] = parsed as YearDay[];
    const fault = (column: number, message: string) => {
      problems.push({ cell: address(r, column), message });
    };
    // A start after the end belongs to the year before only late in the year ("15/12" before
    // "14/03"): "15/09" before "14/06" is a window typed backwards.
    const window = { month: start.month, day: start.day };
    const startAfterEnd = !start.previousYear && dayOf(window, ANY_YEAR) > dayOf(end, ANY_YEAR);
    if (startAfterEnd && start.month < LATEST_START_MONTH) {
      fault(from, settingsProblems.startAfterEnd(shownName(rule)));
      continue;
    }
    const startDay = startAfterEnd ? { ...window, previousYear: true } : start;
    if (end.previousYear) {
      fault(to, settingsProblems.endInPreviousYear(shownName(rule)));
      continue;
    }
    if (dueDay.previousYear || dayOf(dueDay, ANY_YEAR) < dayOf(end, ANY_YEAR)) {
      fault(due, settingsProblems.dueBeforeEnd(shownName(rule)));
      continue;
    }
    read.set(id, { ...rule, from: startDay, to: end, due: dueDay });
  }
  return DEFAULT_PERIODS.map((rule) => {
    const found = read.get(rule.id);
    if (found) return found;
    if (!seen.has(rule.id))
      problems.push({
        cell: address(header.row, period),
        message: settingsProblems.missingPeriod(shownName(rule)),
      });
    return { ...rule };
  });
}
