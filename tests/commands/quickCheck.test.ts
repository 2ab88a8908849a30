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
import { readAppendix } from "../../src/domain/readAppendix";
import { ExcelSheetError } from "../../src/excel/excelErrorMessage";
import { excelSheets } from "../../src/excel/excelSheets";
import { excelText } from "../../src/excel/excelText";
import { HIGHLIGHT_FILLS, highlightFormula, isHighlightFormula } from "../../src/excel/highlights";
import { MAX_FRAGMENT, QuickCheckReport } from "../../src/quickcheck/quickCheckReport";
import { quickCheck } from "../../src/usecases/quickCheck";
import { syntheticAppendix } from "../../scripts/syntheticAppendix";
import { MockExcel, mockExcel, MockSheetSpec, officeError } from "../excel/mockExcel";
import { FakeDialog, FakeDialogUi, OFFICE_ENUMS } from "./support/fakeDialog";

/*
 * The ribbon's "Kiểm tra nhanh" (src/commands/commands.ts → src/usecases/quickCheck.ts) against the
 * office-addin-mock workbook of tests/excel/mockExcel.ts. The command runs with no pane: what it leaves
 * is the add-in's conditional-format marks, the selected cell, the dialog that says what it found
 * (src/commands/quickCheckDialog.ts, with the stand-in page of ./support/fakeDialog.ts), one
 * event.completed() once that dialog is closed and, when Excel refuses, one line in the console.
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
/** Office.context.ui of the function file; each test starts with a fresh one. */
let ui: FakeDialogUi;
/** The DialogApi set this Excel has: "1.2" (messageChild), "1.1" or none. */
let dialogApi: "1.2" | "1.1" | null;

/** The function file's address as Office loads it: with its own _host_info query. */
const FUNCTION_FILE =
  "https://localhost:3000/commands.html?_host_info=Excel$Win32$16.01$vi-VN$$$$0";
const DIALOG_PAGE = "https://localhost:3000/quickcheck.html";

/** An AddinCommands.Event whose completed() is counted. */
function commandEvent() {
  const completed = jest.fn();
  const event = new OfficeMockObject({ completed }) as unknown as Office.AddinCommands.Event;
  return { event, completed };
}

beforeAll(async () => {
  // office.js as the function file has it before the bundle runs: Office.actions and Office.onReady,
  // the dialog API, the requirement sets (ExcelApi as the mock workbook has it), and Excel.run handing
  // the batch a request context (the mock workbook's).
  globals.Office = {
    ...OFFICE_ENUMS,
    actions: { associate },
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    context: {
      get ui() {
        return ui;
      },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "DialogApi"
            ? dialogApi !== null && Number(version ?? "1.1") <= Number(dialogApi)
            : (workbook?.isSetSupported(name, version) ?? false),
      },
    },
  };
  globals.Excel = new OfficeMockObject({
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      if (!workbook) throw new Error("No workbook for Excel.run");
      return batch(workbook.context);
    },
  });
  globals.location = { href: FUNCTION_FILE };
  // Imported only now: commands.ts registers its function when it is loaded.
  commands = await import("../../src/commands/commands");
});

afterAll(() => {
  delete globals.Office;
  delete globals.Excel;
  delete globals.location;
});

let consoleError: jest.SpyInstance;

