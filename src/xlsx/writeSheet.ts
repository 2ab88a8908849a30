import { SheetDescription } from "../sheet/sheetDescription";
import { chartParts } from "./chartParts";
import { cachedResults, cellValues } from "./formulaResults";
import {
  contentTypesXml,
  OFFICE_RELATIONSHIPS,
  packageRelationshipsXml,
  PART_TYPES,
  relationshipsXml,
  workbookRelationshipsXml,
  workbookXml,
  XmlPart,
} from "./packageXml";
import { StringTable } from "./stringTable";
import { StyleSheet } from "./styleSheet";
import { writeWorksheet } from "./worksheetXml";
import { XmlBytes } from "./xmlBytes";
import { CompressingPart, compressPart, zipPackage } from "./zipWriter";

// The .xlsx writer is the project's own: ExcelJS builds a model of every cell and renders it through a
// generic XML writer, which took seconds and hundreds of MiB for a 10,000-row report, and it writes no
// charts. A description says exactly what each cell holds, so its parts are written from it directly.

/** The relationship id of a sheet's drawing, in the sheet's own relationships part. */
const DRAWING_ID = "rId1";

/** The sheets as an .xlsx file, in the order given. */
export async function writeSheets(sheets: SheetDescription[]): Promise<Buffer> {
  const activeTab = sheets.findIndex((sheet) => !sheet.hidden);
  if (activeTab < 0) throw new Error("An .xlsx workbook needs a sheet that is not hidden.");
  const styles = new StyleSheet();
  const strings = new StringTable();
  // What [Content_Types].xml lists.
  const parts: Omit<XmlPart, "xml">[] = [];
  // Each part is compressed on zlib's threads while the rest is written.
  const compressing: ReturnType<typeof compressPart>[] = [];
  const add = (part: XmlPart) => {
    parts.push(part);
    compressing.push(compressPart({ name: part.name, data: Buffer.from(part.xml, "utf8") }));
  };
  // The large parts go into bytes as they are written, compressed a chunk at a time.
  const written = (part: Omit<XmlPart, "xml">, write: (out: XmlBytes) => void) => {
    parts.push(part);
    const compressed = new CompressingPart(part.name);
    const out = new XmlBytes((chunk) => compressed.add(chunk));
    write(out);
    compressing.push(compressed.end(out.end()));
  };
  let charts = 0;
  sheets.forEach((sheet, index) => {
    const name = `xl/worksheets/sheet${index + 1}.xml`;
    const results = cachedResults(sheet);
    const drawn = (sheet.charts ?? []).length > 0;
    if (drawn) {
      const made = chartParts(sheet, charts + 1, index + 1, cellValues(sheet, results));
      charts += (sheet.charts ?? []).length;
      made.parts.forEach(add);
      add({
        name: `xl/worksheets/_rels/sheet${index + 1}.xml.rels`,
        xml: relationshipsXml([
          { id: DRAWING_ID, type: `${OFFICE_RELATIONSHIPS}/drawing`, target: made.drawing },
        ]),
      });
    }
    const selected = index === activeTab;
    const drawing = drawn ? DRAWING_ID : undefined;
    written({ name, type: PART_TYPES.worksheet }, (out) =>
      writeWorksheet(sheet, { styles, strings, results, selected, drawing }, out)
    );
  });
  add({ name: "xl/styles.xml", xml: styles.xml(), type: PART_TYPES.styles });
  written({ name: "xl/sharedStrings.xml", type: PART_TYPES.sharedStrings }, (out) =>
    strings.write(out)
  );
  add({ name: "xl/workbook.xml", xml: workbookXml(sheets, activeTab) });
  add({ name: "xl/_rels/workbook.xml.rels", xml: workbookRelationshipsXml(sheets.length) });
  add({ name: "_rels/.rels", xml: packageRelationshipsXml() });
  add({ name: "[Content_Types].xml", xml: contentTypesXml(parts) });
  const compressed = await Promise.all(compressing);
  // [Content_Types].xml first, as Office writes it; some readers look for it there.
  return zipPackage([compressed[compressed.length - 1], ...compressed.slice(0, -1)]);
}
