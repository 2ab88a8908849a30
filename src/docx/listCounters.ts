import { LIST_LEVELS, ListInstance } from "./listDefinitions";
import { listNumberText } from "./listNumberText";

/**
 * The numbers Word shows before list paragraphs, counted in document order. Counts belong to the
 * abstract numbering, shared by its instances, so a list split over several w:num goes on; an instance
 * with a w:startOverride restarts a level at its first paragraph of that level (how Word's "Restart at
 * 1" is written).
 */
export class ListCounters {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  /**
   * The label of the next paragraph of the instance `numId` at level `ilvl`: "1.", "a)", "II.",
   * "1.2."; "-" for a bullet of the top level and "+" for a deeper one or a "+" bullet. Null when the level shows
   * nothing.
   */
  next(numId: string, instance: ListInstance, ilvl: number): string | null {
    const level = instance.level(ilvl);
    if (!level) return null;
    const counts = this.counts.get(instance.list) ?? [];
    this.counts.set(instance.list, counts);

    const restart = instance.startOverride(ilvl);
    const key = `${numId}/${ilvl}`;
    if (restart !== undefined && !this.started.has(key)) counts[ilvl] = restart;
    else counts[ilvl] = counts[ilvl] === undefined ? level.start : (counts[ilvl] as number) + 1;
    this.started.add(key);
    for (let deeper = ilvl + 1; deeper < LIST_LEVELS; deeper++) {
      const after = instance.level(deeper)?.restartAfter;
      // w:lvlRestart counts levels from 1; one that is not above the level itself is ignored.
      const bound = after !== undefined && after <= deeper ? after : deeper;
      if (after !== 0 && ilvl < bound) counts[deeper] = undefined;
    }

    // A "+" bullet is a sub-bullet wherever it is: officers often indent one with the ruler, not a level.
    if (level.format === "bullet") return ilvl === 0 && level.text.trim() !== "+" ? "-" : "+";
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const shownLevel = instance.level(shown);
      // A level above that no paragraph has used yet shows its start.
      const value = counts[shown] ?? shownLevel?.start ?? 0;
      return listNumberText(value, level.legal ? "decimal" : (shownLevel?.format ?? "decimal"));
    });
    return label.trim() === "" ? null : label.trim();
  }
}
