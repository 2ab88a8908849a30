import { SheetDescription } from "../sheet/sheetDescription";
import { sheetRange } from "../sheet/sheetNames";
import { element, escapeAttribute, escapeXml, xmlPart } from "./xmlMarkup";

/*
 * The parts that tie an .xlsx package together (ECMA-376 Part 2 and Part 1 §18.2): the content types,
 * the relationships, and the workbook, which lists the sheets and names their print areas and titles.
 */

export const OFFICE_RELATIONSHIPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SPREADSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface XmlPart {
  /** Its path in the package, such as "xl/charts/chart1.xml". */
  name: string;
  xml: string;
  /** Its content type, for the parts [Content_Types].xml names one by one. */
  type?: string;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(relationships: Relationship[]): string {
  return xmlPart(
    element(
      "Relationships",
      { xmlns: PACKAGE_RELATIONSHIPS },
      relationships.map(({ id, type, target }) =>
        element("Relationship", { Id: id, Type: type, Target: target })
      )
    )
  );
}

export const PART_TYPES = {
  worksheet: `${SPREADSHEET_TYPE}.worksheet+xml`,
  styles: `${SPREADSHEET_TYPE}.styles+xml`,
  sharedStrings: `${SPREADSHEET_TYPE}.sharedStrings+xml`,
};

/** [Content_Types].xml: the types of the XML parts, relationships by their extension. */
export function contentTypesXml(parts: readonly Omit<XmlPart, "xml">[]): string {
  return xmlPart(
    element("Types", { xmlns: CONTENT_TYPES }, [
      element("Default", {
        Extension: "rels",
        ContentType: "application/vnd.openxmlformats-package.relationships+xml",
      }),
      element("Default", { Extension: "xml", ContentType: "application/xml" }),
      element("Override", {
        PartName: "/xl/workbook.xml",
        ContentType: `${SPREADSHEET_TYPE}.sheet.main+xml`,
      }),
      ...parts
        .filter((part) => part.type !== undefined)
        .map((part) => element("Override", { PartName: `/${part.name}`, ContentType: part.type })),
    ])
  );
}

/** _rels/.rels: the package's start, the workbook. */
export function packageRelationshipsXml(): string {
  return relationshipsXml([
    { id: "rId1", type: `${OFFICE_RELATIONSHIPS}/officeDocument`, target: "xl/workbook.xml" },
  ]);
}

/** xl/_rels/workbook.xml.rels: sheet i (from 1) as rIdi, then the styles and the shared strings. */
export function workbookRelationshipsXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, index) => ({
    id: `rId${index + 1}`,
    type: `${OFFICE_RELATIONSHIPS}/worksheet`,
    target: `worksheets/sheet${index + 1}.xml`,
  }));
  return relationshipsXml([
    ...sheets,
    { id: `rId${sheetCount + 1}`, type: `${OFFICE_RELATIONSHIPS}/styles`, target: "styles.xml" },
    {
      id: `rId${sheetCount + 2}`,
      type: `${OFFICE_RELATIONSHIPS}/sharedStrings`,
      target: "sharedStrings.xml",
    },
  ]);
}

/**
 * xl/workbook.xml: the sheets in order, the one Excel opens on, each sheet's print area and printed
 * titles as Excel names them, and a full recalculation on opening (the results saved with formulas
 * cover only simple sums).
 */
export function workbookXml(sheets: readonly SheetDescription[], activeTab: number): string {
  const listed = sheets.map(
    (sheet, index) =>
      `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${index + 1}"` +
      `${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${index + 1}"/>`
  );
  const names = sheets.flatMap(({ name, print }, index) => {
    const defined = (kind: string, range: string) =>
      `<definedName name="_xlnm.${kind}" localSheetId="${index}">${escapeXml(sheetRange(name, range))}</definedName>`;
    return [
      ...(print?.area ? [defined("Print_Area", absolute(print.area))] : []),
      ...(print?.repeatRows ? [defined("Print_Titles", absolute(print.repeatRows))] : []),
    ];
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS}">` +
    // Excel opens on the sheet named here, and shows it even when it is hidden.
    `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${listed.join("")}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    "</workbook>"
  );
}

/** "A1:K40" as $A$1:$K$40, "6:6" as $6:$6: a print range as Excel writes it. */
function absolute(range: string): string {
  return range.replace(
    /([A-Z]*)(\d+)/gi,
    (_, letters: string, digits: string) =>
      `${letters ? `$${letters.toUpperCase()}` : ""}$${digits}`
  );
}
