import { describe, expect, test } from "@jest/globals";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";
import { element, escapeXml } from "../../src/xlsx/xmlMarkup";
import { BUDGET_SHEET, budgetSheet, PROGRESS_SHEET, progressSheet } from "../support/chartSheets";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

async function written(sheets: SheetDescription[]): Promise<JSZip> {
  return JSZip.loadAsync(await writeSheets(sheets));
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file)
    throw new Error(`No part ${name}; the package has ${Object.keys(zip.files).join(", ")}`);
  return file.async("string");
}

/** Throws unless the text is well-formed XML. */
function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** The Target of the relationship `id` in a relationships part. */
function target(rels: string, id: string): string | undefined {
  const found = [...rels.matchAll(/<Relationship [^>]*>/g)].find((tag) =>
    tag[0].includes(`Id="${id}"`)
  );
  return /Target="([^"]*)"/.exec(found?.[0] ?? "")?.[1];
}

/** The texts of <c:v> in a <c:strCache> or <c:numCache> block. */
function cached(block: string): string[] {
  return [...block.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);
}

describe("xmlMarkup", () => {
  test("text and attribute values are escaped, markup children are not", () => {
    const markup = element("a", { title: `Ea H'Leo & "B"` }, ["<1>", element("b")]);
    expect(markup.markup).toBe(`<a title="Ea H'Leo &amp; &quot;B&quot;">&lt;1&gt;<b/></a>`);
    expect(escapeXml("x<y")).toBe("x&lt;y");
  });

  test("an element without children closes itself; undefined attributes are left out", () => {
    expect(element("c:order", { val: 0, extra: undefined }).markup).toBe('<c:order val="0"/>');
  });
});

