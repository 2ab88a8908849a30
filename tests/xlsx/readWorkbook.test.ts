import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { Grid, GridCell } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { openWorkbook, READ_LIMITS, ReadLimits, readWorkbook } from "../../src/xlsx/readWorkbook";
import { WorkbookError, WorkbookProblem } from "../../src/xlsx/workbookError";
import { declaredSize, onDisk, Parts, patchEntry, toZip64, zipParts } from "../support/zipFixture";

// ---------------------------------------------------------------------------------------------
// Workbooks written part by part.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface SheetSpec {
  name: string;
  /** The content of <sheetData>. */
  rows: string;
  /** XML after </sheetData>, such as <mergeCells>. */
  after?: string;
  state?: "hidden" | "veryHidden";
  /** The relationship id (rId1… by default). */
  id?: string;
  /** The part name (xl/worksheets/sheet1.xml… by default). */
  part?: string;
}

interface BookSpec {
  sheets: SheetSpec[];
  /** The <si> items of the shared strings, as XML. */
  strings?: string[];
  styles?: string;
  date1904?: boolean;
  /** Relationship targets from the root ("/xl/…") instead of relative to the workbook. */
  absolute?: boolean;
}

function worksheet(rows: string, after = ""): string {
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

function relationships(items: { id: string; type: string; target: string }[]): string {
  const body = items
    .map(({ id, type, target }) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("");
  return `${XML}<Relationships xmlns="${PACKAGE_REL}">${body}</Relationships>`;
}

function sharedStrings(items: string[]): string {
  const body = items.map((item) => `<si>${item}</si>`).join("");
  return `${XML}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${body}</sst>`;
}

/** Every part of a workbook, by part name. */
function bookParts(spec: BookSpec): Map<string, string> {
  const parts = new Map<string, string>();
  const sheets = spec.sheets.map((sheet, i) => ({
    ...sheet,
    id: sheet.id ?? `rId${i + 1}`,
    part: sheet.part ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
  const target = (part: string) => (spec.absolute ? `/${part}` : part.slice("xl/".length));
  parts.set(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
  );
  parts.set(
    "_rels/.rels",
    relationships([
      {
        id: "rId1",
        type: `${REL}/officeDocument`,
        target: spec.absolute ? "/xl/workbook.xml" : "xl/workbook.xml",
      },
      {
        id: "rId2",
        type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        target: "docProps/core.xml",
      },
    ])
  );
  parts.set("docProps/core.xml", `${XML}<cp:coreProperties xmlns:cp="urn:core"/>`);
  parts.set("docProps/app.xml", `${XML}<Properties xmlns="urn:app"/>`);
  const sheetList = sheets
    .map(
      ({ name, state, id }, i) =>
        `<sheet name="${name}" sheetId="${i + 1}"${state ? ` state="${state}"` : ""} r:id="${id}"/>`
    )
    .join("");
  const workbookPr = spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>";
  parts.set(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets>${sheetList}</sheets></workbook>`
  );
  const items = sheets.map(({ id, part }) => ({
    id,
    type: `${REL}/worksheet`,
    target: target(part),
  }));
  items.push({ id: "rIdTheme", type: `${REL}/theme`, target: target("xl/theme/theme1.xml") });
  if (spec.styles !== undefined)
    items.push({ id: "rIdStyles", type: `${REL}/styles`, target: target("xl/styles.xml") });
  if (spec.strings !== undefined)
    items.push({
      id: "rIdStrings",
      type: `${REL}/sharedStrings`,
      target: target("xl/sharedStrings.xml"),
    });
  parts.set("xl/_rels/workbook.xml.rels", relationships(items));
  for (const sheet of sheets) parts.set(sheet.part, worksheet(sheet.rows, sheet.after));
  parts.set("xl/theme/theme1.xml", `${XML}<a:theme xmlns:a="urn:drawingml" name="Office"/>`);
  if (spec.styles !== undefined) parts.set("xl/styles.xml", spec.styles);
  if (spec.strings !== undefined) parts.set("xl/sharedStrings.xml", sharedStrings(spec.strings));
  return parts;
}

/**
 * The parts in the order `order` names them: a name ending in "/" takes every part under it.
 * Every part must be named.
 */
function inOrder(parts: Map<string, string>, order: string[]): Parts {
  const ordered: Parts = [];
  const taken = new Set<string>();
  for (const name of order) {
    for (const part of parts.keys()) {
      const fits = name.endsWith("/") ? part.startsWith(name) : part === name;
      if (fits && !taken.has(part)) {
        taken.add(part);
        ordered.push([part, parts.get(part) as string]);
      }
    }
  }
  const left = [...parts.keys()].filter((part) => !taken.has(part));
  if (left.length > 0) throw new Error(`parts left out of the order: ${left.join(", ")}`);
  return ordered;
}

const EXCEL_ORDER = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/",
  "xl/theme/",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "docProps/",
];

/** A workbook as Excel orders its parts: sheets before styles and shared strings. */
function book(spec: BookSpec, order = EXCEL_ORDER): Uint8Array {
  return zipParts(inOrder(bookParts(spec), order));
}

/** The one sheet of a workbook, read. */
function onlyGrid(spec: BookSpec, limits?: Partial<ReadLimits>): Grid {
  const sheets = readWorkbook(book(spec), limits);
  expect(sheets).toHaveLength(1);
  return sheets[0].grid;
}

function row(number: number, cells: string, attributes = ""): string {
  return `<row r="${number}"${attributes}>${cells}</row>`;
}

/** The problem of the WorkbookError `read` throws; fails when it throws anything else or nothing. */
function problemOf(read: () => unknown): WorkbookProblem {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookError) return error.problem;
    throw new Error(`not a WorkbookError: ${String(error)}`);
  }
  throw new Error("nothing was thrown");
}

function errorOf(read: () => unknown): WorkbookError {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw new Error(`not a WorkbookError: ${String(error)}`);
  }
  throw new Error("nothing was thrown");
}

/** Cells as [address, cell] for comparing a whole sheet at once. */
function cellsOf(grid: Grid): Record<string, GridCell> {
  const cells: Record<string, GridCell> = {};
  grid.rows.forEach((cellsOfRow, r) =>
    cellsOfRow.forEach((cell, c) => {
      cells[`${String.fromCharCode(65 + c)}${r + 1}`] = cell;
    })
  );
  return cells;
}

// ---------------------------------------------------------------------------------------------
// The same two-sheet workbook, its parts in the orders of the tools that write them.

const STYLES = `${XML}<styleSheet xmlns="${MAIN}">
<numFmts count="3">
  <numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
  <numFmt numFmtId="165" formatCode="#,##0 &quot;đ&quot;;[Red]\\-#,##0"/>
  <numFmt numFmtId="166" formatCode="[$-42A]d mmmm yyyy"/>
</numFmts>
<fonts count="4">
  <font><sz val="11"/><name val="Times New Roman"/></font>
  <font><b/><sz val="11"/><name val="Times New Roman"/></font>
  <font><i/><sz val="11"/></font>
  <font><b val="0"/><i val="1"/></font>
</fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>
<cellXfs count="9">
  <xf numFmtId="0" fontId="0" xfId="0"/>
  <xf numFmtId="0" fontId="1" xfId="0" applyFont="1"/>
  <xf numFmtId="0" fontId="2" xfId="0" applyFont="1"/>
  <xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="165" fontId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="0" fontId="3" xfId="0" applyFont="1"/>
  <xf numFmtId="166" fontId="1" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="3" fontId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
<dxfs count="1"><dxf><font><b/><i/></font></dxf></dxfs>
</styleSheet>`;

/** Style indexes of STYLES. */
const S = {
  bold: 1,
  italic: 2,
  builtInDate: 3,
  customDate: 4,
  money: 5,
  notBoldButItalic: 6,
  localeDate: 7,
  grouped: 8,
};

const TWO_SHEETS: BookSpec = {
  styles: STYLES,
  strings: ["<t>TT</t>", "<t>Nhiệm vụ cụ thể</t>", "<t>Kinh phí</t>", "<t>Cải cách thể chế</t>"],
  sheets: [
    {
      name: "Phụ lục",
      rows:
        row(
          1,
          `<c r="A1" s="${S.bold}" t="s"><v>0</v></c><c r="B1" s="${S.bold}" t="s"><v>1</v></c><c r="C1" s="${S.bold}" t="s"><v>2</v></c>`
        ) +
        row(
          2,
          `<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="${S.grouped}"><v>1500000</v></c><c r="D2" s="${S.builtInDate}"><v>43840</v></c>`
        ),
    },
    {
      name: "Danh mục",
      rows: row(1, `<c r="A1" t="s"><v>3</v></c>`) + row(3, `<c r="B3"><v>7</v></c>`),
    },
  ],
};

function expectTwoSheets(bytes: Uint8Array) {
  const sheets = readWorkbook(bytes);
  expect(sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
    { name: "Phụ lục", hidden: false },
    { name: "Danh mục", hidden: false },
  ]);
  expect(sheets[0].grid.rows).toEqual([
    [
      { value: "TT", bold: true },
      { value: "Nhiệm vụ cụ thể", bold: true },
      { value: "Kinh phí", bold: true },
    ],
    [{ value: "TT" }, { value: "Cải cách thể chế" }, { value: 1_500_000 }, { value: "10/01/2020" }],
  ]);
  expect(sheets[1].grid.rows).toEqual([
    [{ value: "Cải cách thể chế" }],
    [],
    [undefined, { value: 7 }],
  ]);
}

describe("parts in any order", () => {
  const orders: Record<string, string[]> = {
    // Sheets first, then theme, styles, and the shared strings last of the workbook's parts.
    Excel: EXCEL_ORDER,
    LibreOffice: [
      "_rels/.rels",
      "docProps/",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/worksheets/",
      "xl/theme/",
      "xl/styles.xml",
      "xl/workbook.xml",
      "[Content_Types].xml",
    ],
    ExcelJS: [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/",
      "xl/sharedStrings.xml",
      "xl/theme/",
      "xl/styles.xml",
      "docProps/",
      "xl/workbook.xml",
    ],
    openpyxl: [
      "docProps/",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/theme/",
      "xl/worksheets/",
      "xl/styles.xml",
      "xl/sharedStrings.xml",
      "_rels/.rels",
      "[Content_Types].xml",
    ],
  };

  for (const [tool, order] of Object.entries(orders)) {
    test(`${tool}'s order: both sheets read right, every time`, () => {
      const bytes = book(TWO_SHEETS, order);
      for (let run = 0; run < 3; run++) expectTwoSheets(bytes);
    });
  }

  test("stored (not deflated) parts and a ZIP64 central directory read the same", () => {
    const parts = inOrder(bookParts(TWO_SHEETS), EXCEL_ORDER);
    expectTwoSheets(zipParts(parts, 0));
    expectTwoSheets(toZip64(zipParts(parts)));
  });

  test("a workbook written by ExcelJS: two sheets, shared strings, styles, a hidden sheet and row", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Phụ lục");
    first.addRow(["TT", "Nhiệm vụ cụ thể", "Kinh phí", "Thời gian"]);
    first.addRow(["1", "Cải cách thể chế", 1_500_000, new Date(Date.UTC(2020, 0, 10))]);
    first.addRow(["2", "Cải cách & hiện đại hoá <hành chính>", { formula: "C2*2", result: 3e6 }]);
    first.getRow(1).font = { bold: true };
    first.getCell("B2").font = { italic: true };
    first.getRow(3).hidden = true;
    first.mergeCells("D2:D3");
    const second = workbook.addWorksheet("Danh mục");
    second.state = "hidden";
    second.getCell("A1").value = "Văn phòng";
    second.getCell("A2").value = true;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    for (let run = 0; run < 3; run++) {
      const [appendix, list] = readWorkbook(bytes);
      expect(appendix.name).toBe("Phụ lục");
      expect(appendix.hidden).toBe(false);
      expect(appendix.grid.rows).toEqual([
        [
          { value: "TT", bold: true },
          { value: "Nhiệm vụ cụ thể", bold: true },
          { value: "Kinh phí", bold: true },
          { value: "Thời gian", bold: true },
        ],
        [
          { value: "1" },
          { value: "Cải cách thể chế", italic: true },
          { value: 1_500_000 },
          { value: "10/01/2020" },
        ],
        [
          { value: "2" },
          { value: "Cải cách & hiện đại hoá <hành chính>" },
          { value: 3e6, formula: "C2*2" },
        ],
      ]);
      expect(appendix.grid.merges).toEqual(["D2:D3"]);
      expect([...(appendix.grid.hiddenRows ?? [])]).toEqual([3]);
      expect(list).toEqual(expect.objectContaining({ name: "Danh mục", hidden: true }));
      expect(list.grid.rows).toEqual([[{ value: "Văn phòng" }], [{ value: true }]]);
    }
  });
});

describe("where the parts are and which sheets show", () => {
  const spec: BookSpec = {
    absolute: true,
    sheets: [
      {
        name: "Hướng dẫn",
        rows: row(1, '<c r="A1" t="inlineStr"><is><t>Đọc trước</t></is></c>'),
        id: "rId7",
        part: "xl/worksheets/sheet3.xml",
      },
      {
        name: "Phụ lục",
        id: "rId3",
        part: "xl/worksheets/sheet1.xml",
        rows:
          row(1, '<c r="A1" t="inlineStr"><is><t>TT</t></is></c>') +
          row(2, '<c r="A2"><v>1</v></c>', ' hidden="1"') +
          row(3, '<c r="A3"><v>2</v></c>', ' hidden="true"') +
          row(4, '<c r="A4"><v>3</v></c>', ' hidden="0"') +
          row(40, "", ' hidden="1"'),
      },
      { name: "Ẩn", state: "hidden", rows: "", id: "rId2", part: "xl/worksheets/sheet2.xml" },
      {
        name: "Rất ẩn",
        state: "veryHidden",
        rows: "",
        id: "rId9",
        part: "xl/worksheets/a/b/kho.xml",
      },
    ],
  };

  test("absolute targets, moved tabs (a sheet's file is not its place), hidden sheets and rows", () => {
    const bytes = book(spec);
    const workbook = openWorkbook(bytes);
    expect(workbook.sheets).toEqual([
      { name: "Hướng dẫn", hidden: false },
      { name: "Phụ lục", hidden: false },
      { name: "Ẩn", hidden: true },
      { name: "Rất ẩn", hidden: true },
    ]);
    const appendix = workbook.readSheet("Phụ lục");
    expect(appendix.rows.map((cells) => cells[0].value)).toEqual(["TT", 1, 2, 3]);
    expect([...(appendix.hiddenRows ?? [])].sort()).toEqual([2, 3]);
    expect(workbook.readSheet("Hướng dẫn").rows).toEqual([[{ value: "Đọc trước" }]]);
    expect(workbook.readSheet("Rất ẩn").rows).toEqual([]);
    expect(() => workbook.readSheet("Không có")).toThrow(/no sheet named Không có/);
    expect(() => workbook.readSheet("Không có")).not.toThrow(WorkbookError);
  });

  test("relative targets with ../ and a workbook part that is not xl/workbook.xml", () => {
    const parts: Parts = [
      [
        "_rels/.rels",
        relationships([{ id: "rId1", type: `${REL}/officeDocument`, target: "./so/Book.XML" }]),
      ],
      [
        "so/Book.XML",
        `${XML}<workbook xmlns="${MAIN}" xmlns:rel="${REL}"><sheets><sheet name="PL" sheetId="1" rel:id="a"/></sheets></workbook>`,
      ],
      [
        "so/_rels/Book.XML.rels",
        relationships([
          { id: "a", type: `${REL}/worksheet`, target: "../trang/pl.xml" },
          { id: "b", type: `${REL}/sharedStrings`, target: "chuoi.xml" },
        ]),
      ],
      ["trang/pl.xml", worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>'))],
      ["so/chuoi.xml", sharedStrings(["<t>Xin chào</t>"])],
    ];
    expect(readWorkbook(zipParts(parts))).toEqual([
      expect.objectContaining({
        name: "PL",
        grid: expect.objectContaining({ rows: [[{ value: "Xin chào" }]] }),
      }),
    ]);
  });

  test("Strict Open XML relationship types and prefixed elements", () => {
    const strict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const parts: Parts = [
      [
        "_rels/.rels",
        relationships([{ id: "r1", type: `${strict}/officeDocument`, target: "xl/workbook.xml" }]),
      ],
      [
        "xl/workbook.xml",
        `${XML}<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${strict}"><x:sheets><x:sheet name="S" sheetId="1" r:id="r1"/></x:sheets></x:workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        relationships([{ id: "r1", type: `${strict}/worksheet`, target: "worksheets/sheet1.xml" }]),
      ],
      [
        "xl/worksheets/sheet1.xml",
        `${XML}<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ],
    ];
    expect(readWorkbook(zipParts(parts))[0].grid.rows).toEqual([
      [{ value: "a" }, { value: 2, formula: "1+1" }],
    ]);
  });

  test("a part in UTF-16 with a byte order mark", () => {
    const parts = bookParts({
      sheets: [{ name: "S", rows: row(1, '<c r="A1" t="inlineStr"><is><t>Hạnh</t></is></c>') }],
    });
    const xml = (parts.get("xl/worksheets/sheet1.xml") as string).replace(
      'encoding="UTF-8"',
      'encoding="UTF-16"'
    );
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    const ordered: Parts = inOrder(parts, EXCEL_ORDER).map(([name, content]) => [
      name,
      name === "xl/worksheets/sheet1.xml" ? utf16 : content,
    ]);
    expect(readWorkbook(zipParts(ordered))[0].grid.rows).toEqual([[{ value: "Hạnh" }]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Cell values, formulas, styles.

const STRINGS = [
  "<t>Phụ lục</t>",
  // 1: rich text, every run bold
  '<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Việc </t></r><r><rPr><b/></rPr><t>hai</t></r>',
  // 2: rich text, one run bold
  "<r><rPr><b/></rPr><t>A</t></r><r><t>B</t></r>",
  // 3: rich text, every run italic
  '<r><rPr><i/></rPr><t xml:space="preserve">x </t></r><r><rPr><i val="true"/></rPr><t>y</t></r>',
  // 4: entities
  "<t>Văn phòng &amp; Thống kê &lt;UBND&gt; H&#x1EA1;nh &#273;&quot;</t>",
  // 5: a phonetic hint that is not the text
  '<t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh>',
  // 6: a character escaped the OOXML way, and an escaped escape
  "<t>dòng một_x000D_\nhai _x005F_x0041_</t>",
  // 7: a run whose bold is switched off
  '<r><rPr><b val="0"/></rPr><t>n</t></r>',
  // 8: CDATA
  "<t><![CDATA[a <b> & c]]></t>",
];

const VALUES_SHEET =
  row(
    1,
    `<c r="A1" t="s"><v>0</v></c><c r="B1" s="${S.bold}" t="s"><v>0</v></c><c r="C1" s="${S.italic}" t="inlineStr"><is><t>nghiêng</t></is></c><c r="D1" s="${S.notBoldButItalic}" t="s"><v>0</v></c>`
  ) +
  row(
    2,
    '<c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>7</v></c><c r="E2" t="s"><v>4</v></c><c r="F2" t="s"><v>5</v></c><c r="G2" t="s"><v>6</v></c><c r="H2" t="s"><v>8</v></c>'
  ) +
  row(
    3,
    '<c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><f>Sheet2!#REF!+1</f><v>#REF!</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="e"><f>VALUE("x")</f><v>#VALUE!</v></c><c r="F3" t="e"><v>#N/A</v></c>'
  ) +
  row(
    4,
    '<c r="A4"><f>SUM(G3:G4)</f><v>300</v></c><c r="B4"><f>G2+G6</f></c><c r="C4" t="str"><f>A1&amp;"x"</f><v>Phụ lụcx</v></c><c r="D4"><f>=1+1</f><v>2</v></c><c r="E4" t="str"><f>""</f><v></v></c><c r="F4" t="inlineStr"><is><r><rPr><b/></rPr><t>Tổng</t></r><r><rPr><b/></rPr><t> cộng</t></r></is></c><c r="G4" t="inlineStr"><is><t>a &amp; b_x000A_c</t></is></c>'
  ) +
  row(
    5,
    '<c r="A5"><v>1</v></c><c r="B5"><v>2</v></c><c r="G5"><f t="shared" ref="G5:G7" si="0">SUM(A5:F5)</f><v>3</v></c><c r="H5"><f t="shared" ref="H5:I5" si="1">$A5*G$5+"G5"</f><v>1</v></c><c r="I5"><f t="shared" si="1"/><v>2</v></c>'
  ) +
  row(6, '<c r="A6"><v>10</v></c><c r="G6"><f t="shared" si="0"/><v>10</v></c>') +
  row(
    7,
    '<c r="G7"><f t="shared" si="0"/></c><c r="H7"><f t="array" ref="H7:H8">A5:A6*2</f><v>2</v></c>'
  ) +
  row(8, '<c r="H8"><v>20</v></c>') +
  row(
    9,
    `<c r="A9" s="${S.builtInDate}"><v>43840</v></c><c r="B9" s="${S.customDate}"><v>43840.75</v></c><c r="C9" s="${S.money}"><v>1000</v></c><c r="D9" s="${S.localeDate}"><v>43840</v></c><c r="E9" t="d"><v>2020-01-10T00:00:00Z</v></c><c r="F9" s="${S.grouped}"><v>43840</v></c><c r="G9" s="${S.builtInDate}"><v>60</v></c><c r="H9" s="${S.builtInDate}"><v>61</v></c><c r="I9" s="${S.builtInDate}"><v>1</v></c><c r="J9" s="${S.builtInDate}"><v>59</v></c>`
  ) +
  // Style-only cells and rows hold nothing.
  row(
    11,
    `<c r="A11" s="${S.bold}"/><c r="B11" t="inlineStr"><is><t>cuối</t></is></c><c r="C11" s="3"/>`
  ) +
  row(12, `<c r="A12" s="${S.bold}"/>`) +
  `<row r="1048576" s="${S.bold}" customFormat="1"/>`;

describe("cell values", () => {
  const grid = onlyGrid({
    styles: STYLES,
    strings: STRINGS,
    sheets: [
      {
        name: "Giá trị",
        rows: VALUES_SHEET,
        after:
          '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="G5:G6"/></mergeCells>',
      },
    ],
  });
  const cells = cellsOf(grid);

  test("shared strings: plain, rich text runs joined, entities, phonetic hints left out, escapes", () => {
    expect(cells.A1).toEqual({ value: "Phụ lục" });
    expect(cells.A2).toEqual({ value: "Việc hai", bold: true });
    expect(cells.B2).toEqual({ value: "AB" });
    expect(cells.C2).toEqual({ value: "x y", italic: true });
    expect(cells.D2).toEqual({ value: "n" });
    expect(cells.E2).toEqual({ value: 'Văn phòng & Thống kê <UBND> Hạnh đ"' });
    expect(cells.F2).toEqual({ value: "漢字" });
    expect(cells.G2).toEqual({ value: "dòng một\r\nhai _x0041_" });
    expect(cells.H2).toEqual({ value: "a <b> & c" });
  });

  test("bold and italic from the cell's format, its font's val honoured", () => {
    expect(cells.B1).toEqual({ value: "Phụ lục", bold: true });
    expect(cells.C1).toEqual({ value: "nghiêng", italic: true });
    expect(cells.D1).toEqual({ value: "Phụ lục", italic: true });
  });

  test("inline strings, booleans and error values", () => {
    expect(cells.F4).toEqual({ value: "Tổng cộng", bold: true });
    expect(cells.G4).toEqual({ value: "a & b\nc" });
    expect(cells.A3).toEqual({ value: true });
    expect(cells.B3).toEqual({ value: false });
    expect(cells.C3).toEqual({ value: null, error: "#REF!", formula: "Sheet2!#REF!+1" });
    expect(cells.D3).toEqual({ value: null, error: "#DIV/0!", formula: "1/0" });
    expect(cells.E3).toEqual({ value: null, error: "#VALUE!", formula: 'VALUE("x")' });
    expect(cells.F3).toEqual({ value: null, error: "#N/A" });
  });

  test("formulas with and without a cached value, string results, a leading = dropped", () => {
    expect(cells.A4).toEqual({ value: 300, formula: "SUM(G3:G4)" });
    expect(cells.B4).toEqual({ value: null, formula: "G2+G6" });
    expect(cells.C4).toEqual({ value: "Phụ lụcx", formula: 'A1&"x"' });
    expect(cells.D4).toEqual({ value: 2, formula: "1+1" });
    expect(cells.E4).toEqual({ value: "", formula: '""' });
  });

  test("shared formulas: members take the master's formula shifted; array formulas on their first cell", () => {
    expect(cells.G5).toEqual({ value: 3, formula: "SUM(A5:F5)" });
    expect(cells.G6).toEqual({ value: 10, formula: "SUM(A6:F6)" });
    expect(cells.G7).toEqual({ value: null, formula: "SUM(A7:F7)" });
    expect(cells.H5).toEqual({ value: 1, formula: '$A5*G$5+"G5"' });
    expect(cells.I5).toEqual({ value: 2, formula: '$A5*H$5+"G5"' });
    expect(cells.H7).toEqual({ value: 2, formula: "A5:A6*2" });
    expect(cells.H8).toEqual({ value: 20 });
  });

  test("dates by built-in and custom formats (Excel's 1900 leap year included), ISO dates", () => {
    expect(cells.A9).toEqual({ value: "10/01/2020" });
    expect(cells.B9).toEqual({ value: "10/01/2020" });
    expect(cells.C9).toEqual({ value: 1000 });
    expect(cells.D9).toEqual({ value: "10/01/2020", bold: true });
    expect(cells.E9).toEqual({ value: "10/01/2020" });
    expect(cells.F9).toEqual({ value: 43840 });
    expect(cells.G9).toEqual({ value: "29/02/1900" });
    expect(cells.H9).toEqual({ value: "01/03/1900" });
    expect(cells.I9).toEqual({ value: "01/01/1900" });
    expect(cells.J9).toEqual({ value: "28/02/1900" });
  });

  test("style-only cells and rows hold nothing; rows between are empty; merges listed", () => {
    expect(grid.firstRow).toBe(1);
    expect(grid.firstColumn).toBe(1);
    expect(grid.rows).toHaveLength(11);
    expect(grid.rows[9]).toEqual([]);
    expect(grid.rows[10]).toEqual([undefined, { value: "cuối" }]);
    expect(grid.merges).toEqual(["A1:C1", "G5:G6"]);
    expect(grid.hiddenRows?.size).toBe(0);
  });

  test("dates in the 1904 date system", () => {
    const dates = onlyGrid({
      date1904: true,
      styles: STYLES,
      sheets: [
        {
          name: "S",
          rows: row(
            1,
            `<c r="A1" s="${S.builtInDate}"><v>42378</v></c><c r="B1" s="${S.customDate}"><v>0</v></c><c r="C1"><v>42378</v></c>`
          ),
        },
      ],
    });
    expect(dates.rows[0]).toEqual([
      { value: "10/01/2020" },
      { value: "01/01/1904" },
      { value: 42378 },
    ]);
  });

  test("cells and rows without r follow the one before; no styles or strings parts at all", () => {
    const plain = onlyGrid({
      sheets: [
        {
          name: "S",
          rows: '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c r="b2"><v>7</v></c></row>',
        },
      ],
    });
    expect(plain.rows).toEqual([
      [{ value: 1 }, { value: 2 }, undefined, undefined, { value: 5 }, { value: 6 }],
      [undefined, { value: 7 }],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Files that are not workbooks, or are damaged.

/** An OLE compound file whose directory holds a root entry and the given streams. */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 512);
  const data = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  data.setUint16(24, 0x3e, true);
  data.setUint16(26, 3, true);
  data.setUint16(28, 0xfffe, true);
  data.setUint16(30, 9, true);
  data.setUint16(32, 6, true);
  data.setUint32(48, 0, true);
  ["Root Entry", ...streams].forEach((name, i) => {
    const at = 512 + 128 * i;
    for (let c = 0; c < name.length; c++) data.setUint16(at + 2 * c, name.charCodeAt(c), true);
    data.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
}

describe("files that are not workbooks, or are damaged", () => {
  const good = book(TWO_SHEETS);
  const sheetPart = "xl/worksheets/sheet1.xml";

  test("a password-protected workbook is encrypted; another OLE file is not a workbook", () => {
    expect(
      problemOf(() => openWorkbook(compoundFile(["EncryptionInfo", "EncryptedPackage"])))
    ).toBe("encrypted");
    expect(problemOf(() => openWorkbook(compoundFile(["Workbook", "SummaryInformation"])))).toBe(
      "not-a-workbook"
    );
  });

  test("garbage, an empty file, text and a zip without a workbook are not workbooks", () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(problemOf(() => openWorkbook(garbage))).toBe("not-a-workbook");
    expect(problemOf(() => openWorkbook(new Uint8Array(0)))).toBe("not-a-workbook");
    expect(problemOf(() => openWorkbook(new TextEncoder().encode("TT,Nhiệm vụ\n1,Việc\n")))).toBe(
      "not-a-workbook"
    );
    expect(problemOf(() => openWorkbook(zipParts([["readme.txt", "Xin chào"]])))).toBe(
      "not-a-workbook"
    );
    const document = zipParts([
      [
        "_rels/.rels",
        relationships([{ id: "rId1", type: `${REL}/officeDocument`, target: "word/document.xml" }]),
      ],
      ["word/document.xml", `${XML}<w:document xmlns:w="urn:word"><w:body/></w:document>`],
    ]);
    expect(problemOf(() => openWorkbook(document))).toBe("not-a-workbook");
  });

  test("a truncated zip is damaged", () => {
    for (const length of [100, good.length >> 1, good.length - 10])
      expect(problemOf(() => openWorkbook(good.subarray(0, length)))).toBe("damaged");
  });

  test("a workbook part, a sheet or the shared strings named but missing are damaged", () => {
    const parts = inOrder(bookParts(TWO_SHEETS), EXCEL_ORDER);
    const without = (name: string) => zipParts(parts.filter(([part]) => part !== name));
    expect(problemOf(() => openWorkbook(without("xl/workbook.xml")))).toBe("damaged");
    expect(problemOf(() => openWorkbook(without("xl/sharedStrings.xml")))).toBe("damaged");
    expect(problemOf(() => openWorkbook(without("xl/_rels/workbook.xml.rels")))).toBe("damaged");
    const workbook = openWorkbook(without(sheetPart));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Phụ lục", "Danh mục"]);
    expect(problemOf(() => workbook.readSheet("Phụ lục"))).toBe("damaged");
    expect(workbook.readSheet("Danh mục").rows[0]).toEqual([{ value: "Cải cách thể chế" }]);
  });

  test("malformed XML, an unknown entity, bad UTF-8 and a string index past the end are damaged", () => {
    const withSheet = (content: string | Uint8Array) =>
      zipParts(
        inOrder(bookParts(TWO_SHEETS), EXCEL_ORDER).map(([name, xml]) => [
          name,
          name === sheetPart ? content : xml,
        ])
      );
    const broken = [
      worksheet('<row r="1"><c r="A1"><v>1</v></row>'),
      worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'),
      worksheet('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'),
      worksheet('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'),
      worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -20),
      Uint8Array.from([
        ...new TextEncoder().encode(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>')),
        0xc3,
        0x28,
        ...new TextEncoder().encode("</t></is></c></row>"),
      ]),
      "",
    ];
    for (const content of broken) {
      const workbook = openWorkbook(withSheet(content));
      expect(problemOf(() => workbook.readSheet("Phụ lục"))).toBe("damaged");
      expect(problemOf(() => readWorkbook(withSheet(content)))).toBe("damaged");
    }
  });

  test("a central directory that lies about sizes or checksums is damaged", () => {
    const size = declaredSize(good, sheetPart);
    for (const patch of [
      { size: size + 1 },
      { size: size - 1 },
      { crc: 12345 },
      { compressedSize: 10 },
      { compressedSize: good.length },
    ]) {
      const lying = patchEntry(good, sheetPart, patch);
      expect(problemOf(() => readWorkbook(lying))).toBe("damaged");
    }
  });

  test("one part named for two sheets is damaged", () => {
    const twice = book({
      sheets: [
        { name: "A", rows: "", part: "xl/worksheets/sheet1.xml" },
        { name: "B", rows: "", part: "xl/worksheets/sheet2.xml" },
      ],
    });
    const parts = inOrder(
      bookParts({
        sheets: [
          { name: "A", rows: numbers(1, 1) },
          { name: "B", rows: numbers(1, 1) },
        ],
      }),
      EXCEL_ORDER
    ).map(([name, content]): [string, string | Uint8Array] => [
      name,
      name === "xl/_rels/workbook.xml.rels"
        ? (content as string).replace("worksheets/sheet2.xml", "worksheets/sheet1.xml")
        : content,
    ]);
    expect(readWorkbook(twice)).toHaveLength(2);
    expect(problemOf(() => openWorkbook(zipParts(parts)))).toBe("damaged");
  });

  test("other compression methods and split archives are unsupported; zip encryption is encrypted", () => {
    expect(problemOf(() => readWorkbook(patchEntry(good, sheetPart, { method: 12 })))).toBe(
      "unsupported"
    );
    expect(problemOf(() => openWorkbook(onDisk(good, 1)))).toBe("unsupported");
    expect(problemOf(() => readWorkbook(patchEntry(good, sheetPart, { flags: 1 })))).toBe(
      "encrypted"
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Limits.

/** A sheet of `rows` rows of `columns` numbers each. */
function numbers(rows: number, columns: number, firstRow = 1): string {
  let xml = "";
  for (let r = firstRow; r < firstRow + rows; r++) {
    xml += `<row r="${r}">`;
    for (let c = 0; c < columns; c++)
      xml += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r}</v></c>`;
    xml += "</row>";
  }
  return xml;
}

describe("limits", () => {
  test("the defaults", () => {
    expect(READ_LIMITS).toEqual({
      maxPartBytes: 24 * 1024 * 1024,
      maxRows: 100_000,
      maxCells: 1_000_000,
    });
  });

  test("a part declaring more than maxPartBytes is refused", () => {
    const bytes = book({ sheets: [{ name: "S", rows: numbers(200, 5) }] });
    expect(declaredSize(bytes, "xl/worksheets/sheet1.xml")).toBeGreaterThan(4096);
    const error = errorOf(() => readWorkbook(bytes, { maxPartBytes: 4096 }));
    expect(error.problem).toBe("too-large");
    expect(error.limit).toEqual({ what: "bytes", value: 4096 });
    expect(readWorkbook(bytes, { maxPartBytes: 65536 })[0].grid.rows).toHaveLength(200);
  });

  test("a part declaring little but inflating past it is stopped at its declared size, as damaged", () => {
    const bytes = patchEntry(
      book({ sheets: [{ name: "S", rows: numbers(2000, 5) }] }),
      "xl/worksheets/sheet1.xml",
      { size: 100 }
    );
    expect(errorOf(() => readWorkbook(bytes, { maxPartBytes: 8192 })).problem).toBe("damaged");
    expect(errorOf(() => readWorkbook(bytes)).problem).toBe("damaged");
  });

  test("the parts read from one file share maxPartBytes", () => {
    const sheet = numbers(200, 5);
    const bytes = book({
      sheets: [
        { name: "A", rows: sheet },
        { name: "B", rows: sheet },
      ],
    });
    const size = declaredSize(bytes, "xl/worksheets/sheet1.xml");
    const limit = Math.floor(size * 1.5) + 2000;
    const workbook = openWorkbook(bytes, { maxPartBytes: limit });
    expect(workbook.readSheet("A").rows).toHaveLength(200);
    expect(errorOf(() => workbook.readSheet("B")).limit).toEqual({ what: "bytes", value: limit });
    expect(errorOf(() => readWorkbook(bytes, { maxPartBytes: limit })).problem).toBe("too-large");
    expect(readWorkbook(bytes, { maxPartBytes: 3 * size })).toHaveLength(2);
  });

  test("rows past maxRows and cells past maxCells are refused", () => {
    const rows = book({ sheets: [{ name: "S", rows: numbers(11, 1) }] });
    expect(errorOf(() => readWorkbook(rows, { maxRows: 10 })).limit).toEqual({
      what: "rows",
      value: 10,
    });
    const far = book({ sheets: [{ name: "S", rows: row(50_000, '<c r="A50000"><v>1</v></c>') }] });
    expect(errorOf(() => readWorkbook(far, { maxRows: 49_999 })).limit).toEqual({
      what: "rows",
      value: 49_999,
    });
    const cells = book({ sheets: [{ name: "S", rows: numbers(3, 4) }] });
    expect(errorOf(() => readWorkbook(cells, { maxCells: 11 })).limit).toEqual({
      what: "cells",
      value: 11,
    });
    expect(readWorkbook(cells, { maxCells: 12, maxRows: 3 })[0].grid.rows).toHaveLength(3);
  });

  test("style-only rows and cells, however far, count for nothing", () => {
    let styled = numbers(10, 2);
    for (let r = 11; r <= 2000; r++)
      styled += `<row r="${r}" s="1" customFormat="1"><c r="Z${r}" s="3"/></row>`;
    styled += '<row r="1048576" s="1" customFormat="1" hidden="1"/>';
    const grid = onlyGrid({ sheets: [{ name: "S", rows: styled }] }, { maxRows: 10, maxCells: 20 });
    expect(grid.rows).toHaveLength(10);
    expect(grid.hiddenRows?.size).toBe(0);
  });

  test("100,000 merged areas are read", () => {
    let merges = "";
    for (let i = 1; i <= 100_000; i++) merges += `<mergeCell ref="A${i}:B${i}"/>`;
    const grid = onlyGrid({
      sheets: [
        {
          name: "S",
          rows: numbers(1, 1),
          after: `<mergeCells count="100000">${merges}</mergeCells>`,
        },
      ],
    });
    expect(grid.merges).toHaveLength(100_000);
    expect(grid.merges?.[99_999]).toBe("A100000:B100000");
  });

  test("crafted XML: deep nesting and a flood of attributes are damaged; a long attribute is read", () => {
    const deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);
    expect(problemOf(() => readWorkbook(book({ sheets: [{ name: "S", rows: deep }] })))).toBe(
      "damaged"
    );
    const attributes = Array.from({ length: 20_000 }, (_, i) => ` a${i}="1"`).join("");
    expect(
      problemOf(() =>
        readWorkbook(book({ sheets: [{ name: "S", rows: `<row r="1"${attributes}/>` }] }))
      )
    ).toBe("damaged");
    const long = `<row r="1"><c r="A1" t="inlineStr" x="${"y".repeat(3_000_000)}"><is><t>${"z".repeat(1_000_000)}</t></is></c></row>`;
    const grid = onlyGrid({ sheets: [{ name: "S", rows: long }] });
    expect((grid.rows[0][0].value as string).length).toBe(1_000_000);
  });

  test("a shared formula filled far counts its written-out text against maxPartBytes", () => {
    const master = `SUM(${Array.from({ length: 500 }, (_, i) => `A${i + 1}`).join(",")})`;
    let rows = `<row r="1"><c r="B1"><f t="shared" ref="B1:B400" si="0">${master}</f></c></row>`;
    for (let r = 2; r <= 400; r++)
      rows += `<row r="${r}"><c r="B${r}"><f t="shared" si="0"/></c></row>`;
    const spec = { sheets: [{ name: "S", rows }] };
    expect(errorOf(() => readWorkbook(book(spec), { maxPartBytes: 500_000 })).limit).toEqual({
      what: "bytes",
      value: 500_000,
    });
    expect(onlyGrid(spec).rows[399][1].formula).toBe(
      master.replace(/A(\d+)/g, (_, n) => `A${Number(n) + 399}`)
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The appendix checks on workbooks ExcelJS writes.

const HEADER = [
  "TT",
  "Nhiệm vụ cụ thể",
  "Bộ phận chủ trì",
  "Bộ phận phối hợp",
  "Sản phẩm",
  "Thời gian",
  "Kinh phí",
];

type Row = (string | number | Date | null | { formula: string; result?: number })[];

/** A workbook with one sheet holding the header on row 1 and `rows` below it, saved and read back. */
async function roundTrip(rows: Row[], dress?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.addRow(HEADER);
  rows.forEach((row) => sheet.addRow(row));
  dress?.(sheet);
  const [read] = readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return read.grid;
}

const LEAD = "Văn phòng – Thống kê";

describe("readWorkbook on ExcelJS files", () => {
  test("values, formulas with their cached results, bold, italic, rich text and dates", async () => {
    const grid = await roundTrip(
      [
        ["1", "Nhóm", null, null, null, null, { formula: "SUM(G3:G4)", result: 300 }],
        ["1.1", "Việc", LEAD, null, null, new Date(Date.UTC(2020, 0, 10)), 100],
        ["1.2", "Việc", LEAD, null, null, null, 200],
      ],
      (sheet) => {
        sheet.getCell("B2").font = { bold: true };
        sheet.getCell("B3").font = { italic: true };
        sheet.getCell("B4").value = {
          richText: [
            { text: "Việc ", font: { bold: true } },
            { text: "hai", font: { bold: true } },
          ],
        };
      }
    );
    expect(grid.firstRow).toBe(1);
    expect(grid.rows[1][6]).toEqual({ value: 300, formula: "SUM(G3:G4)" });
    expect(grid.rows[1][1]).toEqual({ value: "Nhóm", bold: true });
    expect(grid.rows[2][1]).toEqual({ value: "Việc", italic: true });
    expect(grid.rows[2][5].value).toBe("10/01/2020");
    expect(grid.rows[3][1]).toEqual({ value: "Việc hai", bold: true });
  });

  test("a merged area gives its value only in its first cell, and is listed", async () => {
    const grid = await roundTrip(
      [
        ["1", "Việc một", LEAD, null, null, null, 100],
        [null, "Việc hai", LEAD, null, null, null, 200],
      ],
      (sheet) => sheet.mergeCells("A2:A3")
    );
    expect(grid.rows[1][0].value).toBe("1");
    expect(grid.rows[2][0]).toBeUndefined();
    expect(grid.merges).toEqual(["A2:A3"]);
    const merged = checkAppendix(readAppendix(grid)).filter((f) => f.rule === "table.merged");
    expect(merged).toEqual([expect.objectContaining({ severity: "warning", row: 2, cell: "A2" })]);
    expect(merged[0].message).toContain("A2:A3");
  });

  test("a merged title above the header is not a fault", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("PL");
    sheet.getCell("A1").value = "PHỤ LỤC";
    sheet.mergeCells("A1:G2");
    sheet.getRow(3).values = HEADER;
    sheet.getRow(4).values = ["1", "Việc", LEAD, null, null, null, 100];
    const [read] = readWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const findings = checkAppendix(readAppendix(read.grid));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([
      expect.objectContaining({ rule: "total.missing", row: 5, cell: "G5", expected: 100 }),
    ]);
  });
});

describe("subtotal.formula on a workbook", () => {
  const table = (groupFormula: string, totalFormula: string): Row[] => [
    ["1", "Nhóm một", null, null, null, null, { formula: groupFormula, result: 300 }],
    ["1.1", "Nhóm con", null, null, null, null, { formula: "SUM(G4:G5)", result: 300 }],
    ["1.1.1", "Việc", LEAD, null, null, null, 100],
    ["1.1.2", "Việc", LEAD, null, null, null, 200],
    ["2", "Việc lớn", LEAD, null, null, null, 50],
    [null, "Tổng cộng", null, null, null, null, { formula: totalFormula, result: 350 }],
  ];

  test("formulas over exactly the children give no finding", async () => {
    const grid = await roundTrip(table("SUM(G3)", "G2+G6"));
    expect(checkAppendix(readAppendix(grid)).filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a subtotal over its grandchildren too is an error at its cell", async () => {
    // G2 = SUM(G3:G5) adds 1.1 and also 1.1.1 and 1.1.2 below it; the cached 300 came from elsewhere.
    const grid = await roundTrip(table("SUM(G3:G5)", "G2+G6"));
    const findings = checkAppendix(readAppendix(grid)).filter((f) => f.rule === "subtotal.formula");
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", row: 2, cell: "G2", number: "1" }),
    ]);
    expect(findings[0].message).toContain("1.1.1 (dòng 4)");
    expect(findings[0].message).toContain("1.1.2 (dòng 5)");
  });

  test("a total that leaves out a top-level row is an error at the total", async () => {
    const grid = await roundTrip(table("SUM(G3)", "SUM(G2)"));
    const findings = checkAppendix(readAppendix(grid)).filter((f) => f.rule === "subtotal.formula");
    expect(findings).toEqual([expect.objectContaining({ severity: "error", row: 7, cell: "G7" })]);
    expect(findings[0].message).toContain("bỏ sót 2 (dòng 6)");
  });

  test("a formula filled down (stored once, shared) is read for every cell it covers", async () => {
    // Two groups of two tasks, each subtotal the same shape: G2 = SUM(G3:G4) filled to G5 = SUM(G6:G7).
    const grid = await roundTrip(
      [
        ["1", "Nhóm một", null, null, null, null, null],
        ["1.1", "Việc", LEAD, null, null, null, 100],
        ["1.2", "Việc", LEAD, null, null, null, 200],
        ["2", "Nhóm hai", null, null, null, null, null],
        ["2.1", "Việc", LEAD, null, null, null, 10],
        ["2.2", "Việc", LEAD, null, null, null, 20],
      ],
      (sheet) => {
        // ExcelJS writes a shared formula from shareType and ref, which its types do not name.
        const master = { formula: "SUM(G3:G4)", result: 300, shareType: "shared", ref: "G2:G5" };
        sheet.getCell("G2").value = master as ExcelJS.CellFormulaValue;
        sheet.getCell("G5").value = { sharedFormula: "G2", result: 30 };
      }
    );
    expect(grid.rows[1][6]).toEqual({ value: 300, formula: "SUM(G3:G4)" });
    expect(grid.rows[4][6]).toEqual({ value: 30, formula: "SUM(G6:G7)" });
    expect(checkAppendix(readAppendix(grid)).filter((f) => f.rule === "subtotal.formula")).toEqual(
      []
    );
  });
});
