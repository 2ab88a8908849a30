// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import { readFileSync } from "fs";
import path from "path";
import { OfficeMockObject } from "office-addin-mock";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import { Finding } from "../../src/domain/finding";
import { Grid, GridCell } from "../../src/domain/grid";
import { notices } from "../../src/domain/messages";
import { NoAppendixError, readAppendix } from "../../src/domain/readAppendix";
import { ExcelSheetError } from "../../src/excel/excelErrorMessage";
import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { HIGHLIGHT_FILLS, highlightFormula, isHighlightFormula } from "../../src/excel/highlights";
import { quickCheck } from "../../src/usecases/quickCheck";
import { syntheticAppendix } from "../../scripts/syntheticAppendix";
import { MockExcel, mockExcel, MockSheetSpec, officeError } from "../excel/mockExcel";

/*
 * The ribbon's "Kiểm tra nhanh" (src/commands/commands.ts → src/usecases/quickCheck.ts) against the office-addin-mock
 * workbook of tests/excel/mockExcel.ts. The command runs with no pane, so what it leaves is all there is
 * to see: the add-in's conditional-format marks, the selected cell, one event.completed() and, when it
 * fails, one line in the console.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const SHEET = "Phụ lục";
const OTHER = "Danh mục";
const LOG_PREFIX = "Phụ lục — Kiểm tra nhanh: ";

// ---- the bundled sample as an officer's sheet ---------------------------------------------------------

/** samples/thuong-lo-2020.txt from its "TT" header line on: the header is row 1 of the sheet. */
const allLines = readFileSync(path.join(ROOT, "samples", "thuong-lo-2020.txt"), "utf8").split(
  /\r?\n/
);
const sampleLines = allLines.slice(allLines.findIndex((line) => line.startsWith("TT\t")));

/** The sheet row of the n-th line whose TT reads `number` (bold and italic marks ignored). */
function rowOf(number: string, occurrence = 1): number {
  let seen = 0;
  const index = sampleLines.findIndex(
    (line) => line.split("\t")[0].replace(/<\/?[bi]>/g, "") === number && ++seen === occurrence
  );
  if (index < 0) throw new Error(`no line of the sample has TT ${number}`);
  return index + 1;
}

const BUDGET = 6;
const LEAD = 2;

/**
 * The table as Excel holds it once pasted: amounts "12.900.000" as numbers, bold and italic kept. One
 * change to the published table: the lead unit of 1.3.2 is left blank, so that the sheet has a warning
 * (field.required) besides the published table's five errors.
 */
function sampleGrid(): Grid {
  const table = readDelimited(sampleLines.join("\n").trimEnd(), "\t");
  const blankLead = rowOf("1.3.2") - 1;
  const rows = table.rows.map((row, r) =>
    row.map((cell, c): GridCell => {
      if (c === LEAD && r === blankLead) return { value: null };
      if (c === BUDGET && typeof cell.value === "string" && /^\d{1,3}(\.\d{3})+$/.test(cell.value))
        return { ...cell, value: Number(cell.value.replace(/\./g, "")) };
      return cell;
    })
  );
  return { ...table, rows };
}

/** The published table's faults (see tests/sample.test.ts), at the cells to change, in sheet order. */
const sampleErrorCells = () => [
  `G${rowOf("1")}`,
  `A${rowOf("2,2,1")}`,
  `A${rowOf("5.1.2", 2)}`,
  `G${rowOf("5.2")}`,
  `A${rowOf("7.4.3", 2)}`,
];
const sampleWarningCells = () => [`C${rowOf("1.3.2")}`];

// ---- what the command leaves on a sheet ---------------------------------------------------------------

/** The add-in's marks on the sheet, by fill: the cells each severity's marks cover. */
function markedCells(excel: MockExcel, sheet = SHEET) {
  const marks = excel
    .sheet(sheet)
    .conditionalFormats.filter((format) => isHighlightFormula(format.formula));
  const cells = (severity: "error" | "warning") =>
    marks
      .filter((format) => format.formula === highlightFormula(severity))
      .flatMap((format) => {
        expect(format.type).toBe("Custom");
        expect(format.fill).toBe(HIGHLIGHT_FILLS[severity]);
        return format.ranges.split(",").map((address) => address.trim());
      })
      .sort(byAddress);
  return { error: cells("error"), warning: cells("warning"), marks: marks.length };
}

function byAddress(a: string, b: string): number {
  const row = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
  return row(a) - row(b) || a.localeCompare(b);
}

function cellsOf(findings: Finding[], severity: Finding["severity"]): string[] {
  return findings
    .filter((finding) => finding.severity === severity)
    .map((finding) => finding.cell)
    .sort(byAddress);
}

