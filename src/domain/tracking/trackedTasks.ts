import { Appendix, AppendixRow } from "../appendix";
import { Outline, isGroup } from "../outline";
import { Tracking, TrackingField } from "./tracking";

/** A task row (no rows under it) with its tracking cells read. */
export interface TrackedTask {
  row: AppendixRow;
  tracking: Tracking;
}

/**
 * The task rows the tracking rules judge: rows with no rows under them (a group's progress is its
 * tasks'), in sheet order; none when the table has no tracking columns.
 */
export function trackedTasks(outline: Outline): readonly TrackedTask[] {
  // Every tracking rule asks for the same list of the same outline: it is made once.
  let tasks = made.get(outline);
  if (tasks) return tasks;
  tasks = [];
  for (const node of outline.nodes) {
    const { tracking } = node.row;
    if (tracking && !isGroup(node)) tasks.push({ row: node.row, tracking });
  }
  made.set(outline, tasks);
  return tasks;
}

const made = new WeakMap<Outline, TrackedTask[]>();

/** The sheet column of a tracking field, for a finding at its cell; undefined when the table lacks it. */
export function trackingColumn(appendix: Appendix, field: TrackingField): number | undefined {
  return appendix.tracking?.[field];
}
