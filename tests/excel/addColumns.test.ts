// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { readDelimited } from "../../src/domain/delimitedText";
import { findAppendix } from "../../src/domain/readAppendix";
import { excelSheets } from "../../src/excel/excelSheets";
import { addTrackingColumns } from "../../src/usecases/addTrackingColumns";
import { group, tableText, task, total } from "../support/table";
import { mockExcel, MockExcelOptions, officeFor } from "./mockExcel";

const SHEET = "Phụ lục";
const globals = globalThis as unknown as Record<string, unknown>;

// Header row 1; 1 (group) row 2, tasks 1.1 and 1.2 rows 3–4; total row 5. Columns A–G.
const grid = () =>
  readDelimited(
    tableText([
      group("1", "Chỉ đạo", "300"),
      task("1.1", "Kế hoạch", "100"),
      task("1.2", "Báo cáo", "200"),
      total("300"),
    ]),
    "\t"
  );

function excelWith(options: Partial<MockExcelOptions["sheets"][number]> = {}, apiVersion?: string) {
  const excel = mockExcel({ sheets: [{ name: SHEET, grid: grid(), ...options }], apiVersion });
  globals.Office = officeFor(excel);
  return excel;
}

afterEach(() => {
  delete globals.Office;
});

describe("Thêm cột theo dõi in Excel", () => {
  test("writes the four columns H:K in 3 syncs (read, print area, write) and keeps them out of print", async () => {
    const excel = excelWith();
    const result = await addTrackingColumns(excel.context, excelSheets, SHEET);
    expect(result).toMatchObject({ kind: "added", range: "H1:K5", printAreaSet: true });
    expect(excel.syncCount).toBe(3);
    expect(["H1", "I1", "J1", "K1"].map((cell) => excel.cell(SHEET, cell)?.value)).toEqual([
      "Tiến độ",
      "Ngày hoàn thành",
      "Kinh phí đã sử dụng (đồng)",
      "Kết quả",
    ]);
    expect(excel.cell(SHEET, "I3")?.numberFormat).toBe("dd/mm/yyyy");
    expect(excel.cell(SHEET, "J3")?.numberFormat).toBe("#,##0");
    expect(excel.cell(SHEET, "J5")?.formula).toBe("=SUM(J3:J4)");
    expect(excel.cell(SHEET, "H3")?.value).toBeUndefined();
    const sheet = excel.sheet(SHEET);
    expect(sheet.pageLayout.printArea).toBe("A1:G5");
    expect([...sheet.validations.keys()]).toEqual(["H2:H4", "I2:I4", "J2:J4"]);
    expect(sheet.validations.get("H2:H4")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Đã hoàn thành" },
    });
    expect(sheet.validations.get("I2:I4")?.rule).toEqual({
      date: { formula1: "2000-01-01", operator: "GreaterThanOrEqualTo" },
    });
  });

  test("the sheet read again has the tracking columns; asked again, nothing is written", async () => {
    const excel = excelWith();
    await addTrackingColumns(excel.context, excelSheets, SHEET);
    const log = excel.log.length;
    const again = await addTrackingColumns(excel.context, excelSheets, SHEET);
    expect(again.kind).toBe("already");
    expect(again.message).toBe("Bảng đã có cột theo dõi (H1:K1); không thêm lần nữa.");
    expect(excel.log.length).toBe(log);
    expect(excel.syncCount).toBe(4);
  });

  test("a print area the sheet has is left as it is", async () => {
    const excel = excelWith({ printArea: "A1:Z99" });
    const result = await addTrackingColumns(excel.context, excelSheets, SHEET);
    expect(result).toMatchObject({ kind: "added", printAreaSet: false });
    expect(excel.sheet(SHEET).pageLayout.printArea).toBe("A1:Z99");
    expect(excel.log.some((call) => call.action === "pageLayout.setPrintArea()")).toBe(false);
  });

  test("a cell where a column would go holds something: refused in 1 sync, nothing written", async () => {
    const withNote = grid();
    withNote.rows[2][9] = { value: "ghi chú" };
    const excel = excelWith({ grid: withNote });
    const result = await addTrackingColumns(excel.context, excelSheets, SHEET);
    expect(result).toMatchObject({ kind: "occupied", cells: ["J3"] });
    expect(result.message).toMatch(/J3/);
    expect(excel.syncCount).toBe(1);
    expect(excel.cell(SHEET, "J3")?.value).toBe("ghi chú");
    expect(excel.log.filter((call) => call.batch > 0 && call.action === "values")).toEqual([]);
  });

  test("Excel 2019 (ExcelApi 1.8): the columns and their validation, no print area; same syncs", async () => {
    const excel = excelWith({}, "1.8");
    const result = await addTrackingColumns(excel.context, excelSheets, SHEET);
    expect(result).toMatchObject({ kind: "added", printAreaSet: false });
    expect(excel.syncCount).toBe(3);
    expect(excel.cell(SHEET, "H1")?.value).toBe("Tiến độ");
    expect(excel.sheet(SHEET).pageLayout.printArea).toBeUndefined();
  });

  test("no appendix on the sheet: said, nothing written", async () => {
    const excel = mockExcel({
      sheets: [{ name: SHEET, grid: readDelimited("Ghi chú\tkhác\n", "\t") }],
    });
    const result = await addTrackingColumns(excel.context, excelSheets, SHEET);
    expect(result.kind).toBe("no-appendix");
    expect(excel.syncCount).toBe(1);
  });
});

test("the table read from the written grid knows its tracking columns (a round trip through the reader)", async () => {
  const excel = excelWith();
  await addTrackingColumns(excel.context, excelSheets, SHEET);
  const { grid: read } = await excelSheets.readSheet(excel.context, SHEET);
  const found = findAppendix(read);
  expect(found.found && found.appendix.tracking).toEqual({
    progress: 8,
    completed: 9,
    spent: 10,
    result: 11,
  });
});

test("dates in Ngày hoàn thành as Excel gives them: a serial formatted as a date, or bare", async () => {
  const lines = tableText([
    group("1", "Chỉ đạo", "300"),
    task("1.1", "Kế hoạch", "100"),
    task("1.2", "Báo cáo", "200"),
  ]).split("\n");
  lines[0] += "\tTiến độ\tNgày hoàn thành";
  const tracked = readDelimited(lines.join("\n"), "\t");
  // 45366 is 15/03/2024; 45323 is 01/02/2024.
  tracked.rows[2][7] = { value: "Xong" };
  tracked.rows[2][8] = { value: 45366 };
  tracked.rows[3][7] = { value: "Xong" };
  tracked.rows[3][8] = { value: 45323 };
  const numberFormats = tracked.rows.map((row, r) =>
    row.map((_, c) => (r === 2 && c === 8 ? "dd/mm/yyyy" : undefined))
  );
  const excel = mockExcel({ sheets: [{ name: SHEET, grid: tracked, numberFormats }] });
  const { grid: read } = await excelSheets.readSheet(excel.context, SHEET);
  const found = findAppendix(read);
  if (!found.found) throw new Error(found.message);
  expect(found.appendix.rows.map((row) => row.tracking?.completed)).toEqual([
    null,
    "2024-03-15",
    "2024-02-01",
  ]);
  expect(found.appendix.rows[1].tracking?.completedText).toBe("15/03/2024");
});