/** Everything the workbook holds that the command could change, to compare before and after. */
function snapshot(excel: MockExcel) {
  return JSON.stringify({
    active: excel.active,
    sheets: excel.sheets.map((sheet) => ({ ...sheet, cells: [...sheet.cells] })),
  });
}

// ---- the command, with office.js stubbed ---------------------------------------------------------------

type Commands = typeof import("../../src/commands/commands");

const globals = globalThis as unknown as Record<string, unknown>;
/** The workbook Excel.run hands its batch; each test sets its own. */
let workbook: MockExcel | undefined;
const associate = jest.fn();
let commands: Commands;

/** An AddinCommands.Event whose completed() is counted. */
function commandEvent() {
  const completed = jest.fn();
  const event = new OfficeMockObject({ completed }) as unknown as Office.AddinCommands.Event;
  return { event, completed };
}

beforeAll(async () => {
  // office.js as the function file has it before the bundle runs: Office.actions and Office.onReady,
  // and Excel.run handing the batch a request context (the mock workbook's).
  globals.Office = new OfficeMockObject({
    actions: { associate },
    onReady: async () => ({ host: "Excel", platform: "PC" }),
  });
  globals.Excel = new OfficeMockObject({
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      if (!workbook) throw new Error("No workbook for Excel.run");
      return batch(workbook.context);
    },
  });
  // Imported only now: commands.ts registers its function when it is loaded.
  commands = await import("../../src/commands/commands");
});

afterAll(() => {
  delete globals.Office;
  delete globals.Excel;
});

let consoleError: jest.SpyInstance;

beforeEach(() => {
  workbook = undefined;
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

/** Runs the ribbon command on the workbook, as Excel does when the button is clicked. */
async function click(excel: MockExcel) {
  workbook = excel;
  const { event, completed } = commandEvent();
  await commands.quickCheckCommand(event);
  return completed;
}

function sampleWorkbook(extra: Partial<MockSheetSpec> = {}): MockExcel {
  return mockExcel({
    sheets: [
      { name: OTHER, grid: { firstRow: 1, firstColumn: 1, rows: [[{ value: "Văn phòng" }]] } },
      { name: SHEET, grid: sampleGrid(), ...extra },
    ],
    active: SHEET,
  });
}

// ---- the tests -------------------------------------------------------------------------------------------

describe("registration", () => {
  test("commands.ts associates the function under every ExecuteFunction name of manifest.xml", async () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const names = [
      ...manifest.matchAll(
        /<Action\s+xsi:type="ExecuteFunction"\s*>\s*<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g
      ),
    ].map((match) => match[1]);
    expect(names).toEqual(["quickCheck"]);

    const registered = new Map(associate.mock.calls.map(([name, run]) => [name, run]));
    expect(associate).toHaveBeenCalledTimes(names.length);
    for (const name of names) expect(registered.get(name)).toBe(commands.quickCheckCommand);

    // The registered function is the command itself: clicking the button checks the active sheet.
    const excel = sampleWorkbook();
    workbook = excel;
    const { event, completed } = commandEvent();
    await (registered.get("quickCheck") as (event: Office.AddinCommands.Event) => Promise<void>)(
      event
    );
    expect(completed).toHaveBeenCalledTimes(1);
    expect(markedCells(excel).error).toEqual(sampleErrorCells());
  });
});

describe("Kiểm tra nhanh on the appendix of xã Thượng Lộ (2020)", () => {
  test("marks exactly the error and warning cells, selects the first error, completes once", async () => {
    const excel = sampleWorkbook();
    const grid = sampleGrid();
    const before = new Map(
      [...excel.sheet(SHEET).cells].map(([address, cell]) => [address, { ...cell }])
    );

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).not.toHaveBeenCalled();

    // The faults the sample is known for, and what the checker finds in the grid put on the sheet.
    const expected = checkAppendix(readAppendix(grid));
    expect(cellsOf(expected, "error")).toEqual(sampleErrorCells());
    expect(cellsOf(expected, "warning")).toEqual(sampleWarningCells());
    // The sample also has notices (blank and page-split rows); those are not marked.
    const notices = cellsOf(expected, "info");
    expect(notices.length).toBeGreaterThan(0);

    const marked = markedCells(excel);
    expect(marked.error).toEqual(sampleErrorCells());
    expect(marked.warning).toEqual(sampleWarningCells());
    for (const cell of notices) {
      expect(marked.error).not.toContain(cell);
      expect(marked.warning).not.toContain(cell);
    }

    // The first error in sheet order is selected on the checked sheet.
    expect(excel.sheet(SHEET).selection).toBe(sampleErrorCells()[0]);
    expect(excel.active).toBe(SHEET);

    // Marks only: no cell of the sheet was written, the other sheet was not touched.
    expect(excel.sheet(SHEET).cells).toEqual(before);
    expect(excel.writes(OTHER)).toEqual([]);
    expect(excel.sheet(OTHER).conditionalFormats).toEqual([]);
    expect(new Set(excel.writes(SHEET).map((call) => call.action))).toEqual(
      new Set([
        "conditionalFormats.add()",
        "custom.rule.formula",
        "custom.format.fill.color",
        "activate()",
        "select()",
      ])
    );
    // One read, three syncs to mark, one to select.
    expect(excel.syncCount).toBe(5);
  });

  test("quickCheck reports what it marked and selected", async () => {
    const excel = sampleWorkbook();
    const result = await quickCheck(excel.context, excelSheets);
    expect(result.sheetName).toBe(SHEET);
    expect(result.findings).toEqual(checkAppendix(readAppendix(sampleGrid())));
    expect(result.marked.map((finding) => finding.cell).sort(byAddress)).toEqual(
      [...sampleErrorCells(), ...sampleWarningCells()].sort(byAddress)
    );
    expect(result.selected).toBe(sampleErrorCells()[0]);
  });

  test("a second check replaces the marks of the first: a fixed cell is no longer marked", async () => {
    const excel = sampleWorkbook();
    expect(await click(excel)).toHaveBeenCalledTimes(1);
    // The officer fixes the lead unit of 1.3.2 and clicks again.
    excel
      .sheet(SHEET)
      .cells.set(`C${rowOf("1.3.2")}`, { value: "Văn phòng – Thống kê", formats: {} });
    expect(await click(excel)).toHaveBeenCalledTimes(1);
    const marked = markedCells(excel);
    expect(marked.error).toEqual(sampleErrorCells());
    expect(marked.warning).toEqual([]);
    expect(marked.marks).toBe(1);
  });

  test("the officer's own conditional formats are kept", async () => {
    const own = { type: "Custom", ranges: "G2:G200", formula: "=G2<0", fill: "#FF0000" };
    const excel = sampleWorkbook({ conditionalFormats: [own] });
    expect(await click(excel)).toHaveBeenCalledTimes(1);
    expect(excel.sheet(SHEET).conditionalFormats).toContainEqual({
      ...own,
      id: expect.any(String),
    });
    expect(markedCells(excel).error).toEqual(sampleErrorCells());
  });
});

