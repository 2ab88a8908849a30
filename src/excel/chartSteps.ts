import { ChartDescription, chartProblem, SheetDescription } from "../sheet/sheetDescription";
import { ACTION_BYTES, jsonBytes, WriteStep } from "./requestBatches";

type Target = () => Excel.Worksheet;

/** Queued actions of one chart besides its series': add, title, legend, labels, position, colours. */
const CHART_ACTIONS = 10;
/** Queued actions of one series: the series, its name, its values, its categories. */
const SERIES_ACTIONS = 4;

/**
 * The sheet's charts, each one step so that a chart is never cut between two syncs. A chart is added
 * over its first series' values, then every series is given its values and the categories explicitly
 * (ChartSeries.setValues, setXAxisValues), so nothing depends on how Excel reads a source range's
 * headers; the legend, the title, a pie's value labels, the colours and the cells it covers as the
 * .xlsx writer gives them (../xlsx/chartXml, ../xlsx/drawingXml).
 *
 * Requirement sets: ExcelApi 1.1 (charts.add, title, legend, data labels, setPosition, series names,
 * points and fills)
 * and 1.7 (series.add, setValues, setXAxisValues), all within EXCEL_API_MINIMUM: no check needed.
 */
export function chartSteps(sheet: SheetDescription, target: Target): WriteStep[] {
  return (sheet.charts ?? []).map((chart) => {
    const problem = chartProblem(chart);
    if (problem) throw new Error(`Chart "${chart.title}" on sheet "${sheet.name}": ${problem}.`);
    return {
      bytes:
        ACTION_BYTES * (CHART_ACTIONS + SERIES_ACTIONS * chart.series.length) + jsonBytes(chart),
      queue: () => addChart(target(), chart),
    };
  });
}

function addChart(sheet: Excel.Worksheet, chart: ChartDescription): void {
  const pie = chart.kind === "pie";
  const [first, ...others] = chart.series;
  const added = sheet.charts.add(
    pie ? "Pie" : "ColumnClustered",
    sheet.getRange(first.values),
    "Columns"
  );
  added.title.text = chart.title;
  added.legend.position = pie ? "Right" : "Bottom";
  if (pie) added.dataLabels.showValue = true;
  const series = added.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(sheet.getRange(chart.categories));
  const colour = (color: string) => `#${color}`;
  if (pie)
    chart.colors.forEach((color, point) =>
      series.points.getItemAt(point).format.fill.setSolidColor(colour(color))
    );
  else series.format.fill.setSolidColor(colour(chart.colors[0]));
  others.forEach((other, index) => {
    const more = added.series.add(other.name);
    more.setValues(sheet.getRange(other.values));
    more.setXAxisValues(sheet.getRange(chart.categories));
    more.format.fill.setSolidColor(colour(chart.colors[index + 1]));
  });
  added.setPosition(chart.anchor.from, chart.anchor.to);
}
