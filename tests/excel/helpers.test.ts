import { absoluteRows, cellBounds, splitAreas } from "../../src/excel/addresses";
import { gridCell } from "../../src/excel/gridCell";
import { millimetresToPoints, widthPoints } from "../../src/excel/layoutSteps";
import { jsonBytes, packBatches, WriteStep } from "../../src/excel/requestBatches";
import { styleRanges } from "../../src/excel/styleRanges";

describe("addresses", () => {
  it("reads a range address with or without its sheet", () => {
    expect(cellBounds("'Kế hoạch, 2025'!B3:H12")).toEqual({
      firstRow: 3,
      firstColumn: 2,
      lastRow: 12,
      lastColumn: 8,
    });
    expect(cellBounds("Sheet1!$A$1")).toEqual({
      firstRow: 1,
      firstColumn: 1,
      lastRow: 1,
      lastColumn: 1,
    });
  });

  it("splits a RangeAreas address, sheet names with commas included", () => {
    expect(splitAreas("'Kế hoạch, 2025'!A1:G1, 'Kế hoạch, 2025'!$B$8:$B$9")).toEqual([
      "A1:G1",
      "B8:B9",
    ]);
    expect(splitAreas("Sheet1!A1:B2,Sheet1!D4")).toEqual(["A1:B2", "D4"]);
    expect(splitAreas("")).toEqual([]);
  });

  it("writes print title rows absolute", () => {
    expect(absoluteRows("6:6")).toBe("$6:$6");
    expect(absoluteRows("$5:$6")).toBe("$5:$6");
  });
});

describe("gridCell", () => {
  it("keeps a formula only where the cell has one", () => {
    expect(gridCell(300, "=SUM(G2:G3)", "#,##0", undefined)).toEqual({
      value: 300,
      formula: "SUM(G2:G3)",
    });
    expect(gridCell("=1+1", "=1+1", "@", undefined)).toEqual({ value: "=1+1" });
    expect(gridCell(5, 5, "General", undefined)).toEqual({ value: 5 });
    expect(gridCell("", "", "General", undefined)).toEqual({ value: null });
    expect(gridCell("", '=IF(A1,"","x")', "General", undefined)).toEqual({
      value: "",
      formula: 'IF(A1,"","x")',
    });
  });

  it("takes bold and italic from the cell's font", () => {
    expect(gridCell("x", "x", "@", { format: { font: { bold: true, italic: false } } })).toEqual({
      value: "x",
      bold: true,
    });
    expect(gridCell("x", "x", "@", { format: { font: { italic: true } } })).toEqual({
      value: "x",
      italic: true,
    });
  });

  it("shows dates as Vietnamese write them, like the file reader", () => {
    expect(gridCell(43840, 43840, "dd/mm/yyyy", undefined)).toEqual({ value: "10/01/2020" });
    expect(gridCell(45657, 45657, "[$-vi-VN]d mmmm yyyy", undefined)).toEqual({
      value: "31/12/2024",
    });
    expect(gridCell(12900000, 12900000, "#,##0", undefined)).toEqual({ value: 12900000 });
  });
});

describe("sizes", () => {
  it("turns character widths and millimetres into points", () => {
    expect(widthPoints(8.43)).toBe(48);
    expect(millimetresToPoints(25.4)).toBe(72);
    expect(millimetresToPoints(20)).toBe(56.69);
  });
});

describe("styleRanges", () => {
  it("groups each format into rectangles and leaves what a new sheet already has", () => {
    const table = { font: "Times New Roman", border: true, bold: false };
    const ranges = styleRanges(
      [
        [{ font: "Times New Roman", bold: true }],
        [],
        [table, table, table],
        [{ ...table, bold: true }, { ...table, bold: true }, table],
        [table, table, table],
      ],
      []
    );
    expect(ranges).toEqual([
      {
        bounds: { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 1 },
        formats: { font: "Times New Roman", bold: true },
      },
      {
        bounds: { firstRow: 3, firstColumn: 1, lastRow: 5, lastColumn: 3 },
        formats: { font: "Times New Roman", border: true },
      },
      {
        bounds: { firstRow: 4, firstColumn: 1, lastRow: 4, lastColumn: 2 },
        formats: { bold: true },
      },
    ]);
  });

  it("writes a value that differs from the column's own", () => {
    const ranges = styleRanges([[{ bold: false }, { bold: false }]], [{ bold: true }]);
    expect(ranges).toEqual([
      {
        bounds: { firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 1 },
        formats: { bold: false },
      },
    ]);
  });
});

describe("request batches", () => {
  const step = (bytes: number): WriteStep => ({ bytes, queue: () => undefined });

  it("fills a batch up to the budget and never splits a step", () => {
    const batches = packBatches([step(40), step(50), step(20), step(200), step(10)], 100);
    expect(batches.map((batch) => batch.map((s) => s.bytes))).toEqual([
      [40, 50],
      [20],
      [200],
      [10],
    ]);
    expect(packBatches([], 100)).toEqual([]);
  });

  it("counts UTF-8 bytes of the JSON", () => {
    expect(jsonBytes(["ab"])).toBe(6);
    expect(jsonBytes("ệ")).toBe(5);
    expect(jsonBytes([[null, 1]])).toBe(10);
  });
});