describe("writeSheets adds the described charts as DrawingML parts", () => {
  test("a pie over the sheet's cells, with cached values and a quoted sheet name", async () => {
    const zip = await written([progressSheet()]);
    const chart = await part(zip, "xl/charts/chart1.xml");
    wellFormed(chart);
    expect(chart).toContain("<c:pieChart>");
    expect(chart).not.toContain("<c:barChart>");
    expect(chart).toContain("<a:t>Tiến độ thực hiện nhiệm vụ</a:t>");
    expect(chart).toContain("<c:tx><c:v>Số nhiệm vụ</c:v></c:tx>");
    expect(chart).toContain("<c:f>'Báo cáo quý I'!$B$5:$B$8</c:f>");
    expect(chart).toContain("<c:f>'Báo cáo quý I'!$C$5:$C$8</c:f>");
    const categories = /<c:strCache>.*?<\/c:strCache>/.exec(chart)?.[0] ?? "";
    expect(cached(categories)).toEqual([
      "Đã hoàn thành",
      "Đang thực hiện",
      "Chưa thực hiện",
      "Quá hạn",
    ]);
    const values = /<c:numCache>.*?<\/c:numCache>/.exec(chart)?.[0] ?? "";
    // C7 holds =4, whose result the writer works out.
    expect(cached(values)).toEqual(["12", "7", "4", "3"]);
    expect(values).toContain('<c:ptCount val="4"/>');
    // The slices carry their counts.
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).toContain('<c:legendPos val="r"/>');
  });

  test("a clustered column chart of two series, with both axes", async () => {
    const zip = await written([budgetSheet()]);
    const chart = await part(zip, "xl/charts/chart1.xml");
    wellFormed(chart);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    const series = [...chart.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((match) => match[0]);
    expect(series).toHaveLength(2);
    expect(series[0]).toContain("<c:tx><c:v>Kế hoạch</c:v></c:tx>");
    expect(series[0]).toContain("<c:f>'Kinh phí Ea H''Leo'!$C$5:$C$7</c:f>");
    expect(cached(/<c:numCache>.*?<\/c:numCache>/.exec(series[0])?.[0] ?? "")).toEqual([
      "15000000",
      "8000000",
      "5000000",
    ]);
    expect(series[1]).toContain("<c:tx><c:v>Đã sử dụng</c:v></c:tx>");
    expect(series[1]).toContain("<c:f>'Kinh phí Ea H''Leo'!$D$5:$D$7</c:f>");
    expect(series[1]).toContain("<c:f>'Kinh phí Ea H''Leo'!$B$5:$B$7</c:f>");
    expect(chart).toContain("<c:catAx>");
    expect(chart).toContain("<c:valAx>");
    // The bar chart names the two axes, and each axis crosses the other.
    const ids = [...chart.matchAll(/<c:axId val="(\d+)"\/>/g)].map((match) => match[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(2);
  });

  test("the sheet reaches its drawing, the drawing its chart, anchored from E3 to the end of L20", async () => {
    const zip = await written([progressSheet()]);
    const sheet = await part(zip, "xl/worksheets/sheet1.xml");
    wellFormed(sheet);
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1] ?? "";
    const sheetRels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(target(sheetRels, drawingId)).toBe("../drawings/drawing1.xml");
    expect(sheetRels).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"'
    );

    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    wellFormed(drawing);
    const chartId = /<c:chart [^>]*r:id="([^"]+)"/.exec(drawing)?.[1] ?? "";
    const drawingRels = await part(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(target(drawingRels, chartId)).toBe("../charts/chart1.xml");
    // E3 is column 4, row 2 counted from 0; the chart covers L20 (11, 19) whole, up to (12, 20).
    expect(drawing).toContain(
      "<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
    );

    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_TYPE}"/>`
    );
    expect(types).toContain(
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/>`
    );
  });

  test("<drawing> comes after the page setup and header, where CT_Worksheet's sequence puts it", async () => {
    const zip = await written([progressSheet()]);
    const sheet = await part(zip, "xl/worksheets/sheet1.xml");
    const at = (tag: string) => sheet.indexOf(`<${tag}`);
    for (const before of [
      "sheetData",
      "dataValidations",
      "pageMargins",
      "pageSetup",
      "headerFooter",
    ]) {
      expect(at(before)).toBeGreaterThan(-1);
      expect(at(before)).toBeLessThan(at("drawing"));
    }
    expect(sheet.indexOf("</worksheet>")).toBeGreaterThan(at("drawing"));
    // Only one <drawing>.
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
  });

  test("charts of two sheets: parts numbered on, each sheet with its own drawing", async () => {
    const zip = await written([progressSheet(), budgetSheet()]);
    expect(await part(zip, "xl/charts/chart1.xml")).toContain("<c:pieChart>");
    expect(await part(zip, "xl/charts/chart2.xml")).toContain("<c:barChart>");
    const drawing2 = await part(zip, "xl/drawings/_rels/drawing2.xml.rels");
    expect(drawing2).toContain('Target="../charts/chart2.xml"');
    const sheet2 = await part(zip, "xl/worksheets/_rels/sheet2.xml.rels");
    expect(sheet2).toContain('Target="../drawings/drawing2.xml"');
  });

  test("several charts on a sheet share its drawing, each anchored on its own", async () => {
    const sheet = progressSheet();
    const pie = sheet.charts?.[0];
    if (!pie) throw new Error("The fixture has a pie");
    sheet.charts = [
      pie,
      {
        ...pie,
        kind: "column",
        title: "Cột",
        anchor: { from: "E22", to: "L40" },
        colors: ["4472C4"],
      },
    ];
    const zip = await written([sheet]);
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor>/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:cNvPr id="2" name="Chart 1"');
    expect(drawing).toContain('<xdr:cNvPr id="3" name="Chart 2"');
    expect(await part(zip, "xl/charts/chart2.xml")).toContain("<a:t>Cột</a:t>");
  });

  test("our reader still reads the sheet's cells", async () => {
    const data = await writeSheets([progressSheet(), budgetSheet()]);
    const [progress, budget] = readWorkbook(data);
    expect(progress.name).toBe(PROGRESS_SHEET);
    expect(progress.grid.rows[4][1]?.value).toBe("Đã hoàn thành");
    expect(progress.grid.rows[4][2]?.value).toBe(12);
    expect(budget.name).toBe(BUDGET_SHEET);
    expect(budget.grid.rows[6][3]?.value).toBe(5_000_000);
  });

  test("a sheet without charts gets no drawing", async () => {
    const sheet = { ...progressSheet(), charts: [] };
    const zip = await written([sheet]);
    expect(Object.keys(zip.files).filter((name) => /chart|drawing/.test(name))).toEqual([]);
    expect(await part(zip, "xl/worksheets/sheet1.xml")).not.toContain("<drawing");
  });

  test("a chart that cannot be drawn as described is refused", async () => {
    const sheet = budgetSheet();
    const columns = sheet.charts?.[0];
    if (!columns) throw new Error("The fixture has a column chart");
    await expect(
      writeSheets([{ ...sheet, charts: [{ ...columns, kind: "pie" }] }])
    ).rejects.toThrow("a pie has exactly one series");
    const short = {
      ...columns,
      series: [{ name: "Kế hoạch", values: "C5:C6" }],
      colors: ["4472C4"],
    };
    await expect(writeSheets([{ ...sheet, charts: [short] }])).rejects.toThrow("C5:C6");
  });
});