beforeEach(() => {
  workbook = undefined;
  ui = new FakeDialogUi();
  dialogApi = "1.2";
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

/**
 * Runs the ribbon command on the workbook, as Excel does when the button is clicked; the officer
 * reads the dialog and chooses Đóng. `completed` is the event's, `dialog` the one opened (if any).
 */
async function click(excel: MockExcel) {
  workbook = excel;
  const { event, completed } = commandEvent();
  await commands.quickCheckCommand(event);
  const dialog: FakeDialog | undefined = ui.dialogs[ui.dialogs.length - 1];
  return { completed, dialog, report: dialog?.report() ?? null };
}

/** The dialog every click opens: one, at quickcheck.html, sized and closed by the command. */
function expectOneDialogClosed(dialog: FakeDialog | undefined): FakeDialog {
  expect(ui.dialogs).toHaveLength(1);
  if (!dialog) throw new Error("no dialog");
  expect(dialog.url).toBe(DIALOG_PAGE);
  expect(dialog.options).toEqual({ width: 40, height: 60, displayInIframe: true });
  expect(dialog.closed).toBe(1);
  return dialog;
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

    const { completed } = await click(excel);

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
    // One read, three syncs to mark, one to select: the dialog adds none.
    expect(excel.syncCount).toBe(5);
  });

  test("the dialog says what was found: the sheet, the counts, the first five errors, the selection", async () => {
    const excel = sampleWorkbook();
    const expected = checkAppendix(readAppendix(sampleGrid()));
    const errors = expected.filter((finding) => finding.severity === "error");

    const { completed, dialog, report } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    const opened = expectOneDialogClosed(dialog);
    // DialogApi 1.2: the address carries nothing (no report, not even the function file's query);
    // the page said "ready" and the report went to it by messageChild, once.
    expect(opened.sent).toHaveLength(1);
    expect(report).toEqual({
      kind: "checked",
      sheet: SHEET,
      errors: 5,
      warnings: 1,
      notes: cellsOf(expected, "info").length,
      problems: errors.map(({ severity, cell, number, message }) => ({
        severity,
        cell,
        number,
        message,
      })),
      selected: sampleErrorCells()[0],
    } satisfies QuickCheckReport);
    expect(excel.syncCount).toBe(5);
  });

  test("without messageChild (DialogApi 1.1) the report is in the address's fragment, never its query", async () => {
    dialogApi = "1.1";
    ui.messageChild = false;
    const excel = sampleWorkbook();

    const { completed, dialog, report } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(ui.dialogs).toHaveLength(1);
    const url = new URL(dialog?.url ?? "");
    expect(`${url.origin}${url.pathname}`).toBe(DIALOG_PAGE);
    // Nothing the server hosting the add-in would see: no query, the report after "#" only.
    expect(url.search).toBe("");
    expect(url.hash.length).toBeGreaterThan(1);
    expect(url.hash.length - 1).toBeLessThanOrEqual(MAX_FRAGMENT);
    expect(url.hash).toMatch(/^#[A-Za-z0-9_-]+$/);
    expect(dialog?.sent).toEqual([]);
    expect(dialog?.closed).toBe(1);
    expect(report).toMatchObject({
      kind: "checked",
      sheet: SHEET,
      errors: 5,
      warnings: 1,
      selected: sampleErrorCells()[0],
    });
    expect(report?.kind === "checked" && report.problems.map((problem) => problem.cell)).toEqual(
      sampleErrorCells()
    );
    expect(excel.syncCount).toBe(5);
  });

  test("the command completes only once the dialog is closed, and closes it on Đóng", async () => {
    ui.page = null;
    workbook = sampleWorkbook();
    const { event, completed } = commandEvent();
    const running = commands.quickCheckCommand(event);

    const dialog = await ui.whenOpen();
    // Office ends the function file's runtime on completed(): the dialog would lose its Đóng.
    await new Promise((resolve) => setImmediate(resolve));
    expect(completed).not.toHaveBeenCalled();
    expect(dialog.closed).toBe(0);
    // Messages that are not the page's are ignored.
    dialog.fromPage("not json");
    dialog.fromPage(JSON.stringify({ type: "other" }));
    expect(completed).not.toHaveBeenCalled();

    dialog.fromPage({ type: "ready" });
    expect(dialog.report()).toMatchObject({ kind: "checked", errors: 5 });
    dialog.fromPage({ type: "close" });
    await running;
    expect(dialog.closed).toBe(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).not.toHaveBeenCalled();
  });

  test("closed with its ×: completed once, nothing left to close", async () => {
    ui.page = (dialog) => dialog.event(12006);
    const { completed, dialog } = await click(sampleWorkbook());
    expect(completed).toHaveBeenCalledTimes(1);
    expect(dialog?.closed).toBe(0);
    expect(consoleError).not.toHaveBeenCalled();
  });

  test("a dialog page that does not load (12002): closed, completed once, logged", async () => {
    ui.page = (dialog) => dialog.event(12002);
    const { completed, dialog } = await click(sampleWorkbook());
    expect(completed).toHaveBeenCalledTimes(1);
    expect(dialog?.closed).toBe(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0][0]).toMatch(/^Phụ lục — Kiểm tra nhanh: .*12002/);
  });

  test("quickCheck reports what it marked and selected", async () => {
    const excel = sampleWorkbook();
    const result = await quickCheck(excel.context, excelSheets);
    expect(result.sheetName).toBe(SHEET);
    expect(result.noAppendix).toBeNull();
    expect(result.findings).toEqual(checkAppendix(readAppendix(sampleGrid())));
    expect(result.marked.map((finding) => finding.cell).sort(byAddress)).toEqual(
      [...sampleErrorCells(), ...sampleWarningCells()].sort(byAddress)
    );
    expect(result.selected).toBe(sampleErrorCells()[0]);
  });

  test("a second check replaces the marks of the first: a fixed cell is no longer marked", async () => {
    const excel = sampleWorkbook();
    expect((await click(excel)).completed).toHaveBeenCalledTimes(1);
    // The officer fixes the lead unit of 1.3.2 and clicks again.
    excel
      .sheet(SHEET)
      .cells.set(`C${rowOf("1.3.2")}`, { value: "Văn phòng – Thống kê", formats: {} });
    const { completed, report } = await click(excel);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(report).toMatchObject({ kind: "checked", errors: 5, warnings: 0 });
    const marked = markedCells(excel);
    expect(marked.error).toEqual(sampleErrorCells());
    expect(marked.warning).toEqual([]);
    expect(marked.marks).toBe(1);
  });

  test("the officer's own conditional formats are kept", async () => {
    const own = { type: "Custom", ranges: "G2:G200", formula: "=G2<0", fill: "#FF0000" };
    const excel = sampleWorkbook({ conditionalFormats: [own] });
    expect((await click(excel)).completed).toHaveBeenCalledTimes(1);
    expect(excel.sheet(SHEET).conditionalFormats).toContainEqual({
      ...own,
      id: expect.any(String),
    });
    expect(markedCells(excel).error).toEqual(sampleErrorCells());
  });
});

