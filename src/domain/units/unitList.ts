import { cellUnits } from "./cellUnits";
import { readsAsUnit } from "./readsAsUnit";
import { UnitIndex } from "./unitIndex";
import { UnitKey, unitKey } from "./unitKey";

export { DEFAULT_UNITS } from "./defaultUnits";

/** One entry of the drop-down: the name it shows and whether that name is an abbreviation. */
interface Entry {
  name: string;
  abbreviated: boolean;
}

/**
 * The units of the Chủ trì drop-down, from NAMES (the defaults and a plan's lead cells), in the order
 * first named: each cell split into the units it names, only those that read as a unit kept (an
 * abbreviation such as "VP-TK" when it stands for one of them), one entry per unit under the first
 * spelling given (a spelled-out name replacing an abbreviation). Names are one unit by the rule the
 * reports group by (./unitIndex), so the list and the reports' units agree.
 */
export function unitList(names: readonly string[]): string[] {
  const entries: Entry[] = [];
  const index = new UnitIndex<Entry>();
  for (const cell of names) {
    for (const name of cellUnits(cell)) {
      const key: UnitKey = unitKey(name);
      const found = index.find(key);
      if (found) {
        if (found.abbreviated && !key.abbreviated)
          Object.assign(found, { name, abbreviated: false });
        index.enter(key, found);
        continue;
      }
      if (!readsAsUnit(name, key)) continue;
      const entry = { name, abbreviated: key.abbreviated };
      entries.push(entry);
      index.enter(key, entry);
    }
  }
  return entries.map((entry) => entry.name);
}
