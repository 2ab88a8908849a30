import { cellUnits, shownName } from "./cellUnits";
import { DEFAULT_KEYS } from "./defaultUnits";
import { readsAsUnit } from "./readsAsUnit";
import { UnitIndex } from "./unitIndex";
import { plain, UnitKey, unitKey } from "./unitKey";

/** How the officer says a spelling is a unit: "VP-TK" → "Văn phòng – Thống kê", on the settings sheet. */
export interface UnitAlias {
  written: string;
  unit: string;
}

export interface UnitNames {
  /** The units a lead cell names, each once, by their one display name across the whole table. [] for a blank cell. */
  unitsOf(cell: string): string[];
}

/** One unit of the table and the spellings it was met under. */
interface Unit {
  /** The name an alias gives it: it wins over every spelling. */
  alias: string | null;
  spellings: Map<string, Spelling>;
}

interface Spelling {
  abbreviated: boolean;
  words: number;
  commas: number;
  count: number;
  order: number;
}

/** A name read from a cell: how it is compared and how it would be shown. */
interface ReadName {
  key: UnitKey;
  shown: string;
}

/** An abbreviation alone, "VH-XH", "TN&TKQ": a unit's name however little it says. */
const ALL_CAPITALS = /^[\p{Lu}\d\s&\-–—./]+$/u;

/** The spelling a report shows: spelled out, the fullest, without commas, the most used, the first met. */
function better(a: Spelling, b: Spelling): boolean {
  if (a.abbreviated !== b.abbreviated) return !a.abbreviated;
  if (a.words !== b.words) return a.words > b.words;
  // "Văn hóa, xã hội" is "Văn hóa – Xã hội" written in a hurry.
  if (a.commas !== b.commas) return a.commas < b.commas;
  if (a.count !== b.count) return a.count > b.count;
  return a.order < b.order;
}

function readName(name: string): ReadName {
  const key = unitKey(name);
  const unit = readsAsUnit(name, key) || ALL_CAPITALS.test(key.shown);
  // A name that does not read as a unit ("Đội ngũ cán bộ UBND xã") keeps its words: it is someone all
  // the same, and every task counts for someone.
  const shown = unit && key.shown !== "" ? key.shown : shownName(name);
  return { key: key.key === "" ? { ...key, key: plain(name) } : key, shown };
}

/**
 * Built once from every lead cell of the table: one display name per unit (an alias's unit wins; else
 * the fullest spelled-out spelling met, titles, level and brackets dropped), so that all spellings of a
 * unit count together. Linear in the cells: each distinct cell is read once, each name found by a map
 * lookup on its key or its initials.
 */
export function unitNames(cells: readonly string[], aliases: readonly UnitAlias[]): UnitNames {
  const index = new UnitIndex<Unit>();
  const aliasOf = new Map<string, Unit>();
  let order = 0;

  const find = (key: UnitKey): Unit | undefined => aliasOf.get(key.key) ?? index.find(key);
  const enter = (key: UnitKey, unit: Unit) => index.enter(key, unit);
  const newUnit = (): Unit => ({ alias: null, spellings: new Map() });

  for (const alias of aliases) {
    const written = alias.written.trim();
    const name = alias.unit.trim();
    if (written === "" || name === "") continue;
    const key = readName(name).key;
    const unit = find(key) ?? newUnit();
    unit.alias ??= name;
    enter(key, unit);
    const writtenKey = readName(written).key.key;
    if (!aliasOf.has(writtenKey)) aliasOf.set(writtenKey, unit);
  }

  // Names a comma may not split: the aliases', and those the table writes whole elsewhere.
  const known = new Set([...DEFAULT_KEYS, ...aliasOf.keys(), ...index.keys()]);
  const distinct = [...new Set(cells)];
  for (const cell of distinct) {
    for (const name of cellUnits(cell, known)) known.add(unitKey(name).key);
  }

  /** The names of a cell: the whole cell when an alias names it ("Văn phòng HĐND và UBND"), else its parts. */
  const namesOf = (cell: string): ReadName[] => {
    if (aliasOf.size > 0) {
      const whole = readName(cell);
      if (aliasOf.has(whole.key.key)) return [whole];
    }
    return cellUnits(cell, known).map(readName);
  };

  const read = new Map<string, { unit: Unit; name: ReadName }[]>();
  for (const cell of distinct) {
    read.set(
      cell,
      namesOf(cell).map((name) => {
        const unit = find(name.key) ?? newUnit();
        enter(name.key, unit);
        return { unit, name };
      })
    );
  }
  for (const cell of cells) {
    for (const { unit, name } of read.get(cell) ?? []) {
      const spelling = unit.spellings.get(name.shown);
      if (spelling) spelling.count++;
      else
        unit.spellings.set(name.shown, {
          abbreviated: name.key.abbreviated,
          words: name.key.words,
          commas: name.shown.split(",").length - 1,
          count: 1,
          order: order++,
        });
    }
  }

  const display = new Map<Unit, string>();
  for (const entries of read.values()) {
    for (const { unit } of entries) {
      if (display.has(unit)) continue;
      let best: [string, Spelling] | null = null;
      for (const entry of unit.spellings)
        if (best === null || better(entry[1], best[1])) best = entry;
      display.set(unit, unit.alias ?? best?.[0] ?? "");
    }
  }

  return {
    unitsOf(cell: string): string[] {
      const entries =
        read.get(cell) ?? namesOf(cell).map((name) => ({ unit: find(name.key) ?? null, name }));
      const units: string[] = [];
      for (const { unit, name } of entries) {
        const shown = (unit && (unit.alias ?? display.get(unit))) || name.shown;
        if (!units.includes(shown)) units.push(shown);
      }
      return units;
    },
  };
}
