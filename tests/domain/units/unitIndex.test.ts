import { describe, expect, test } from "@jest/globals";
import { UnitIndex } from "../../../src/domain/units/unitIndex";
import { unitKey } from "../../../src/domain/units/unitKey";

describe("UnitIndex: the one rule of the drop-down and the reports", () => {
  test("the same key is the same unit", () => {
    const index = new UnitIndex<string>();
    index.enter(unitKey("Văn phòng – Thống kê"), "VPTK");
    expect(index.find(unitKey("Văn phòng, thống kê xã"))).toBe("VPTK");
  });

  test("an abbreviation finds the unit by the initials of any spelling entered, not only the first", () => {
    const index = new UnitIndex<string>();
    index.enter(unitKey("Kinh tế"), "KT");
    index.enter(unitKey("Phòng Kinh tế Hạ tầng"), "KTHT");
    // "PKTHT" is the initials of the second spelling: p k t h t.
    expect(index.find(unitKey("PKTHT"))).toBe("KTHT");
  });

  test("two spelled-out names are not one unit by their initials alone", () => {
    const index = new UnitIndex<string>();
    index.enter(unitKey("Văn hóa"), "VH");
    expect(index.find(unitKey("Vận hành"))).toBeUndefined();
  });

  test("a spelled-out name joins a unit met only abbreviated, not one met spelled out", () => {
    const abbreviated = new UnitIndex<string>();
    abbreviated.enter(unitKey("TP-HT"), "TPHT");
    expect(abbreviated.find(unitKey("Tư pháp – Hộ tịch"))).toBe("TPHT");

    const spelled = new UnitIndex<string>();
    spelled.enter(unitKey("Thể thao – Hội trường"), "TTHT");
    spelled.enter(unitKey("TT-HT"), "TTHT");
    expect(spelled.find(unitKey("Thông tin – Hạ tầng"))).toBeUndefined();
  });
});
