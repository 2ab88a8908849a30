import { cellUnits } from "./cellUnits";
import { readsAsUnit } from "./readsAsUnit";
import { UnitKey, unitKey } from "./unitKey";

export { DEFAULT_UNITS } from "./defaultUnits";

/** Whether two names are one unit: the same words, or an abbreviation of the other's. */
function sameUnit(a: UnitKey, b: UnitKey): boolean {
  return (
    a.key === b.key ||
    ((a.abbreviated || b.abbreviated) &&
      a.signatures.some((s) => s.length >= 2 && b.signatures.includes(s)))
  );
}

/**
 * The units of the Chủ trì drop-down, from NAMES (the defaults and a plan's lead cells), in the order
 * first named: each cell split into the units it names, only those that read as a unit kept (an
 * abbreviation such as "VP-TK" when it stands for one of them), one entry per unit under the first
 * spelling given (a spelled-out name replacing an abbreviation). A list of a few dozen units: a scan
 * per name is cheap here; reports use ./unitNames, which is linear in the cells.
 */
export function unitList(names: readonly string[]): string[] {
  const units: { name: string; key: UnitKey }[] = [];
  for (const cell of names) {
    for (const name of cellUnits(cell)) {
      const key = unitKey(name);
      const found = units.find((unit) => sameUnit(unit.key, key));
      if (found) {
        if (found.key.abbreviated && !key.abbreviated) Object.assign(found, { name, key });
        continue;
      }
      if (readsAsUnit(name, key)) units.push({ name, key });
    }
  }
  return units.map((unit) => unit.name);
}
