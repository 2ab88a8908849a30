import { LineShape } from "./lineShapes";
import { Label, LabelField, labelsInside } from "./planLabels";
import { PlanLine } from "./planLines";

/**
 * The outline of a plan's text: parts, then their sections, lettered points and bullets, each item with
 * the labels written under it. A block of label lines belongs to the items written since the block
 * before it in the same section or point (a section's bullets, then "Cơ quan chủ trì …" for them all;
 * or task, labels, task, labels), or to the section or point itself when it has no items yet.
 */

export type ItemKind = "section" | "letter" | "bullet" | "paragraph";

export interface OutlineItem {
  kind: ItemKind;
  /** A section's numbers as written ([1], [2, 1]); a point's letter. */
  mark: number[] | string | null;
  text: string;
  labels: Partial<Record<LabelField, string[]>>;
  /** Among the lead labels, the rank of the one kept as the lead (planLabels). */
  leadRank?: number;
  children: OutlineItem[];
  lines: number[];
}

export interface OutlinePart {
  /** 0 for the text before the first part, or when the text has none. */
  value: number;
  title: string;
  lines: number[];
  items: OutlineItem[];
  /** Label lines found in the part, wherever they were: a sign that it holds tasks. */
  labelCount: number;
}

interface Container {
  item: OutlineItem;
  /** Items added since its last block of labels. */
  sinceLabels: OutlineItem[];
}

