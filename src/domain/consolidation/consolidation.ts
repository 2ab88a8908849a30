import { sectionKey } from "./sectionKey";
import { PeriodFigures, SourceFigures } from "./sourceFigures";
import { unitNames } from "../units/unitNames";

/**
 * Many appendices (a province's communes, a commune's departments) summed up: each source as read, the
 * planned totals of the readable ones, and the totals by section (areas matched by their titles, since
 * units number them differently) and by lead unit (spellings matched by the unit rules) across them.
 */

export type SourceStatus = "ok" | "errors" | "unreadable";

/** A source as the consolidation was given it: read, or why not. */
export type SourceInput =
  | {
      file: string;
      sheet: string;
      unit: string;
      figures: SourceFigures;
      /** The plan's year, when its title names it. */
      year?: number | null;
    }
  | { file: string; message: string };

export interface SourceLine {
  file: string;
  sheet: string | null;
  unit: string | null;
  status: SourceStatus;
  message: string | null;
  tasks: number;
  planned: number | null;
  plannedByRows: number | null;
  errors: number;
  warnings: number;
  /** The period's figures when one was asked for (not in the JSON, whose shape is fixed). */
  period?: PeriodFigures | null;
}

export interface Consolidation {
  sources: SourceLine[];
  /** The readable sources' planned totals as written, and their tasks. */
  total: { planned: number; tasks: number };
  bySection: { title: string; planned: number; tasks: number }[];
  byUnit: { unit: string; tasks: number; planned: number }[];
}

export function consolidate(inputs: readonly SourceInput[]): Consolidation {
  const sources = inputs.map(sourceLine);
  const read = inputs.flatMap((input) => ("figures" in input ? [input.figures] : []));
  return {
    sources,
    total: {
      planned: read.reduce((sum, figures) => sum + (figures.planned ?? 0), 0),
      tasks: read.reduce((sum, figures) => sum + figures.tasks, 0),
    },
    bySection: bySection(read),
    byUnit: byUnit(read),
  };
}

function sourceLine(input: SourceInput): SourceLine {
  if (!("figures" in input))
    return {
      file: input.file,
      sheet: null,
      unit: null,
      status: "unreadable",
      message: input.message,
      tasks: 0,
      planned: null,
      plannedByRows: null,
      errors: 0,
      warnings: 0,
    };
  const { figures } = input;
  return {
    file: input.file,
    sheet: input.sheet,
    unit: input.unit,
    status: figures.errors > 0 ? "errors" : "ok",
    message: null,
    tasks: figures.tasks,
    planned: figures.planned,
    plannedByRows: figures.plannedByRows,
    errors: figures.errors,
    warnings: figures.warnings,
    ...(figures.period !== undefined ? { period: figures.period } : {}),
  };
}

/** The consolidation as `--format json` prints it: exactly the fields of its contract. */
export function consolidationJson(summary: Consolidation): object {
  return {
    sources: summary.sources.map((source) => ({
      file: source.file,
      sheet: source.sheet,
      unit: source.unit,
      status: source.status,
      message: source.message,
      tasks: source.tasks,
      planned: source.planned,
      plannedByRows: source.plannedByRows,
      errors: source.errors,
      warnings: source.warnings,
    })),
    total: summary.total,
    bySection: summary.bySection,
    byUnit: summary.byUnit,
  };
}

/** The sections of every source by their key, in the order first met, under their most used title. */
function bySection(read: readonly SourceFigures[]): Consolidation["bySection"] {
  const sections = new Map<
    string,
    { titles: Map<string, number>; planned: number; tasks: number }
  >();
  for (const figures of read)
    for (const section of figures.sections) {
      const key = sectionKey(section.title);
      const entry = sections.get(key) ?? { titles: new Map(), planned: 0, tasks: 0 };
      entry.titles.set(section.title, (entry.titles.get(section.title) ?? 0) + 1);
      entry.planned += section.planned;
      entry.tasks += section.tasks;
      sections.set(key, entry);
    }
  return [...sections.values()].map(({ titles, planned, tasks }) => ({
    title: [...titles].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
    planned,
    tasks,
  }));
}

/** Each unit's tasks and Kinh phí across the sources; a task led by several units counts for each. */
function byUnit(read: readonly SourceFigures[]): Consolidation["byUnit"] {
  const tasks = read.flatMap((figures) => figures.tasksByLead);
  const names = unitNames(
    tasks.map((task) => task.lead),
    []
  );
  const units = new Map<string, { tasks: number; planned: number }>();
  for (const task of tasks)
    for (const unit of names.unitsOf(task.lead)) {
      const entry = units.get(unit) ?? { tasks: 0, planned: 0 };
      entry.tasks++;
      entry.planned += task.planned;
      units.set(unit, entry);
    }
  return [...units].map(([unit, figures]) => ({ unit, ...figures }));
}
