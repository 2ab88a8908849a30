import { columnNumber } from "../domain/grid";
import { ChartDescription } from "../sheet/sheetDescription";
import { element, Markup, xmlPart } from "./xmlMarkup";

/*
 * A sheet's drawing part (xl/drawings/drawingN.xml, SpreadsheetML Drawing, ECMA-376 Part 1 §20.5): where
 * each chart sits, anchored to cells so that it moves and grows with them.
 */

const SPREADSHEET_DRAWING_NS =
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CELL = /^([A-Z]+)(\d+)$/;

/** The drawing of the charts, the i-th reached through the drawing's relationship `relationIds[i]`. */
export function drawingXml(
  charts: readonly ChartDescription[],
  relationIds: readonly string[]
): string {
  return xmlPart(
    element(
      "xdr:wsDr",
      { "xmlns:xdr": SPREADSHEET_DRAWING_NS, "xmlns:a": DRAWING_NS },
      charts.map((chart, index) => anchor(chart, relationIds[index], index + 1))
    )
  );
}

/**
 * From the top-left corner of `anchor.from` to the bottom-right corner of `anchor.to`, as Office.js's
 * Chart.setPosition(from, to) places it: the markers count columns and rows from 0, so the far corner
 * is the start of the column and row after `to`.
 */
function anchor(chart: ChartDescription, relationId: string, number: number): Markup {
  const from = cellIndex(chart.anchor.from);
  const to = cellIndex(chart.anchor.to);
  return element("xdr:twoCellAnchor", {}, [
    marker("xdr:from", from.column, from.row),
    marker("xdr:to", to.column + 1, to.row + 1),
    element("xdr:graphicFrame", { macro: "" }, [
      element("xdr:nvGraphicFramePr", {}, [
        // Drawing object ids are unique within the drawing; 1 is left to the drawing itself.
        element("xdr:cNvPr", { id: number + 1, name: `Chart ${number}`, descr: chart.title }),
        element("xdr:cNvGraphicFramePr"),
      ]),
      element("xdr:xfrm", {}, [
        element("a:off", { x: 0, y: 0 }),
        element("a:ext", { cx: 0, cy: 0 }),
      ]),
      element("a:graphic", {}, [
        element("a:graphicData", { uri: CHART_NS }, [
          element("c:chart", {
            "xmlns:c": CHART_NS,
            "xmlns:r": RELATIONSHIPS_NS,
            "r:id": relationId,
          }),
        ]),
      ]),
    ]),
    element("xdr:clientData"),
  ]);
}

function marker(name: string, column: number, row: number): Markup {
  return element(name, {}, [
    element("xdr:col", {}, [String(column)]),
    element("xdr:colOff", {}, ["0"]),
    element("xdr:row", {}, [String(row)]),
    element("xdr:rowOff", {}, ["0"]),
  ]);
}

/** "H3" as column 7, row 2: counted from 0, as drawing markers count. */
function cellIndex(address: string): { column: number; row: number } {
  const match = CELL.exec(address);
  if (!match) throw new Error(`A chart is anchored at cells such as "H3", not "${address}".`);
  return { column: columnNumber(match[1]) - 1, row: Number(match[2]) - 1 };
}
