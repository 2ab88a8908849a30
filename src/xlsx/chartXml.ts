import { columnLetter } from "../domain/grid";
import { ChartDescription, lineCells } from "../sheet/sheetDescription";
import { sheetRange } from "../sheet/sheetNames";
import { element, Markup, setting, xmlPart } from "./xmlMarkup";

/*
 * A chart part (xl/charts/chartN.xml) in DrawingML chart markup, ECMA-376 Part 1 §21.2. Elements are
 * written in the order the schema's sequences give (CT_Chart, CT_PieChart, CT_BarChart, CT_PieSer,
 * CT_BarSer, CT_CatAx, CT_ValAx): Excel refuses a part whose children are out of order.
 */

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Any two numbers, unique within a chart, that tie the bar chart to its axes and the axes together. */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

/** What a cell holds for the chart's cached data: its value, a formula's known result, or undefined. */
export type CellValueAt = (row: number, column: number) => string | number | undefined;

/**
 * The chart part of a described chart on sheet `sheetName`. The data are references to the sheet's
 * cells, so the chart follows them; the values cached beside them are what a viewer that does not
 * recalculate shows (a formula whose result is not known is left out, to be computed).
 */
export function chartXml(chart: ChartDescription, sheetName: string, valueAt: CellValueAt): string {
  const reference = (range: string) => sheetRange(sheetName, absolute(range));
  const cells = (range: string) =>
    (lineCells(range) ?? []).map(({ row, column }) => valueAt(row, column));
  const series = chart.series.map((one, index) =>
    element("c:ser", {}, [
      setting("c:idx", index),
      setting("c:order", index),
      element("c:tx", {}, [element("c:v", {}, [one.name])]),
      // CT_PieSer: a colour for each slice (c:dPt); CT_BarSer: the series' own colour, first.
      ...(chart.kind === "column"
        ? [fill(chart.colors[index]), setting("c:invertIfNegative", 0)]
        : chart.colors.map((color, point) =>
            element("c:dPt", {}, [setting("c:idx", point), setting("c:bubble3D", 0), fill(color)])
          )),
      element("c:cat", {}, [textReference(reference(chart.categories), cells(chart.categories))]),
      element("c:val", {}, [numberReference(reference(one.values), cells(one.values))]),
    ])
  );
  const plot = chart.kind === "pie" ? pieChart(series) : columnChart(series);
  return xmlPart(
    element(
      "c:chartSpace",
      { "xmlns:c": CHART_NS, "xmlns:a": DRAWING_NS, "xmlns:r": RELATIONSHIPS_NS },
      [
        setting("c:roundedCorners", 0),
        element("c:chart", {}, [
          title(chart.title),
          setting("c:autoTitleDeleted", 0),
          element("c:plotArea", {}, [element("c:layout"), ...plot]),
          element("c:legend", {}, [
            setting("c:legendPos", chart.kind === "pie" ? "r" : "b"),
            setting("c:overlay", 0),
          ]),
          setting("c:plotVisOnly", 1),
          setting("c:dispBlanksAs", "gap"),
        ]),
      ]
    )
  );
}

/** Slices coloured one by one, each labelled with its value. */
function pieChart(series: Markup[]): Markup[] {
  return [
    element("c:pieChart", {}, [
      setting("c:varyColors", 1),
      ...series,
      element("c:dLbls", {}, [
        setting("c:showLegendKey", 0),
        setting("c:showVal", 1),
        setting("c:showCatName", 0),
        setting("c:showSerName", 0),
        setting("c:showPercent", 0),
        setting("c:showBubbleSize", 0),
        setting("c:showLeaderLines", 1),
      ]),
      setting("c:firstSliceAng", 0),
    ]),
  ];
}

/** Vertical bars, the series of a category side by side, over a category axis and a value axis. */
function columnChart(series: Markup[]): Markup[] {
  return [
    element("c:barChart", {}, [
      setting("c:barDir", "col"),
      setting("c:grouping", "clustered"),
      setting("c:varyColors", 0),
      ...series,
      setting("c:gapWidth", 150),
      setting("c:axId", CATEGORY_AXIS),
      setting("c:axId", VALUE_AXIS),
    ]),
    element("c:catAx", {}, [
      setting("c:axId", CATEGORY_AXIS),
      element("c:scaling", {}, [setting("c:orientation", "minMax")]),
      setting("c:delete", 0),
      setting("c:axPos", "b"),
      setting("c:majorTickMark", "out"),
      setting("c:minorTickMark", "none"),
      setting("c:tickLblPos", "nextTo"),
      setting("c:crossAx", VALUE_AXIS),
      setting("c:crosses", "autoZero"),
      setting("c:auto", 1),
      setting("c:lblAlgn", "ctr"),
      setting("c:lblOffset", 100),
      setting("c:noMultiLvlLbl", 0),
    ]),
    element("c:valAx", {}, [
      setting("c:axId", VALUE_AXIS),
      element("c:scaling", {}, [setting("c:orientation", "minMax")]),
      setting("c:delete", 0),
      setting("c:axPos", "l"),
      element("c:majorGridlines"),
      // Amounts in whole đồng, thousands grouped as the officer's Excel shows them.
      element("c:numFmt", { formatCode: "#,##0", sourceLinked: 0 }),
      setting("c:majorTickMark", "out"),
      setting("c:minorTickMark", "none"),
      setting("c:tickLblPos", "nextTo"),
      setting("c:crossAx", CATEGORY_AXIS),
      setting("c:crosses", "autoZero"),
      setting("c:crossBetween", "between"),
    ]),
  ];
}

/** A shape filled with one colour ("RRGGBB"). */
function fill(color: string): Markup {
  return element("c:spPr", {}, [element("a:solidFill", {}, [setting("a:srgbClr", color)])]);
}

function title(text: string): Markup {
  return element("c:title", {}, [
    element("c:tx", {}, [
      element("c:rich", {}, [
        element("a:bodyPr"),
        element("a:lstStyle"),
        element("a:p", {}, [element("a:r", {}, [element("a:t", {}, [text])])]),
      ]),
    ]),
    setting("c:overlay", 0),
  ]);
}

/** Category labels: the reference and the labels as text. */
function textReference(formula: string, values: (string | number | undefined)[]): Markup {
  return element("c:strRef", {}, [
    element("c:f", {}, [formula]),
    element("c:strCache", {}, [setting("c:ptCount", values.length), ...points(values, String)]),
  ]);
}

/** Values: the reference and the numbers known; a text or unknown cell has no point. */
function numberReference(formula: string, values: (string | number | undefined)[]): Markup {
  const numbers = values.map((value) => (typeof value === "number" ? value : undefined));
  return element("c:numRef", {}, [
    element("c:f", {}, [formula]),
    element("c:numCache", {}, [
      element("c:formatCode", {}, ["General"]),
      setting("c:ptCount", values.length),
      ...points(numbers, String),
    ]),
  ]);
}

function points<T>(values: (T | undefined)[], text: (value: T) => string): Markup[] {
  return values.flatMap((value, index) =>
    value === undefined || value === ""
      ? []
      : [element("c:pt", { idx: index }, [element("c:v", {}, [text(value)])])]
  );
}

/** "B5:B8" as "$B$5:$B$8": a chart's data stay on the same cells. */
function absolute(range: string): string {
  return (lineCells(range) ?? [])
    .filter((_, index, all) => index === 0 || index === all.length - 1)
    .map(({ row, column }) => `$${columnLetter(column)}$${row}`)
    .join(":");
}
