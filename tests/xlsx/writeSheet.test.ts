import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";

const FONT = "Times New Roman";
const LIST = "'Danh mục'!$A$2:$A$201";

/** A small sheet using every part of a description. Columns: A TT (text) | B Nội dung | C Kinh phí. */
const table: SheetDescription = {
  name: "Phụ lục",
  columns: [
    { width: 8, style: { numberFormat: "@" } },
    { width: 40 },
    { width: 16, style: { numberFormat: "#,##0" } },
  ],
  rows: [
    {
      cells: [
        {
          value: "PHỤ LỤC",
          style: {
            font: FONT,
            size: 14,
            bold: true,
            horizontal: "center",
            vertical: "middle",
            wrap: true,
          },
        },
      ],
      height: 30,
    },
    { cells: [] },
    {
      cells: ["TT", "Nội dung", "Kinh phí"].map((value) => ({
        value,
        style: { font: FONT, size: 12, bold: true, horizontal: "center", border: true },
      })),
    },
    {
      cells: [
        { value: "1.10" },
        { value: "- Kế hoạch", style: { italic: true, numberFormat: "@" } },
        { value: 1_500_000 },
      ],
    },
    {
      cells: [
        { value: "1.2" },
        { value: "=1+1", style: { numberFormat: "@" } },
        { value: 2_500, style: { horizontal: "right" } },
      ],
    },
    { cells: [{ value: "+84 912 345 678" }, { value: "@Văn phòng" }, { value: "" }] },
    {
      cells: [
        undefined,
        { value: "Cộng" },
        { formula: "=SUM(C4:C5)", style: { bold: true, numberFormat: "#,##0" } },
      ],
    },
    { cells: [undefined, { value: "Tổng" }, { formula: "=SUM(C7,C4)" }] },
    { cells: [undefined, { value: "Làm tròn" }, { formula: "=ROUND(C8,-3)" }] },
  ],
  merges: ["A1:C1"],
  freeze: { rows: 3 },
  validations: [
    {
      range: "C4:C100",
      rule: { kind: "wholeNumber", min: 0 },
      errorMessage: "Kinh phí là số nguyên không âm.",
    },
    {
      range: "B4:B100",
      rule: { kind: "list", source: LIST },
      errorMessage: "Chọn trong danh sách.",
    },
  ],
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    repeatRows: "3:3",
    margins: { top: 20, bottom: 25, left: 30, right: 15 },
  },
};

const units: SheetDescription = {
  name: "Danh mục",
  columns: [{ width: 40 }],
  rows: [{ cells: [{ value: "Bộ phận chủ trì" }] }, { cells: [{ value: "Văn phòng – Thống kê" }] }],
  merges: [],
  freeze: { rows: 1, columns: 1 },
  validations: [],
  print: {
    orientation: "portrait",
    paper: "A4",
    fitToWidth: false,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
  },
};

async function written() {
  const data = await writeSheets([table, units]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(data).buffer);
  const sheet = workbook.getWorksheet("Phụ lục") as ExcelJS.Worksheet;
  return { data, workbook, sheet };
}

/** The validation ExcelJS read for one cell (it spreads a range's rule over its cells). */
function validationAt(sheet: ExcelJS.Worksheet, address: string) {
  const { dataValidations } = sheet as unknown as {
    dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  };
  return dataValidations.model[address];
}

