import { UnitKey } from "./unitKey";

/** Initials shorter than this say too little to tell units apart. */
const SHORTEST_SIGNATURE = 2;

/**
 * The one rule of which names are one unit, for the Chủ trì drop-down (./unitList) and the reports
 * (./unitNames) alike: the same key, or the same initials (two letters or more) when the name is an
 * abbreviation ("VP-TK") or the unit has been met only abbreviated: two spelled-out names are never
 * one unit by their initials alone. A lookup per key and per signature: linear in the names.
 */
export class UnitIndex<Unit> {
  private readonly byKey = new Map<string, Unit>();
  private readonly bySignature = new Map<string, Unit>();
  private readonly abbreviatedOnly = new Map<Unit, boolean>();

  /** The unit a name with this key is, when one is known. */
  find(key: UnitKey): Unit | undefined {
    const found = this.byKey.get(key.key);
    if (found !== undefined) return found;
    for (const signature of key.signatures) {
      if (signature.length < SHORTEST_SIGNATURE) continue;
      const unit = this.bySignature.get(signature);
      if (unit !== undefined && (key.abbreviated || this.abbreviatedOnly.get(unit))) return unit;
    }
    return undefined;
  }

  /** Records that a name with this key is UNIT; the first unit met under a key or signature keeps it. */
  enter(key: UnitKey, unit: Unit): void {
    if (!this.byKey.has(key.key)) this.byKey.set(key.key, unit);
    for (const signature of key.signatures) {
      if (signature.length >= SHORTEST_SIGNATURE && !this.bySignature.has(signature))
        this.bySignature.set(signature, unit);
    }
    this.abbreviatedOnly.set(unit, (this.abbreviatedOnly.get(unit) ?? true) && key.abbreviated);
  }

  /** The keys met so far. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}