describe("a sheet with no appendix", () => {
  test.each([
    [
      "text without the table's header",
      [[{ value: "Danh sách cán bộ" }], [{ value: "Nguyễn Văn A" }]],
    ],
    ["an empty sheet", []],
  ])("%s: nothing written, completed once, the reason logged", async (_, rows) => {
    const excel = mockExcel({
      sheets: [
        {
          name: SHEET,
          grid: { firstRow: 1, firstColumn: 1, rows: rows as GridCell[][] },
          conditionalFormats: [{ type: "Custom", ranges: "A1", formula: "=A1<0", fill: "#FF0000" }],
        },
      ],
    });
    const before = snapshot(excel);

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(excel.log).toEqual([]);
    expect(snapshot(excel)).toBe(before);
    expect(excel.sheet(SHEET).selection).toBeUndefined();
    expect(excel.syncCount).toBe(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(
      `${LOG_PREFIX}${notices.noHeader}`,
      expect.any(NoAppendixError)
    );
  });
});

describe("when Excel refuses", () => {
  /** Marks an earlier check left: a half-done check would have removed them without adding new ones. */
  const earlierMarks: MockSheetSpec["conditionalFormats"] = [
    {
      type: "Custom",
      ranges: "B5",
      formula: highlightFormula("error"),
      fill: HIGHLIGHT_FILLS.error,
    },
  ];

  function expectLogged(message: string, code: string) {
    expect(consoleError).toHaveBeenCalledTimes(1);
    const [line, error] = consoleError.mock.calls[0];
    expect(line).toBe(`${LOG_PREFIX}${message}`);
    expect(error).toBeInstanceOf(ExcelSheetError);
    expect((error as ExcelSheetError).code).toBe(code);
    expect((error as ExcelSheetError).cause).toMatchObject({ code });
  }

  test("a protected sheet: completed once, nothing written, the Vietnamese message logged", async () => {
    const excel = sampleWorkbook({ protected: true, conditionalFormats: earlierMarks });
    const before = snapshot(excel);

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(snapshot(excel)).toBe(before);
    expect(excel.sheet(SHEET).conditionalFormats).toHaveLength(1);
    expect(excel.sheet(SHEET).selection).toBeUndefined();
    expectLogged(excelText.protectedSheet, "AccessDenied");
  });

  test("the sheet deleted after it was read: completed once, nothing written, the message logged", async () => {
    const excel = sampleWorkbook({ conditionalFormats: earlierMarks });
    const readSheet = excelSheets.readSheet;
    jest.spyOn(excelSheets, "readSheet").mockImplementation(async (...args) => {
      const read = await readSheet(...args);
      // The officer deletes the sheet while the check runs.
      excel.sheets.splice(
        excel.sheets.findIndex((sheet) => sheet.name === SHEET),
        1
      );
      excel.active = OTHER;
      return read;
    });
    const other = JSON.stringify(excel.sheet(OTHER));

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    // No write or call went out, and the sheet left is as it was.
    expect(excel.log).toEqual([]);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([OTHER]);
    expect(JSON.stringify(excel.sheet(OTHER))).toBe(other);
    expect(excel.active).toBe(OTHER);
    expect(excel.sheet(OTHER).selection).toBeUndefined();
    expectLogged(excelText.sheetMissing, "ItemNotFound");
  });

  test.each([1, 2, 3])(
    "sync %i failing: completed once, the sheet as it was, the message logged",
    async (at) => {
      const excel = sampleWorkbook({ conditionalFormats: earlierMarks });
      excel.failSync(officeError("RequestAborted", "The request was aborted."), at);
      const before = snapshot(excel);

      const completed = await click(excel);

      expect(completed).toHaveBeenCalledTimes(1);
      expect(snapshot(excel)).toBe(before);
      expect(excel.syncCount).toBe(at);
      expectLogged(excelText.busy, "RequestAborted");
    }
  );

  test("the selection failing after the marks were made: completed once, every mark in place", async () => {
    const excel = sampleWorkbook({ conditionalFormats: earlierMarks });
    excel.failSync(officeError("ItemNotFound", "The requested resource doesn't exist."), 5);

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    // The marks went out whole in one sync; only the selection is missing.
    const marked = markedCells(excel);
    expect(marked.error).toEqual(sampleErrorCells());
    expect(marked.warning).toEqual(sampleWarningCells());
    expect(marked.error).not.toContain("B5");
    expect(excel.sheet(SHEET).selection).toBeUndefined();
    expectLogged(excelText.sheetMissing, "ItemNotFound");
  });

  test("an error that is not Excel's is still logged and the command completes", async () => {
    const excel = sampleWorkbook();
    jest.spyOn(excelSheets, "setHighlights").mockRejectedValue(new TypeError("boom"));
    const completed = await click(excel);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0][0]).toBe(`${LOG_PREFIX}${excelText.generic("boom")}`);
  });
});

