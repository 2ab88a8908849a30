import { chartProblem, SheetDescription } from "../sheet/sheetDescription";
import { CellValueAt, chartXml } from "./chartXml";
import { drawingXml } from "./drawingXml";
import { OFFICE_RELATIONSHIPS, relationshipsXml, XmlPart } from "./packageXml";

/*
 * A sheet's charts as package parts: a chart part per chart and one drawing that places them, with
 * the drawing's relationships to its charts. The writer relates the sheet to the drawing.
 */

const CHART_RELATIONSHIP = `${OFFICE_RELATIONSHIPS}/chart`;
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

export interface SheetCharts {
  parts: XmlPart[];
  /** The drawing's path as the sheet's relationship to it names it: "../drawings/drawing1.xml". */
  drawing: string;
}

/**
 * The parts of the sheet's charts, numbered from `firstChart` on, in drawing number `drawing`;
 * `valueAt` gives the cells' values cached with the charts' data. Throws for a chart that cannot be
 * drawn as described (chartProblem).
 */
export function chartParts(
  sheet: SheetDescription,
  firstChart: number,
  drawing: number,
  valueAt: CellValueAt
): SheetCharts {
  const charts = sheet.charts ?? [];
  for (const chart of charts) {
    const problem = chartProblem(chart);
    if (problem) throw new Error(`Chart "${chart.title}" on sheet "${sheet.name}": ${problem}.`);
  }
  const chartIds = charts.map((_, index) => `rId${index + 1}`);
  const drawingName = `xl/drawings/drawing${drawing}.xml`;
  return {
    drawing: `../drawings/drawing${drawing}.xml`,
    parts: [
      ...charts.map((chart, index) => ({
        name: `xl/charts/chart${firstChart + index}.xml`,
        xml: chartXml(chart, sheet.name, valueAt),
        type: CHART_TYPE,
      })),
      { name: drawingName, xml: drawingXml(charts, chartIds), type: DRAWING_TYPE },
      {
        name: `xl/drawings/_rels/drawing${drawing}.xml.rels`,
        xml: relationshipsXml(
          charts.map((_, index) => ({
            id: chartIds[index],
            type: CHART_RELATIONSHIP,
            target: `../charts/chart${firstChart + index}.xml`,
          }))
        ),
      },
    ],
  };
}
