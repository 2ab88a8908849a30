/** @jest-environment jsdom */
// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import "../support/jsdom";
import { describe, expect, jest, test } from "@jest/globals";
import { fireEvent, Matcher, render, screen, waitFor } from "@testing-library/react";
import { readDelimited } from "../../../src/domain/delimitedText";
import { Fix } from "../../../src/domain/fixes/fix";
import { App } from "../../../src/taskpane/App";
import { paneText } from "../../../src/taskpane/paneText";
import { checkPastedText } from "../../../src/usecases/checkSheet";
import { FixUndo } from "../../../src/usecases/undoFix";
import { MockExcel, mockExcel } from "../../excel/mockExcel";
import { click } from "../support/events";
import { fakeActions, SHEET } from "../support/fakeActions";
import { sampleText } from "../support/sample";
import { actionsOnMock, muteConsoleError } from "../support/inExcel";

const consoleError = muteConsoleError();

const OTHER = "Phụ lục 2024";

const sampleFix = (kind: Fix["kind"]): Fix => {
  const outcome = checkPastedText(sampleText);
  if (outcome.kind !== "checked") throw new Error("the sample is an appendix");
  const fix = outcome.fixes.find((proposed) => proposed.kind === kind);
  if (!fix) throw new Error(`no ${kind} fix`);
  return fix;
};

/** What every cell of the sheet holds (value or formula), without formats. */
function contents(excel: MockExcel, sheet = SHEET): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const [address, cell] of excel.sheet(sheet).cells) {
    if (cell.formula !== undefined) cells[address] = cell.formula;
    else if (cell.value !== undefined) cells[address] = cell.value;
  }
  return cells;
}

/** The pane over the real actions and Excel adapter, on a mock workbook holding the sample twice. */
async function renderOnMock() {
  const excel = mockExcel({
    sheets: [
      { name: SHEET, grid: readDelimited(sampleText, "\t") },
      { name: OTHER, grid: readDelimited(sampleText, "\t") },
    ],
    active: SHEET,
  });
  /** The syncs of each Excel.run, in order. */
  const runs: number[] = [];
  const actions = actionsOnMock(excel, (syncs) => runs.push(syncs));
  render(<App actions={actions} />);
  const picker = (await screen.findByLabelText(paneText.check.sheetLabel)) as HTMLSelectElement;
  await waitFor(() => expect(picker.options).toHaveLength(3));
  return { excel, picker, runs };
}

async function checkThenOpenFixes() {
  await click(screen.getByRole("button", { name: paneText.check.run }));
  await screen.findByLabelText("Lỗi");
  fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
}

async function applyFromPreview(fix: Fix) {
  fireEvent.click(screen.getByRole("button", { name: `${paneText.fixes.preview}: ${fix.title}` }));
  await click(screen.getByRole("button", { name: paneText.fixes.apply }));
}

/**
 * The text, once shown: a check of the whole sample on the mock takes a while on a busy machine. Its
 * spaces are compared as the DOM query sees them (a no-break space as a space), as a title may hold one.
 */
const shown = (text: Matcher) =>
  screen.findByText(typeof text === "string" ? spaced(text) : text, {}, { timeout: 20_000 });

const spaced = (text: string) => text.replace(/\s+/g, " ");

/** A status that starts with the text (the errors left depend on formulas the mock does not compute). */
const startingWith = (text: string) => (content: string) => content.startsWith(spaced(text));

const undoButton = () => screen.queryByRole("button", { name: paneText.fixes.undo });

