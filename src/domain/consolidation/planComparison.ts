import { folded } from "../text";
import { sectionKey } from "./sectionKey";
import { ListedTask, SourceFigures } from "./sourceFigures";

/**
 * Two years of one unit's plan side by side: the tasks kept, added and dropped (a task is the same
 * when its text is, once folded and its years left out: "Ban hành kế hoạch CCHC năm 2024" is kept as
 * "… năm 2025"), and the budget of each area in both years.
 */
export interface PlanComparison {
  kept: { before: ListedTask; after: ListedTask }[];
  added: ListedTask[];
  dropped: ListedTask[];
  bySection: { title: string; before: number; after: number; change: number }[];
}

/** A task's text as two years are matched by it. */
export function taskKey(text: string): string {
  return folded(text)
    .replace(/\b(?:19|20)\d{2}\b/g, " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function comparePlans(before: SourceFigures, after: SourceFigures): PlanComparison {
  // Each text may stand several times: matched one for one, in order.
  const waiting = new Map<string, ListedTask[]>();
  for (const task of before.taskList) {
    const key = taskKey(task.text);
    waiting.set(key, [...(waiting.get(key) ?? []), task]);
  }
  const kept: PlanComparison["kept"] = [];
  const added: ListedTask[] = [];
  for (const task of after.taskList) {
    const match = waiting.get(taskKey(task.text))?.shift();
    if (match) kept.push({ before: match, after: task });
    else added.push(task);
  }
  const unmatched = new Set([...waiting.values()].flat());
  return {
    kept,
    added,
    dropped: before.taskList.filter((task) => unmatched.has(task)),
    bySection: sectionChanges(before, after),
  };
}

function sectionChanges(before: SourceFigures, after: SourceFigures): PlanComparison["bySection"] {
  const sections = new Map<string, { title: string; before: number; after: number }>();
  const add = (figures: SourceFigures, year: "before" | "after") => {
    for (const section of figures.sections) {
      const key = sectionKey(section.title);
      const entry = sections.get(key) ?? { title: section.title, before: 0, after: 0 };
      entry[year] += section.planned;
      sections.set(key, entry);
    }
  };
  add(before, "before");
  add(after, "after");
  return [...sections.values()].map((entry) => ({ ...entry, change: entry.after - entry.before }));
}
