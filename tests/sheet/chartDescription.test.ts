import { describe, expect, test } from "@jest/globals";
import { ChartDescription, chartProblem, lineCells } from "../../src/sheet/sheetDescription";

describe("lineCells", () => {
  test("a column, a row and one cell, in order", () => {
    expect(lineCells("C5:C7")).toEqual([
      { row: 5, column: 3 },
      { row: 6, column: 3 },
      { row: 7, column: 3 },
    ]);
    expect(lineCells("B2:D2")).toEqual([
      { row: 2, column: 2 },
      { row: 2, column: 3 },
      { row: 2, column: 4 },
    ]);
    expect(lineCells("AA10")).toEqual([{ row: 10, column: 27 }]);
  });

  test("written bottom to top, the cells come bottom to top", () => {
    expect(lineCells("C7:C6")).toEqual([
      { row: 7, column: 3 },
      { row: 6, column: 3 },
    ]);
  });

  test("a block of several rows and columns, or no range, is not a line", () => {
    expect(lineCells("B5:C8")).toBeUndefined();
    expect(lineCells("Sheet1!B5:B8")).toBeUndefined();
    expect(lineCells("b5:b8")).toBeUndefined();
  });
});

describe("chartProblem", () => {
  const pie: ChartDescription = {
    kind: "pie",
    title: "Tiến độ",
    categories: "B5:B8",
    series: [{ name: "Số nhiệm vụ", values: "C5:C8" }],
    anchor: { from: "E3", to: "L20" },
    colors: ["70AD47", "4472C4", "FFC000", "A5A5A5"],
  };

  test("a drawable chart has none", () => {
    expect(chartProblem(pie)).toBeUndefined();
    const columns: ChartDescription = {
      ...pie,
      kind: "column",
      series: [
        { name: "Kế hoạch", values: "C5:C8" },
        // A row as long as the categories' column will do.
        { name: "Đã sử dụng", values: "D10:G10" },
      ],
      colors: ["4472C4", "ED7D31"],
    };
    expect(chartProblem(columns)).toBeUndefined();
  });

  test("a pie of two series, a chart of none, a series shorter than its categories", () => {
    const twoSeries = { ...pie, series: [...pie.series, { name: "Khác", values: "D5:D8" }] };
    expect(chartProblem(twoSeries)).toBe("a pie has exactly one series");
    expect(chartProblem({ ...pie, kind: "column", series: [] })).toBe("a chart needs a series");
    expect(chartProblem({ ...pie, series: [{ name: "Số", values: "C5:C7" }] })).toContain("C5:C7");
    expect(chartProblem({ ...pie, categories: "B5:C8" })).toContain("B5:C8");
  });

  test("a colour for each slice of a pie and each series of a column chart, as RRGGBB", () => {
    expect(chartProblem({ ...pie, colors: pie.colors.slice(1) })).toContain("4 colours as RRGGBB");
    expect(chartProblem({ ...pie, colors: ["70AD47", "4472C4", "FFC000", "#A5A5A5"] })).toContain(
      "RRGGBB"
    );
    const columns: ChartDescription = { ...pie, kind: "column", colors: ["4472C4"] };
    expect(chartProblem(columns)).toBeUndefined();
    expect(chartProblem({ ...columns, colors: ["4472C4", "ED7D31"] })).toContain(
      "1 colours as RRGGBB"
    );
  });
});
