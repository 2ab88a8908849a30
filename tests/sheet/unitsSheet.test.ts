import { describe, expect, test } from "@jest/globals";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../../src/sheet/unitsSheet";

describe("unitsSheet", () => {
  test("hidden, a header over the units the names give, once each; the range the drop-down takes", () => {
    const sheet = unitsSheet("Danh mục", [
      ...DEFAULT_UNITS,
      "VP-TK",
      "Đảng ủy, HĐND",
      "Các cán bộ, công chức có sai phạm",
      "  ",
    ]);
    expect(sheet.hidden).toBe(true);
    expect(sheet.rows.map((row) => row.cells[0]?.value)).toEqual([
      "Bộ phận chủ trì",
      ...DEFAULT_UNITS,
      "Đảng ủy",
      "HĐND",
    ]);
    expect(sheet.rows[0].cells[0]?.style?.bold).toBe(true);
    expect(sheet.columns[0].style?.numberFormat).toBe("@");
    expect(unitsRange("Danh mục")).toBe("'Danh mục'!$A$2:$A$201");
    expect(unitsRange("Ea H'Leo")).toBe("'Ea H''Leo'!$A$2:$A$201");
  });
});