export function planOutline(
  paragraphs: readonly { line: PlanLine; shape: LineShape }[]
): OutlinePart[] {
  const parts: OutlinePart[] = [{ value: 0, title: "", lines: [], items: [], labelCount: 0 }];
  let part = parts[0];
  /** Open sections and points, outermost first. */
  let open: Container[] = [];
  let lastItem = null as OutlineItem | null;
  let lastWasLabel = false;
  /** Whether a numbered section has been met: the plan's body has begun. */
  let begun = false;
  let labelTargets: OutlineItem[] = [];
  /** The field of the last label line, and whether its value is still to come on the lines below. */
  let openField: { targets: OutlineItem[]; field: LabelField; empty: boolean } | null = null;

  const item = (
    kind: ItemKind,
    mark: OutlineItem["mark"],
    text: string,
    lines: number[]
  ): OutlineItem => {
    const made: OutlineItem = { kind, mark, text, labels: {}, children: [], lines: [...lines] };
    // Labels written on the task's own line, after its text: "… . Chủ trì: Tư pháp; Thời gian: Quý II".
    const inside = labelsInside(text);
    if (inside && inside.before.trim() !== "") {
      made.text = inside.before.replace(/[\s([–-]+$/, "").trim();
      for (const label of inside.labels) addLabel(made, label, []);
    }
    return made;
  };
  const addTo = (child: OutlineItem) => {
    const container = open[open.length - 1];
    if (container) {
      container.item.children.push(child);
      for (const each of open) each.sinceLabels.push(child);
    } else part.items.push(child);
    lastItem = child;
  };

  for (const { line, shape } of paragraphs) {
    const wasLabel = lastWasLabel;
    lastWasLabel = false;
    if (shape.kind === "part") {
      part = {
        value: shape.value,
        title: shape.text,
        lines: [...line.lines],
        items: [],
        labelCount: 0,
      };
      parts.push(part);
      open = [];
      lastItem = null;
      openField = null;
      continue;
    }
    // A title in capitals heads the numbered items under it, once the plan's body has begun (before,
    // such lines are its heading: the nation's name, "KẾ HOẠCH").
    if (shape.kind === "heading" && (part.value > 0 || begun)) {
      const heading = item("section", null, shape.text, line.lines);
      open = [];
      addTo(heading);
      open.push({ item: heading, sinceLabels: [] });
      openField = null;
      continue;
    }
    if (shape.kind === "section") {
      begun = true;
      const section = item("section", shape.parts, shape.text, line.lines);
      // "2.1." under "2.": a section one level deeper goes inside the one open above it; under a
      // title in capitals, "1.", "2." are its items.
      const floor = open[0]?.item.mark === null ? 1 : 0;
      while (open.length > floor && !isInside(shape.parts, open[open.length - 1].item)) open.pop();
      addTo(section);
      open.push({ item: section, sinceLabels: [] });
      openField = null;
      continue;
    }
    if (shape.kind === "letter") {
      while (open.length > 0 && open[open.length - 1].item.kind === "letter") open.pop();
      const point = item("letter", shape.letter, shape.text, line.lines);
      addTo(point);
      open.push({ item: point, sinceLabels: [] });
      openField = null;
      continue;
    }
    if (shape.kind === "label") {
      part.labelCount++;
      lastWasLabel = true;
      const container = open[open.length - 1];
      if (!wasLabel) {
        // A "+" label under a "-" bullet is that bullet's own.
        if (
          shape.level === 1 &&
          lastItem &&
          lastItem.kind !== "section" &&
          lastItem.kind !== "letter"
        )
          labelTargets = [lastItem];
        else if (container) {
          const since = container.sinceLabels.filter((each) =>
            container.item.children.includes(each)
          );
          labelTargets = since.length > 0 ? since : [container.item];
          container.sinceLabels = [];
        } else labelTargets = lastItem ? [lastItem] : [];
      }
      for (const target of labelTargets)
        for (const label of shape.labels) addLabel(target, label, line.lines);
      const last = shape.labels[shape.labels.length - 1];
      openField = {
        targets: labelTargets,
        field: last.field,
        empty: last.value === "",
      };
      continue;
    }
    // "Thời gian thực hiện:" with its value on the line below, in plain text.
    const valueBelow = shape.kind === "text" && wasLabel && openField?.empty === true;
    if (openField && ((shape.kind === "bullet" && shape.level === 1 && wasLabel) || valueBelow)) {
      // "+ Quý I: …" under "Thời gian thực hiện:" goes on with that field.
      for (const target of openField.targets)
        appendToLabel(target, openField.field, shape.text, line.lines);
      if (valueBelow) openField.empty = false;
      lastWasLabel = true;
      continue;
    }
    openField = null;
    if (shape.kind === "bullet" && shape.level === 1 && lastItem && lastItem.kind !== "section") {
      // A "+" under a task goes on with the task.
      lastItem.text = `${lastItem.text}\n${shape.text}`;
      lastItem.lines.push(...line.lines);
      continue;
    }
    if (shape.kind === "row") continue;
    const kind: ItemKind = shape.kind === "bullet" ? "bullet" : "paragraph";
    addTo(item(kind, null, shape.text, line.lines));
  }
  return parts;
}

/** Whether a section numbered `parts` goes inside the open item: one level deeper, same start. */
function isInside(parts: number[], open: OutlineItem): boolean {
  if (open.kind !== "section" || !Array.isArray(open.mark)) return false;
  const mark = open.mark;
  return parts.length > mark.length && mark.every((value, index) => parts[index] === value);
}

function addLabel(target: OutlineItem, label: Label, lines: number[]): void {
  const values = (target.labels[label.field] ??= []);
  if (label.field === "lead") {
    // The lead is the label of the best rank; the others name partners.
    const rank = target.leadRank ?? Number.POSITIVE_INFINITY;
    if (label.rank < rank) {
      if (values.length > 0) (target.labels.partners ??= []).push(...values.splice(0));
      target.leadRank = label.rank;
    } else if (label.rank > rank) {
      if (label.value !== "") (target.labels.partners ??= []).push(label.value);
      target.lines.push(...lines);
      return;
    }
  }
  if (label.value !== "") values.push(label.value);
  target.lines.push(...lines);
}

function appendToLabel(
  target: OutlineItem,
  field: LabelField,
  text: string,
  lines: number[]
): void {
  const fieldName = field === "lead" && target.labels.lead === undefined ? "partners" : field;
  (target.labels[fieldName] ??= []).push(text);
  target.lines.push(...lines);
}
