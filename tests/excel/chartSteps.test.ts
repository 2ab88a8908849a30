// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { writeSheet } from "../../src/excel/writeSheet";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { BUDGET_SHEET, budgetSheet, PROGRESS_SHEET, progressSheet } from "../support/chartSheets";
import { mockExcel, officeFor } from "./mockExcel";

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete globals.Office;
});

/** The sheet written into an empty workbook of an Excel whose ExcelApi stops at `apiVersion`. */
async function written(sheet: SheetDescription, apiVersion?: string) {
  const excel = mockExcel({ sheets: [], apiVersion });
  // office.js answers for that Excel, as apiSupport asks it.
  globals.Office = officeFor(excel);
  const name = await writeSheet(excel.context, sheet, true);
  return { excel, state: excel.sheet(name) };
}

describe("writeSheet adds the described charts with Office.js", () => {
  test("a pie: its values, its categories, title, legend on the right, counts on the slices, E3 to L20", async () => {
    const { state } = await written(progressSheet());
    expect(state.charts).toEqual([
      {
        type: "Pie",
        source: "C5:C8",
        seriesBy: "Columns",
        series: [
          {
            name: "Số nhiệm vụ",
            values: "C5:C8",
            xAxisValues: "B5:B8",
            pointFills: ["#70AD47", "#4472C4", "#FFC000", "#A5A5A5"],
          },
        ],
        position: { from: "E3", to: "L20" },
        formats: {
          "title.text": "Tiến độ thực hiện nhiệm vụ",
          "legend.position": "Right",
          "dataLabels.showValue": true,
        },
      },
    ]);
  });

  test("clustered columns: both series named, over the same categories, legend below", async () => {
    const { state } = await written(budgetSheet());
    expect(state.name).toBe(BUDGET_SHEET);
    expect(state.charts).toHaveLength(1);
    const [chart] = state.charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.series).toEqual([
      { name: "Kế hoạch", values: "C5:C7", xAxisValues: "B5:B7", fill: "#4472C4" },
      { name: "Đã sử dụng", values: "D5:D7", xAxisValues: "B5:B7", fill: "#ED7D31" },
    ]);
    expect(chart.formats).toEqual({
      "title.text": "Kinh phí kế hoạch và đã sử dụng theo mục",
      "legend.position": "Bottom",
    });
    expect(chart.position).toEqual({ from: "B10", to: "H28" });
  });

  test("charts go in the write phase with the cells: no extra sync", async () => {
    const withCharts = await written(progressSheet());
    const without = await written({ ...progressSheet(), charts: undefined });
    expect(without.state.charts).toEqual([]);
    // One sync reads the sheets' names, one writes.
    expect(without.excel.syncCount).toBe(2);
    expect(withCharts.excel.syncCount).toBe(2);
    const log = withCharts.excel.writes(PROGRESS_SHEET);
    const chartCalls = log.filter((call) => call.target.startsWith("chart"));
    expect(chartCalls.length).toBeGreaterThan(0);
    expect(chartCalls.every((call) => call.batch === 2)).toBe(true);
    // Added once the cells hold their values.
    const firstChart = log.findIndex((call) => call.action === "charts.add()");
    const lastValues = log.map((call) => call.action).lastIndexOf("values");
    expect(lastValues).toBeGreaterThan(-1);
    expect(firstChart).toBeGreaterThan(lastValues);
  });

  test("Excel 2019 before its updates (ExcelApi 1.7) has everything the charts need", async () => {
    const { state } = await written(budgetSheet(), "1.7");
    expect(state.charts[0].series.map((series) => series.name)).toEqual(["Kế hoạch", "Đã sử dụng"]);
  });

  test("a chart that cannot be drawn as described is refused before anything is written", async () => {
    const excel = mockExcel({ sheets: [] });
    const sheet = budgetSheet();
    const columns = sheet.charts?.[0];
    if (!columns) throw new Error("The fixture has a column chart");
    await expect(
      writeSheet(excel.context, { ...sheet, charts: [{ ...columns, kind: "pie" }] }, true)
    ).rejects.toThrow("a pie has exactly one series");
    // Only the names were read.
    expect(excel.syncCount).toBe(1);
    expect(excel.sheets).toEqual([]);
  });

  test("the pie's sheet keeps its name", async () => {
    const { state } = await written(progressSheet());
    expect(state.name).toBe(PROGRESS_SHEET);
  });
});