describe("Excel without the dialog", () => {
  test("no DialogApi: marks and selection as before, completed once, no dialog", async () => {
    dialogApi = null;
    const info = jest.spyOn(console, "info").mockImplementation(() => undefined);
    const excel = sampleWorkbook();

    const { completed } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(ui.dialogs).toEqual([]);
    expect(markedCells(excel).error).toEqual(sampleErrorCells());
    expect(excel.sheet(SHEET).selection).toBe(sampleErrorCells()[0]);
    expect(excel.syncCount).toBe(5);
    expect(consoleError).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/DialogApi 1\.1/));
  });

  test("the officer chose Ignore at Office on the web's prompt (12009): marks kept, completed, logged", async () => {
    ui.failWith = { code: 12009, message: "The user chose to ignore the dialog box." };
    const excel = sampleWorkbook();

    const { completed } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(ui.dialogs).toEqual([]);
    expect(markedCells(excel).error).toEqual(sampleErrorCells());
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0][0]).toMatch(/^Phụ lục — Kiểm tra nhanh: .*12009/);
  });

  test("displayDialogAsync throwing: completed once, logged", async () => {
    const failure = new Error("displayDialogAsync is broken");
    ui.displayDialogAsync = () => {
      throw failure;
    };
    const { completed } = await click(sampleWorkbook());
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0][1]).toBe(failure);
  });
});