describe("writeSheets", () => {
  test("sheets in the order given, values and formulas (written without their '=')", async () => {
    const { workbook, sheet } = await written();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Phụ lục", "Danh mục"]);
    expect(sheet.getCell("A1").value).toBe("PHỤ LỤC");
    expect(sheet.getCell("A4").value).toBe("1.10");
    expect(sheet.getCell("C4").value).toBe(1_500_000);
    expect(sheet.getCell("C7").type).toBe(ExcelJS.ValueType.Formula);
    expect(sheet.getCell("C7").formula).toBe("SUM(C4:C5)");
    expect(sheet.getCell("C8").formula).toBe("SUM(C7,C4)");
    expect(sheet.getCell("C9").formula).toBe("ROUND(C8,-3)");
    // An empty string is no value: the cell keeps only its style.
    expect(sheet.getCell("C6").value).toBeNull();
    expect(workbook.getWorksheet("Danh mục")?.getCell("A2").value).toBe("Văn phòng – Thống kê");
  });

  test("simple sums carry their results, so a reader that does not recalculate sees them", async () => {
    const { data, sheet } = await written();
    expect(sheet.getCell("C7").result).toBe(1_502_500);
    expect(sheet.getCell("C8").result).toBe(3_002_500);
    // Any other formula is left for the spreadsheet to compute, which it does on open.
    expect(sheet.getCell("C9").result).toBeUndefined();
    const zip = await JSZip.loadAsync(data);
    expect(await zip.file("xl/workbook.xml")?.async("string")).toMatch(
      /<calcPr [^>]*fullCalcOnLoad="1"/
    );
    const [grid] = readWorkbook(data);
    expect(grid.grid.rows[6][2]).toEqual({ value: 1_502_500, formula: "SUM(C4:C5)", bold: true });
  });

  test("a SUM of more than 255 arguments, which spreadsheets reject, gets no result", async () => {
    const sum = (count: number) =>
      `=SUM(${Array.from({ length: count }, (_, i) => `A${i + 2}`).join(",")})`;
    const data = await writeSheets([
      {
        name: "Tổng",
        columns: [],
        rows: [
          { cells: [{ formula: sum(255) }, { formula: sum(256) }] },
          ...Array.from({ length: 256 }, () => ({ cells: [{ value: 1 }] })),
        ],
        merges: [],
        validations: [],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(data).buffer);
    const sheet = workbook.getWorksheet("Tổng") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").result).toBe(255);
    expect(sheet.getCell("B1").result).toBeUndefined();
  });

  test("text starting with -, =, + or @ stays text", async () => {
    const { data, sheet } = await written();
    for (const [address, text] of [
      ["B4", "- Kế hoạch"],
      ["B5", "=1+1"],
      ["A6", "+84 912 345 678"],
      ["B6", "@Văn phòng"],
    ]) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).value).toBe(text);
    }
    const xml = await (
      await JSZip.loadAsync(data)
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    expect(xml).not.toMatch(/<c r="B5"[^>]*>\s*<f>/);
    const [grid] = readWorkbook(data);
    expect(grid.grid.rows[4][1]).toEqual({ value: "=1+1" });
  });

  test("number formats: the column's first, then the cell's own", async () => {
    const { sheet } = await written();
    expect(sheet.getColumn(1).numFmt).toBe("@");
    expect(sheet.getCell("A4").numFmt).toBe("@");
    expect(sheet.getCell("A6").numFmt).toBe("@");
    expect(sheet.getCell("B4").numFmt).toBe("@");
    expect(sheet.getCell("C4").numFmt).toBe("#,##0");
    // A cell style without a format keeps the column's.
    expect(sheet.getCell("C5").numFmt).toBe("#,##0");
    expect(sheet.getCell("C5").alignment).toEqual({ horizontal: "right" });
    expect(sheet.getCell("C7").numFmt).toBe("#,##0");
  });

  test("fonts, alignment with wrap, thin borders", async () => {
    const { sheet } = await written();
    expect(sheet.getCell("A1").font).toEqual({ name: FONT, size: 14, bold: true });
    expect(sheet.getCell("A1").alignment).toEqual({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    // What a style leaves unsaid is the workbook's default font, as Excel writes every font whole.
    expect(sheet.getCell("B4").font).toEqual({ name: "Calibri", size: 11, italic: true });
    expect(sheet.getCell("C7").font).toEqual({ name: "Calibri", size: 11, bold: true });
    const thin = { style: "thin" };
    for (const address of ["A3", "B3", "C3"]) {
      expect(sheet.getCell(address).font).toEqual({ name: FONT, size: 12, bold: true });
      expect(sheet.getCell(address).border).toEqual({
        top: thin,
        left: thin,
        bottom: thin,
        right: thin,
      });
    }
    expect(sheet.getCell("B4").border?.top).toBeUndefined();
  });

  test("merges, column widths, row heights, frozen rows and columns", async () => {
    const { workbook, sheet } = await written();
    expect(sheet.model.merges).toEqual(["A1:C1"]);
    expect([1, 2, 3].map((column) => sheet.getColumn(column).width)).toEqual([8, 40, 16]);
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.getRow(4).height).toBeUndefined();
    expect(sheet.views).toEqual([
      expect.objectContaining({ state: "frozen", ySplit: 3, xSplit: 0, topLeftCell: "A4" }),
    ]);
    expect(workbook.getWorksheet("Danh mục")?.views).toEqual([
      expect.objectContaining({ state: "frozen", ySplit: 1, xSplit: 1, topLeftCell: "B2" }),
    ]);
  });

  test("a row's estimated height is stored without customHeight, so Excel fits it again; a set one keeps it", async () => {
    const fitted: SheetDescription = {
      ...table,
      name: "PL Ea H'Leo",
      rows: table.rows.map((row, index) =>
        index === 3 ? { ...row, fitHeight: 34.5 } : index === 4 ? { ...row, fitHeight: 18.75 } : row
      ),
    };
    const data = await writeSheets([
      fitted,
      { ...units, rows: [{ ...units.rows[0], height: 20 }] },
    ]);
    const zip = await JSZip.loadAsync(data);
    const rowTag = async (file: string, row: number) =>
      ((await zip.file(file)?.async("string")) ?? "").match(
        new RegExp(`<row r="${row}" [^>]*>`)
      )?.[0];
    expect(await rowTag("xl/worksheets/sheet1.xml", 1)).toMatch(/ ht="30" customHeight="1"/);
    for (const [row, height] of [
      [4, "34.5"],
      [5, "18.75"],
    ]) {
      const tag = await rowTag("xl/worksheets/sheet1.xml", Number(row));
      expect(tag).toContain(` ht="${height}"`);
      expect(tag).not.toContain("customHeight");
    }
    // The other sheet's set height stays set; the print titles are still quoted as Excel writes them.
    expect(await rowTag("xl/worksheets/sheet2.xml", 1)).toMatch(/ ht="20" customHeight="1"/);
    expect(await zip.file("xl/workbook.xml")?.async("string")).toContain(
      ">'PL Ea H''Leo'!$3:$3</definedName>"
    );
    // A height set in the description wins over an estimate.
    const both = await writeSheets([
      { ...units, rows: [{ ...units.rows[0], height: 20, fitHeight: 40 }] },
    ]);
    const bothXml = await (
      await JSZip.loadAsync(both)
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    expect(bothXml).toMatch(/<row r="1" ht="20" customHeight="1"/);
  });

  test("validation: a whole number ≥ min that stops, a list from another sheet that warns", async () => {
    const { sheet } = await written();
    const amount = {
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      error: "Kinh phí là số nguyên không âm.",
    };
    expect(validationAt(sheet, "C4")).toEqual(amount);
    expect(validationAt(sheet, "C100")).toEqual(amount);
    expect(validationAt(sheet, "C101")).toBeUndefined();
    expect(validationAt(sheet, "C3")).toBeUndefined();
    const lead = {
      type: "list",
      formulae: [LIST],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning",
      error: "Chọn trong danh sách.",
    };
    expect(validationAt(sheet, "B4")).toEqual(lead);
    expect(validationAt(sheet, "B100")).toEqual(lead);
    expect(validationAt(sheet, "B101")).toBeUndefined();
  });

  test("print: A4, orientation, one page wide, the header row on every page, margins in inches", async () => {
    const { workbook, sheet } = await written();
    expect(sheet.pageSetup).toEqual(
      expect.objectContaining({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "3:3",
      })
    );
    const margins = sheet.pageSetup.margins as ExcelJS.Margins;
    expect(margins.top).toBeCloseTo(20 / 25.4, 10);
    expect(margins.bottom).toBeCloseTo(25 / 25.4, 10);
    expect(margins.left).toBeCloseTo(30 / 25.4, 10);
    expect(margins.right).toBeCloseTo(15 / 25.4, 10);
    const list = workbook.getWorksheet("Danh mục") as ExcelJS.Worksheet;
    expect(list.pageSetup).toEqual(
      expect.objectContaining({ paperSize: 9, orientation: "portrait", fitToPage: false })
    );
    expect(list.pageSetup.printTitlesRow).toBeUndefined();
  });

  test("a page break before a row: Excel's zero-based row id, after the header", async () => {
    const print = table.print as NonNullable<SheetDescription["print"]>;
    const data = await writeSheets([{ ...table, print: { ...print, breaksBefore: [7] } }]);
    const xml =
      (await (await JSZip.loadAsync(data)).file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    // After the page setup and its header, where CT_Worksheet's sequence puts it.
    expect(xml).toMatch(
      /(<\/headerFooter>|<pageSetup [^>]*\/>)<rowBreaks count="1" manualBreakCount="1"><brk id="6" max="16383" man="1"\/><\/rowBreaks><\/worksheet>$/
    );
  });

  test("page numbers: centred in the header from the second page, none on the first", async () => {
    const print = table.print as NonNullable<SheetDescription["print"]>;
    const data = await writeSheets([
      { ...table, print: { ...print, pageNumbers: { font: FONT, size: 13 } } },
      units,
    ]);
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file("xl/worksheets/sheet1.xml")?.async("string");
    expect(xml).toContain(
      '<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman,Regular"&amp;13&amp;P</oddHeader></headerFooter>'
    );
    // A sheet whose description asks for no numbers has no header.
    expect(await zip.file("xl/worksheets/sheet2.xml")?.async("string")).not.toContain(
      "headerFooter"
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(data).buffer);
    expect(workbook.getWorksheet("Phụ lục")?.headerFooter).toEqual(
      expect.objectContaining({
        differentFirst: true,
        oddHeader: '&C&"Times New Roman,Regular"&13&P',
      })
    );
  });

  test("a sheet described hidden is written hidden; Excel opens on the first visible sheet", async () => {
    const shown = await writeSheets([table, { ...units, hidden: true }]);
    expect(readWorkbook(shown).map(({ name, hidden }) => [name, hidden])).toEqual([
      ["Phụ lục", false],
      ["Danh mục", true],
    ]);
    const zip = await JSZip.loadAsync(shown);
    const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(book).toMatch(/<sheet name="Danh mục"[^>]* state="hidden"/);
    // The first sheet is visible: Excel's window opens on it.
    expect(book).toMatch(/<workbookView [^>]*activeTab="0"/);
    // A hidden sheet first: the window opens on the visible one (Excel would show a hidden first
    // sheet it opens on).
    const listFirst = await writeSheets([{ ...units, hidden: true }, table]);
    const listBook = await (
      await JSZip.loadAsync(listFirst)
    )
      .file("xl/workbook.xml")
      ?.async("string");
    expect(listBook).toMatch(/<workbookView [^>]*activeTab="1"/);
    await expect(writeSheets([{ ...units, hidden: true }])).rejects.toThrow(/not hidden/);
  });

  test("a sheet name with an apostrophe is quoted in the print titles as Excel writes it", async () => {
    const data = await writeSheets([{ ...table, name: "PL Ea H'Leo" }]);
    const xml = await (await JSZip.loadAsync(data)).file("xl/workbook.xml")?.async("string");
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'PL Ea H''Leo'!$3:$3</definedName>`
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(data).buffer);
    expect(workbook.getWorksheet("PL Ea H'Leo")?.pageSetup.printTitlesRow).toBe("3:3");
  });

  test("text XML cannot hold, OOXML's own escapes and spaces at the ends come back as written", async () => {
    const texts = [
      "Bảng\u0001kê\u0008 hỏng",
      "Xuống\r\ndòng",
      "_x0041_ là chữ, không phải mã",
      "  lề trái",
      "lề phải  ",
      "A & B <C> \"D\" 'E'",
    ];
    const data = await writeSheets([
      {
        name: "Chữ",
        columns: [],
        rows: texts.map((value) => ({ cells: [{ value }] })),
        merges: [],
        validations: [],
      },
    ]);
    const [grid] = readWorkbook(data);
    expect(grid.grid.rows.map((row) => row[0]?.value)).toEqual(texts);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(data).buffer);
    const sheet = workbook.getWorksheet("Chữ") as ExcelJS.Worksheet;
    expect(sheet.getCell("A4").value).toBe("  lề trái");
    expect(sheet.getCell("A6").value).toBe(texts[5]);
  });

  test("a text longer than Excel's 32,767 characters is cut to them, its end marked", async () => {
    const long = "a".repeat(40_000);
    const data = await writeSheets([
      {
        name: "Dài",
        columns: [],
        rows: [{ cells: [{ value: long }] }],
        merges: [],
        validations: [],
      },
    ]);
    const [grid] = readWorkbook(data);
    const value = grid.grid.rows[0][0]?.value as string;
    expect(value).toHaveLength(32_767);
    expect(value.endsWith("a…")).toBe(true);
  });

  test("cells of one look share one format, whether their styles are one object or equal ones", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      cells: [
        { value: i, style: { font: FONT, size: 12, border: true } },
        { value: `${i}`, style: { font: FONT, size: 12, border: true, numberFormat: "@" } },
      ],
    }));
    const data = await writeSheets([
      { name: "Mẫu", columns: [], rows, merges: [], validations: [] },
    ]);
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    // The default format, and one for each look.
    expect(styles).toMatch(/<cellXfs count="3">/);
    expect(styles).toMatch(/<fonts count="2">/);
    const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    expect(strings).toMatch(/count="500" uniqueCount="500"/);
  });

  test("a formula's figure given in its description is what it is saved with, a sum's too", async () => {
    const data = await writeSheets([
      {
        name: "Tổng",
        columns: [],
        rows: [
          { cells: [{ value: 2 }, { value: 3 }] },
          // A COUNTIFS the core counted, and a sum whose figure the core gives as well.
          {
            cells: [
              { formula: '=COUNTIFS(A1:B1,">2")', value: 1 },
              { formula: "=SUM(A1:B1)", value: 5 },
            ],
          },
          // A sum over a cell whose figure is given, and one with no figure: worked out here.
          { cells: [{ formula: "=SUM(A2:B2)" }, { formula: "=SUM(A1:B1)" }] },
        ],
        merges: [],
        validations: [],
      },
    ]);
    const [{ grid }] = readWorkbook(data);
    expect(grid.rows.map((row) => row.map((cell) => cell?.value))).toEqual([
      [2, 3],
      [1, 5],
      [6, 5],
    ]);
  });

  test("a sheet of many megabytes, written and compressed in chunks, reads back whole", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => ({
      cells: [
        { value: `${i + 1}` },
        { value: `Nhiệm vụ số ${i + 1} của kế hoạch cải cách hành chính`, style: { wrap: true } },
        { value: (i + 1) * 1000, style: { numberFormat: "#,##0" } },
      ],
    }));
    const data = await writeSheets([
      { name: "Phụ lục", columns: [], rows, merges: [], validations: [] },
    ]);
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array");
    expect(xml.length).toBeGreaterThan(3 * 1024 * 1024);
    const [{ grid }] = readWorkbook(data);
    expect(grid.rows).toHaveLength(40_000);
    expect(grid.rows[39_999].map((cell) => cell?.value)).toEqual([
      "40000",
      "Nhiệm vụ số 40000 của kế hoạch cải cách hành chính",
      40_000_000,
    ]);
    expect(grid.rows[20_000][1]?.value).toBe("Nhiệm vụ số 20001 của kế hoạch cải cách hành chính");
  });

  test("the package: [Content_Types].xml first, each part's checksum right, every part declared", async () => {
    const { data } = await written();
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names[0]).toBe("[Content_Types].xml");
    for (const name of names) await zip.file(name)?.async("uint8array");
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    for (const part of names.filter((name) => name.endsWith(".xml") && !name.startsWith("[")))
      expect(types).toContain(`PartName="/${part}"`);
  });
});