describe("the number of syncs does not grow with the sheet", () => {
  const TASK_TITLE = 1;
  const isTask = (row: GridCell[]) => /^\d+\.\d+\.\d+$/.test(String(row[0].value));

  /**
   * A correct appendix of `rows` rows with two faults: the title of section 1 left blank (a warning on
   * row 2) and the last task's amount changed (an error on its group's subtotal, further down), so the
   * first finding marked is a warning and the first error comes after it.
   */
  function faultyAppendix(rows: number): Grid {
    const cells = syntheticAppendix(rows).map((row) => row.map((cell) => ({ ...cell })));
    cells[1][TASK_TITLE] = { value: null };
    let lastTask = cells.length - 1;
    while (!isTask(cells[lastTask])) lastTask--;
    cells[lastTask][BUDGET] = { value: Number(cells[lastTask][BUDGET].value) + 1_000 };
    return { firstRow: 1, firstColumn: 1, rows: cells };
  }

  /** One read, three syncs to mark (setHighlights), one to select the first error when there is one. */
  const SYNCS_WITH_ERRORS = 5;
  const SYNCS_WITHOUT_ERRORS = 4;

  test.each([10, 1_000, 10_000])("%i rows with faults", async (rows) => {
    const grid = faultyAppendix(rows);
    const excel = mockExcel({ sheets: [{ name: SHEET, grid }] });

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).not.toHaveBeenCalled();
    const expected = checkAppendix(readAppendix(grid));
    const marked = markedCells(excel);
    expect(marked.error).toEqual(cellsOf(expected, "error"));
    expect(marked.warning).toEqual(cellsOf(expected, "warning"));
    expect(marked.warning).toContain("B2");
    // The first error is selected, not the warning above it.
    const firstError = expected.find((finding) => finding.severity === "error");
    expect(firstError).toBeDefined();
    expect(expected.findIndex((finding) => finding.severity === "warning")).toBeLessThan(
      expected.indexOf(firstError as Finding)
    );
    expect(excel.sheet(SHEET).selection).toBe(firstError?.cell);
    expect(excel.syncCount).toBe(SYNCS_WITH_ERRORS);
  });

  test.each([10, 1_000, 10_000])("%i rows, all correct", async (rows) => {
    const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(rows) };
    const excel = mockExcel({ sheets: [{ name: SHEET, grid }] });

    const completed = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(markedCells(excel).marks).toBe(0);
    expect(excel.sheet(SHEET).selection).toBeUndefined();
    expect(excel.syncCount).toBe(SYNCS_WITHOUT_ERRORS);
  });
});