describe("a sheet with no appendix", () => {
  test.each([
    [
      "text without the table's header",
      [[{ value: "Danh sách cán bộ" }], [{ value: "Nguyễn Văn A" }]],
    ],
    ["an empty sheet", []],
  ])("%s: nothing written, the dialog says so, completed once", async (_, rows) => {
    const excel = mockExcel({
      sheets: [
        {
          name: OTHER,
          grid: { firstRow: 1, firstColumn: 1, rows: rows as GridCell[][] },
          conditionalFormats: [{ type: "Custom", ranges: "A1", formula: "=A1<0", fill: "#FF0000" }],
        },
      ],
    });
    const before = snapshot(excel);

    const { completed, dialog, report } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(excel.log).toEqual([]);
    expect(snapshot(excel)).toBe(before);
    expect(excel.sheet(OTHER).selection).toBeUndefined();
    expect(excel.syncCount).toBe(1);
    // Not an error: nothing in the console, the reason in the dialog.
    expect(consoleError).not.toHaveBeenCalled();
    expectOneDialogClosed(dialog);
    expect(report).toEqual({ kind: "no-appendix", sheet: OTHER, reason: notices.noHeader });
  });

  test("quickCheck says why and marks nothing", async () => {
    const excel = mockExcel({
      sheets: [{ name: OTHER, grid: { firstRow: 1, firstColumn: 1, rows: [[{ value: "x" }]] } }],
    });
    expect(await quickCheck(excel.context, excelSheets)).toEqual({
      sheetName: OTHER,
      noAppendix: notices.noHeader,
      findings: [],
      marked: [],
      selected: null,
    });
    expect(excel.log).toEqual([]);
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

  /** The dialog says in Vietnamese what Excel refused. */
  function expectReported(
    report: QuickCheckReport | null,
    dialog: FakeDialog | undefined,
    message: string
  ) {
    expectOneDialogClosed(dialog);
    expect(report).toEqual({ kind: "failed", message });
  }

  test("a protected sheet: nothing written, the Vietnamese message in the dialog and the console", async () => {
    const excel = sampleWorkbook({ protected: true, conditionalFormats: earlierMarks });
    const before = snapshot(excel);

    const { completed, dialog, report } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    expect(snapshot(excel)).toBe(before);
    expect(excel.sheet(SHEET).conditionalFormats).toHaveLength(1);
    expect(excel.sheet(SHEET).selection).toBeUndefined();
    expectLogged(excelText.protectedSheet, "AccessDenied");
    expectReported(report, dialog, excelText.protectedSheet);
  });

  test("the sheet deleted after it was read: nothing written, the message said", async () => {
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

    const { completed, dialog, report } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    // No write or call went out, and the sheet left is as it was.
    expect(excel.log).toEqual([]);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([OTHER]);
    expect(JSON.stringify(excel.sheet(OTHER))).toBe(other);
    expect(excel.active).toBe(OTHER);
    expect(excel.sheet(OTHER).selection).toBeUndefined();
    expectLogged(excelText.sheetMissing, "ItemNotFound");
    expectReported(report, dialog, excelText.sheetMissing);
  });

  test.each([1, 2, 3])(
    "sync %i failing: the sheet as it was, the message said, completed once",
    async (at) => {
      const excel = sampleWorkbook({ conditionalFormats: earlierMarks });
      excel.failSync(officeError("RequestAborted", "The request was aborted."), at);
      const before = snapshot(excel);

      const { completed, dialog, report } = await click(excel);

      expect(completed).toHaveBeenCalledTimes(1);
      expect(snapshot(excel)).toBe(before);
      expect(excel.syncCount).toBe(at);
      expectLogged(excelText.busy, "RequestAborted");
      expectReported(report, dialog, excelText.busy);
    }
  );

  test("the selection failing after the marks were made: every mark in place, the message said", async () => {
    const excel = sampleWorkbook({ conditionalFormats: earlierMarks });
    excel.failSync(officeError("ItemNotFound", "The requested resource doesn't exist."), 5);

    const { completed, dialog, report } = await click(excel);

    expect(completed).toHaveBeenCalledTimes(1);
    // The marks went out whole in one sync; only the selection is missing.
    const marked = markedCells(excel);
    expect(marked.error).toEqual(sampleErrorCells());
    expect(marked.warning).toEqual(sampleWarningCells());
    expect(marked.error).not.toContain("B5");
    expect(excel.sheet(SHEET).selection).toBeUndefined();
    expectLogged(excelText.sheetMissing, "ItemNotFound");
    expectReported(report, dialog, excelText.sheetMissing);
  });

  test("an error that is not Excel's is still said and logged, and the command completes", async () => {
    const excel = sampleWorkbook();
    jest.spyOn(excelSheets, "setHighlights").mockRejectedValue(new TypeError("boom"));
    const { completed, dialog, report } = await click(excel);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(consoleError.mock.calls[0][0]).toBe(`${LOG_PREFIX}${excelText.generic("boom")}`);
    expectReported(report, dialog, excelText.generic("boom"));
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

    const { completed, report } = await click(excel);

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
    // The dialog lists the error before the warning above it: errors come first.
    expect(report).toMatchObject({ kind: "checked", selected: firstError?.cell });
    const problems = report?.kind === "checked" ? report.problems : [];
    expect(problems[0]).toMatchObject({ severity: "error", cell: firstError?.cell });
    expect(problems.find((problem) => problem.severity === "warning")?.cell).toBe("B2");
  });

  test.each([10, 1_000, 10_000])(
    "%i rows, all correct: the dialog says no error was found",
    async (rows) => {
      const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(rows) };
      const excel = mockExcel({ sheets: [{ name: SHEET, grid }] });

      const { completed, dialog, report } = await click(excel);

      expect(completed).toHaveBeenCalledTimes(1);
      expect(markedCells(excel).marks).toBe(0);
      expect(excel.sheet(SHEET).selection).toBeUndefined();
      expect(excel.syncCount).toBe(SYNCS_WITHOUT_ERRORS);
      expectOneDialogClosed(dialog);
      expect(report).toEqual({
        kind: "checked",
        sheet: SHEET,
        errors: 0,
        warnings: 0,
        notes: 0,
        problems: [],
        selected: null,
      });
    }
  );
});
