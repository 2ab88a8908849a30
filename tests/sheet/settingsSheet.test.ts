import { describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { Grid } from "../../src/domain/grid";
import { DEFAULT_SETTINGS, readReportSettings } from "../../src/domain/report/reportSettings";
import { ALIAS_ROWS, settingsSheet } from "../../src/sheet/settingsSheet";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";

/** The sheet's values as a grid from A1, the way a reader would give them back. */
function gridOf(sheet: SheetDescription): Grid {
  return {
    firstRow: 1,
    firstColumn: 1,
    rows: sheet.rows.map((row) =>
      Array.from(row.cells, (cell) => ({
        value: cell?.value === undefined ? null : cell.value,
      }))
    ),
  };
}

const THUONG_LO = { ...DEFAULT_SETTINGS, issuer: "UBND XÃ THƯỢNG LỘ", place: "Thượng Lộ" };
const texts = (sheet: SheetDescription) =>
  sheet.rows.map((row) => Array.from(row.cells, (cell) => cell?.value ?? ""));

describe("settingsSheet", () => {
  const sheet = settingsSheet(THUONG_LO);

  test("the three blocks, in the order the officer reads them, dates written as the sheet says them", () => {
    const rows = texts(sheet);
    expect(sheet.name).toBe("Cài đặt báo cáo");
    expect(rows[0]).toEqual(["CÀI ĐẶT BÁO CÁO"]);
    expect(rows.slice(3, 6)).toEqual([
      ["1. Đầu báo cáo"],
      ["Cơ quan ban hành", "UBND XÃ THƯỢNG LỘ", "", ""],
      ["Địa danh", "Thượng Lộ", "", ""],
    ]);
    expect(rows.slice(7, 14)).toEqual([
      ["2. Kỳ báo cáo"],
      ["Kỳ báo cáo", "Từ ngày", "Đến ngày", "Hạn gửi"],
      ["Quý I", "15/12 năm trước", "14/03", "20/03"],
      ["6 tháng đầu năm", "15/12 năm trước", "14/06", "20/06"],
      ["Quý III", "15/06", "14/09", "20/09"],
      ["9 tháng đầu năm", "15/12 năm trước", "14/09", "20/09"],
      ["Năm", "15/12 năm trước", "14/12", "20/12"],
    ]);
    expect(rows[15]).toEqual(["3. Cách ghi tên đơn vị"]);
    expect(rows[17]).toEqual(["Cách ghi", "Đơn vị"]);
    expect(rows.slice(18)).toEqual(Array.from({ length: ALIAS_ROWS }, () => ["", ""]));
  });

  test("every cell is text, in Times New Roman; tables bordered, headers bold", () => {
    const styled = sheet.rows.flatMap((row) => row.cells.filter((cell) => cell !== undefined));
    for (const cell of styled) {
      expect(cell?.style?.numberFormat).toBe("@");
      expect(cell?.style?.font).toBe("Times New Roman");
    }
    for (const column of sheet.columns) expect(column.style?.numberFormat).toBe("@");
    const header = sheet.rows[8].cells;
    expect(header.every((cell) => cell?.style?.bold && cell.style.border)).toBe(true);
    expect(sheet.rows[20].cells.every((cell) => cell?.style?.border)).toBe(true);
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:D1", "A2:D2", "B5:D5", "B6:D6"]));
  });

  test("read back, the written sheet gives the settings it was written with", () => {
    expect(readReportSettings(gridOf(sheet))).toEqual({ settings: THUONG_LO, problems: [] });
    const blank = settingsSheet(DEFAULT_SETTINGS);
    expect(readReportSettings(gridOf(blank))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test("aliases written are read back, with room left for more", () => {
    const aliases = [
      { written: "VP-TK", unit: "Văn phòng – Thống kê" },
      { written: "- Thư ký ISO", unit: "Văn phòng – Thống kê" },
    ];
    const withAliases = settingsSheet({ ...THUONG_LO, aliases });
    expect(withAliases.rows).toHaveLength(sheet.rows.length);
    expect(readReportSettings(gridOf(withAliases)).settings.aliases).toEqual(aliases);
  });

  test("written to .xlsx and read again, days and the officer's empty cells stay text", async () => {
    const bytes = await writeSheets([sheet]);
    const [read] = readWorkbook(bytes);
    expect(read.name).toBe("Cài đặt báo cáo");
    expect(readReportSettings(read.grid)).toEqual({ settings: THUONG_LO, problems: [] });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const written = book.getWorksheet("Cài đặt báo cáo");
    expect(written).toBeDefined();
    for (const address of ["B10", "C10", "D10", "B12", "C14"]) {
      const { type, numFmt } = written!.getCell(address);
      expect([address, type, numFmt]).toEqual([address, ExcelJS.ValueType.String, "@"]);
    }
    expect(written!.getCell("C10").value).toBe("14/03");
    // Where the officer will type: "15/12" stays the text 15/12, not a date of this year.
    expect(written!.getCell("A19").numFmt).toBe("@");
    expect(written!.getCell("B30").numFmt).toBe("@");
  });
});