describe("Hoàn tác, on the office-addin-mock workbook", () => {
  test("appears after Áp dụng; puts every cell back in one run and shows the table checked again", async () => {
    const { excel, runs } = await renderOnMock();
    const original = contents(excel);
    await checkThenOpenFixes();
    expect(undoButton()).toBeNull();
    const fix = sampleFix("subtotal-formulas");
    fireEvent.click(
      screen.getByRole("button", { name: `${paneText.fixes.preview}: ${fix.title}` })
    );
    // Before the click, the pane says Ctrl+Z will not undo it and Hoàn tác will.
    expect(screen.getByText(paneText.fixes.applyNote)).toBeTruthy();
    await click(screen.getByRole("button", { name: paneText.fixes.apply }));
    expect(await shown(startingWith(`Đã áp dụng: ${fix.title}.`))).toBeTruthy();
    expect(excel.cell(SHEET, "G2")?.formula).toBe("=SUM(G3:G4,G11,G18,G21,G31)");

    const undo = undoButton();
    expect(undo).toBeTruthy();
    expect(screen.getByText(spaced(paneText.fixes.undoCaption(fix.title)))).toBeTruthy();
    expect(screen.getByText(paneText.fixes.undoNote)).toBeTruthy();
    const runsBefore = runs.length;
    await click(undo as HTMLElement);
    expect(await shown(paneText.fixes.undone(fix.title, 5))).toBeTruthy();
    // One Excel.run: read, write, read.
    expect(runs.slice(runsBefore)).toEqual([3]);
    expect(contents(excel)).toEqual(original);
    expect(undoButton()).toBeNull();
    // The fresh check proposes the fix again.
    expect(
      screen.getByRole("button", { name: `${paneText.fixes.preview}: ${fix.title}` })
    ).toBeTruthy();
  });

  test("a cell edited since the fix: the pane names it and nothing is written", async () => {
    const { excel, runs } = await renderOnMock();
    await checkThenOpenFixes();
    const fix = sampleFix("subtotal-formulas");
    await applyFromPreview(fix);
    await shown(paneText.fixes.undoCaption(fix.title));
    excel.sheet(SHEET).cells.set("G4", { value: 4_000_000, formats: {} });
    const edited = contents(excel);
    const writes = excel.log.length;

    const runsBefore = runs.length;
    await click(undoButton() as HTMLElement);
    expect(await shown(paneText.fixes.undoRefused(["G4"]))).toBeTruthy();
    expect(screen.getByText(/ô G4 đã bị sửa sau khi áp dụng/)).toBeTruthy();
    expect(runs.slice(runsBefore)).toEqual([1]);
    expect(excel.log.slice(writes)).toEqual([]);
    expect(contents(excel)).toEqual(edited);
    // Still offered: put G4 back as the fix left it and it can be undone.
    expect(undoButton()).toBeTruthy();
  });

  test("another Áp dụng replaces it: only the last fix applied can be undone", async () => {
    const { excel } = await renderOnMock();
    const original = contents(excel);
    await checkThenOpenFixes();
    const renumber = sampleFix("renumber");
    await applyFromPreview(renumber);
    await shown(paneText.fixes.undoCaption(renumber.title));
    const afterRenumber = contents(excel);

    const subtotals = sampleFix("subtotal-formulas");
    await applyFromPreview(subtotals);
    await shown(paneText.fixes.undoCaption(subtotals.title));
    expect(screen.queryByText(spaced(paneText.fixes.undoCaption(renumber.title)))).toBeNull();
    expect(screen.getAllByRole("button", { name: paneText.fixes.undo })).toHaveLength(1);

    await click(undoButton() as HTMLElement);
    await shown(startingWith(`Đã hoàn tác: ${subtotals.title}.`));
    // Back to after the renumbering, which stays.
    expect(contents(excel)).toEqual(afterRenumber);
    expect(contents(excel)).not.toEqual(original);
    expect(undoButton()).toBeNull();
  });

  test("checking another sheet drops it; checking the same sheet again keeps it", async () => {
    const { runs } = await renderOnMock();
    await checkThenOpenFixes();
    const fix = sampleFix("renumber");
    await applyFromPreview(fix);
    await shown(paneText.fixes.undoCaption(fix.title));

    /** Kiểm tra on the sheet picked, in the Kiểm tra tab, then back to Sửa once the check is done. */
    const checkFromTab = async (sheet: string) => {
      fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.check }));
      const picker = screen.getByLabelText(paneText.check.sheetLabel) as HTMLSelectElement;
      await waitFor(() => expect(picker.options).toHaveLength(3));
      fireEvent.change(picker, { target: { value: sheet } });
      const before = runs.length;
      await click(screen.getByRole("button", { name: paneText.check.run }));
      await waitFor(() => expect(runs.length).toBe(before + 1), { timeout: 20_000 });
      await shown(paneText.check.checkedSheet(sheet));
      fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    };

    await checkFromTab(SHEET);
    expect(undoButton()).toBeTruthy();
    await checkFromTab(OTHER);
    expect(undoButton()).toBeNull();
    // Back on the first sheet, the undo does not come back.
    await checkFromTab(SHEET);
    expect(undoButton()).toBeNull();
  });
});

describe("Hoàn tác, with the fake actions", () => {
  const RECORD: FixUndo = {
    sheetName: SHEET,
    title: sampleFix("renumber").title,
    cells: [],
    insertedRows: null,
  };

  async function appliedWithUndo() {
    const actions = fakeActions();
    actions.applyFix.mockImplementationOnce(async (sheetName) => ({
      kind: "applied",
      check: { sheetName, outcome: checkPastedText(sampleText) },
      undo: RECORD,
    }));
    render(<App actions={actions} />);
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(1));
    await checkThenOpenFixes();
    await applyFromPreview(sampleFix("renumber"));
    await shown(paneText.fixes.undoCaption(RECORD.title));
    return actions;
  }

  test("sends the record of the fix applied, once", async () => {
    const actions = await appliedWithUndo();
    await click(undoButton() as HTMLElement);
    expect(actions.undoFix).toHaveBeenCalledTimes(1);
    expect(actions.undoFix).toHaveBeenCalledWith(RECORD);
    expect(undoButton()).toBeNull();
  });

  test("an apply refused as the table changed drops it too", async () => {
    const actions = await appliedWithUndo();
    actions.applyFix.mockImplementationOnce(async (sheetName) => ({
      kind: "changed",
      check: { sheetName, outcome: checkPastedText(sampleText) },
    }));
    await applyFromPreview(sampleFix("subtotal-formulas"));
    await shown(paneText.fixes.changed);
    expect(undoButton()).toBeNull();
  });

  test("a refusal names many cells briefly", async () => {
    const actions = await appliedWithUndo();
    const cells = ["G2", "G4", "G11", "G12", "G21", "G22", "G26", "G78", "G95", "G96"];
    actions.undoFix.mockResolvedValueOnce({ kind: "edited", cells });
    await click(undoButton() as HTMLElement);
    expect(
      await shown(/^Chưa hoàn tác, không ghi gì: ô G2, G4, .*, G78 và 2 ô khác đã bị sửa/)
    ).toBeTruthy();
    expect(undoButton()).toBeTruthy();
  });

  test("an Excel error while undoing is shown, and logged", async () => {
    const actions = await appliedWithUndo();
    const error = new Error("Excel is busy");
    actions.undoFix.mockRejectedValueOnce(error);
    await click(undoButton() as HTMLElement);
    expect(await shown("Excel báo lỗi.")).toBeTruthy();
    expect(consoleError.spy).toHaveBeenCalledWith(error);
  });
});
