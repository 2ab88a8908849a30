import JSZip from "jszip";
import { chartProblem, SheetDescription } from "../sheet/sheetDescription";
import { CellValueAt, chartXml } from "./chartXml";
import { drawingXml } from "./drawingXml";
import { element, xmlPart } from "./xmlMarkup";

/*
 * ExcelJS writes no charts, so they are added to the written package: a chart part per chart, one
 * drawing per sheet that places them, the relationships sheet → drawing → charts, the sheet's <drawing>
 * element and the content types of the new parts.
 */

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELATIONSHIPS_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_RELATIONSHIP = `${OFFICE_RELATIONSHIPS_NS}/drawing`;
const CHART_RELATIONSHIP = `${OFFICE_RELATIONSHIPS_NS}/chart`;
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/**
 * CT_Worksheet's children (ECMA-376 Part 1 §18.3.1.99) that come before <drawing> from <sheetData> on,
 * and those that come after it: the element goes after the last of the first that the sheet has, before
 * the first of the others that follows. (An <extLst> may also sit inside a conditional format.)
 */
const BEFORE_DRAWING = [
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
];
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Adds the sheet's charts to the package ExcelJS wrote, the sheet being xl/worksheets/sheet`sheetId`.xml;
 * `valueAt` gives the cells' values cached with the charts' data. Throws for a chart that cannot be
 * drawn as described (chartProblem).
 */
export async function addCharts(
  zip: JSZip,
  sheetId: number,
  sheet: SheetDescription,
  valueAt: CellValueAt
): Promise<void> {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return;
  for (const chart of charts) {
    const problem = chartProblem(chart);
    if (problem) throw new Error(`Chart "${chart.title}" on sheet "${sheet.name}": ${problem}.`);
  }
  const firstChart = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  const drawing = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const chartIds = charts.map((_, index) => `rId${index + 1}`);
  charts.forEach((chart, index) =>
    zip.file(`xl/charts/chart${firstChart + index}.xml`, chartXml(chart, sheet.name, valueAt))
  );
  zip.file(`xl/drawings/drawing${drawing}.xml`, drawingXml(charts, chartIds));
  zip.file(
    `xl/drawings/_rels/drawing${drawing}.xml.rels`,
    relationshipsXml(
      charts.map((_, index) => ({
        id: chartIds[index],
        type: CHART_RELATIONSHIP,
        target: `../charts/chart${firstChart + index}.xml`,
      }))
    )
  );
  const drawingId = await relateSheet(zip, sheetId, `../drawings/drawing${drawing}.xml`);
  await placeDrawing(zip, `xl/worksheets/sheet${sheetId}.xml`, drawingId);
  await declareTypes(zip, [
    ...charts.map((_, index) => ({
      part: `/xl/charts/chart${firstChart + index}.xml`,
      type: CHART_TYPE,
    })),
    { part: `/xl/drawings/drawing${drawing}.xml`, type: DRAWING_TYPE },
  ]);
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationshipsXml(relationships: Relationship[]): string {
  return xmlPart(
    element(
      "Relationships",
      { xmlns: RELATIONSHIPS_NS },
      relationships.map(({ id, type, target }) =>
        element("Relationship", { Id: id, Type: type, Target: target })
      )
    )
  );
}

/** The number after the highest of the parts named by `pattern` (1 when there is none). */
function nextNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).map((name) => Number(pattern.exec(name)?.[1] ?? 0));
  return Math.max(0, ...numbers) + 1;
}

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

/**
 * Relates the sheet to its drawing, in the sheet's relationships part (made if ExcelJS wrote none,
 * extended with an id not taken otherwise); returns the relationship's id.
 */
async function relateSheet(zip: JSZip, sheetId: number, target: string): Promise<string> {
  const name = `xl/worksheets/_rels/sheet${sheetId}.xml.rels`;
  const existing = await partText(zip, name);
  if (existing === undefined) {
    zip.file(name, relationshipsXml([{ id: "rId1", type: DRAWING_RELATIONSHIP, target }]));
    return "rId1";
  }
  const taken = new Set([...existing.matchAll(/\bId="([^"]*)"/g)].map((match) => match[1]));
  let number = taken.size + 1;
  while (taken.has(`rId${number}`)) number++;
  const id = `rId${number}`;
  const relationship = element("Relationship", {
    Id: id,
    Type: DRAWING_RELATIONSHIP,
    Target: target,
  });
  if (!existing.includes("</Relationships>"))
    throw new Error(`${name} has no </Relationships> to add the drawing before.`);
  zip.file(
    name,
    existing.replace("</Relationships>", () => `${relationship.markup}</Relationships>`)
  );
  return id;
}

/** The sheet's <drawing r:id> where CT_Worksheet's sequence puts it. */
async function placeDrawing(zip: JSZip, name: string, id: string): Promise<void> {
  const written = await partText(zip, name);
  if (written === undefined) throw new Error(`The written workbook has no ${name}.`);
  const root = /<worksheet\b[^>]*>/.exec(written);
  if (!root) throw new Error(`${name} has no <worksheet> element.`);
  const xml = /\bxmlns:r="/.test(root[0])
    ? written
    : written.replace(root[0], () =>
        root[0].replace(/>$/, ` xmlns:r="${OFFICE_RELATIONSHIPS_NS}">`)
      );
  const drawing = element("drawing", { "r:id": id }).markup;
  const after = Math.max(0, ...BEFORE_DRAWING.map((tag) => endOfLast(xml, tag)));
  const later = AFTER_DRAWING.map((tag) => startOfFirst(xml, tag, after)).filter((at) => at >= 0);
  const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error(`${name} has no </worksheet>.`);
  zip.file(name, `${xml.slice(0, at)}${drawing}${xml.slice(at)}`);
}

/** Where the last <tag>…</tag> or <tag …/> in the XML ends; 0 when there is none. */
function endOfLast(xml: string, tag: string): number {
  let end = 0;
  for (const match of xml.matchAll(new RegExp(`<${tag}\\b[^>]*?/>|</${tag}>`, "g"))) {
    end = Math.max(end, (match.index ?? 0) + match[0].length);
  }
  return end;
}

/** Where the first <tag> at or after `from` starts; -1 when there is none. */
function startOfFirst(xml: string, tag: string, from: number): number {
  const pattern = new RegExp(`<${tag}[\\s/>]`, "g");
  pattern.lastIndex = from;
  return pattern.exec(xml)?.index ?? -1;
}

async function declareTypes(zip: JSZip, parts: { part: string; type: string }[]): Promise<void> {
  const name = "[Content_Types].xml";
  const xml = await partText(zip, name);
  if (xml === undefined || !xml.includes("</Types>"))
    throw new Error(`The written workbook has no ${name} to declare the charts in.`);
  const overrides = parts.map(
    ({ part, type }) => element("Override", { PartName: part, ContentType: type }).markup
  );
  zip.file(
    name,
    xml.replace("</Types>", () => `${overrides.join("")}</Types>`)
  );
}
