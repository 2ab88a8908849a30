/** @jest-environment jsdom */
// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import "./support/jsdom";
import { describe, expect, jest, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as checking from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import * as fixing from "../../src/domain/fixes/proposeFixes";
import { excelErrorMessage } from "../../src/excel/excelErrorMessage";
import { excelText } from "../../src/excel/excelText";
import { findingsText } from "../../src/sheet/sheetText";
import { App } from "../../src/taskpane/App";
import { paneText } from "../../src/taskpane/paneText";
import { checkPastedText } from "../../src/usecases/checkSheet";
import { click, settle } from "./support/events";
import { fakeActions, officeError, SHEET, TRANSLATED } from "./support/fakeActions";
import { fakeWorkbook } from "./support/fakeWorkbook";
import { rowOf, sampleErrorCells, sampleText } from "./support/sample";
import { mockExcel, officeError as mockOfficeError } from "../excel/mockExcel";
import { reportPaneText } from "../../src/taskpane/report/reportPaneText";
import { trackedTableGrid } from "../support/trackedTable";
import { actionsOnMock, muteConsoleError, renderInExcel } from "./support/inExcel";

const consoleError = muteConsoleError();

async function checkActiveSheet(actions: ReturnType<typeof fakeActions>) {
  await click(screen.getByRole("button", { name: paneText.check.run }));
  expect(actions.check).toHaveBeenCalledTimes(1);
  return screen.findByLabelText("Lỗi");
}

const sampleFixes = () => {
  const outcome = checkPastedText(sampleText);
  if (outcome.kind !== "checked") throw new Error("the sample is an appendix");
  return outcome.fixes;
};

describe("the pane in Excel", () => {
  test("the sheet picker offers the active sheet first, then the workbook's sheets", async () => {
    await renderInExcel();
    const picker = (await screen.findByLabelText(paneText.check.sheetLabel)) as HTMLSelectElement;
    await waitFor(() => expect(picker.options).toHaveLength(4));
    expect(Array.from(picker.options, (option) => option.text)).toEqual([
      paneText.check.activeSheet,
      SHEET,
      "Danh mục",
      "Báo cáo",
    ]);
    expect(picker.value).toBe("");
    expect(screen.queryByText(paneText.outsideExcel)).toBeNull();
  });

  test("Kiểm tra checks the active sheet by default, then the sheet picked", async () => {
    const actions = await renderInExcel();
    const errors = await checkActiveSheet(actions);
    expect(actions.check).toHaveBeenLastCalledWith(undefined);
    expect(within(errors).getAllByRole("button")).toHaveLength(5);
    expect(screen.getByText(paneText.check.checkedSheet(SHEET))).toBeTruthy();

    const picker = screen.getByLabelText(paneText.check.sheetLabel);
    await waitFor(() => expect((picker as HTMLSelectElement).options).toHaveLength(4));
    fireEvent.change(picker, { target: { value: "Báo cáo" } });
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(actions.check).toHaveBeenLastCalledWith("Báo cáo");
  });

  test("clicking a finding, or Enter on it, selects its cell once", async () => {
    const actions = await renderInExcel();
    const errors = await checkActiveSheet(actions);
    const [first, second] = within(errors).getAllByRole("button");
    await click(first);
    expect(actions.selectCell).toHaveBeenCalledTimes(1);
    expect(actions.selectCell).toHaveBeenLastCalledWith(SHEET, sampleErrorCells()[0]);

    second.focus();
    await settle(() => fireEvent.keyDown(second, { key: "Enter" }));
    expect(actions.selectCell).toHaveBeenCalledTimes(2);
    expect(actions.selectCell).toHaveBeenLastCalledWith(SHEET, `A${rowOf("2,2,1")}`);
    // Other keys do nothing.
    await settle(() => fireEvent.keyDown(second, { key: "a" }));
    expect(actions.selectCell).toHaveBeenCalledTimes(2);
  });

  test("the highlight switch marks the errors and warnings, and clears them", async () => {
    const actions = await renderInExcel();
    const highlight = screen.getByRole("switch", { name: paneText.check.highlight });
    expect((highlight as HTMLInputElement).disabled).toBe(true);
    await checkActiveSheet(actions);
    await click(highlight);
    expect(actions.setHighlights).toHaveBeenCalledTimes(1);
    const [sheet, marked, on] = actions.setHighlights.mock.calls[0];
    expect([sheet, on]).toEqual([SHEET, true]);
    expect(marked.map((finding) => finding.cell)).toEqual(sampleErrorCells());
    expect((highlight as HTMLInputElement).checked).toBe(true);

    // Checking again with marks on moves them to the new findings.
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(actions.setHighlights).toHaveBeenCalledTimes(2);
    expect(actions.setHighlights.mock.calls[1][2]).toBe(true);

    await click(highlight);
    expect(actions.setHighlights).toHaveBeenLastCalledWith(SHEET, expect.any(Array), false);
    expect((highlight as HTMLInputElement).checked).toBe(false);
  });

  test("Áp dụng writes the previewed fix exactly once, only after the click, then shows the new check", async () => {
    const actions = await renderInExcel();
    await checkActiveSheet(actions);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    fireEvent.click(screen.getByRole("button", { name: /Xem trước: Đổi cộng mục/ }));
    expect(screen.getByRole("table", { name: /Xem trước: Đổi cộng mục/ })).toBeTruthy();
    expect(actions.applyFix).not.toHaveBeenCalled();

    const apply = screen.getByRole("button", { name: paneText.fixes.apply });
    expect(apply.getAttribute("aria-disabled")).toBeNull();
    await click(apply);
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
    const previewed = sampleFixes().find((fix) => fix.kind === "subtotal-formulas");
    expect(actions.applyFix).toHaveBeenCalledWith(SHEET, previewed);
    expect(await screen.findByText(paneText.fixes.applied(previewed?.title ?? "", 5))).toBeTruthy();
    // The preview closes: nothing more is written without a new preview and click.
    expect(screen.queryByRole("table")).toBeNull();
    expect(actions.applyFix).toHaveBeenCalledTimes(1);
  });

  test("a table changed since the preview is not written over: the pane says so", async () => {
    const actions = fakeActions();
    actions.applyFix.mockImplementation(async (sheetName) => ({
      kind: "changed",
      check: { sheetName, outcome: checkPastedText(sampleText) },
    }));
    await renderInExcel(actions);
    await checkActiveSheet(actions);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    fireEvent.click(screen.getByRole("button", { name: /Xem trước: Đánh lại số thứ tự/ }));
    await click(screen.getByRole("button", { name: paneText.fixes.apply }));
    expect(await screen.findByText(paneText.fixes.changed)).toBeTruthy();
  });

  test("one check is one analysis: the Sửa tab shows the fixes the check proposed", async () => {
    const { actions } = fakeWorkbook([readDelimited(sampleText, "\t")]);
    const check = jest.spyOn(checking, "checkAppendix");
    const propose = jest.spyOn(fixing, "proposeFixes");
    try {
      render(<App actions={actions} />);
      await click(screen.getByRole("button", { name: paneText.check.run }));
      await screen.findByLabelText("Lỗi");
      fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
      expect(screen.getByRole("button", { name: /Xem trước: Đổi cộng mục/ })).toBeTruthy();
      fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.check }));
      fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
      expect(check).toHaveBeenCalledTimes(1);
      expect(propose).toHaveBeenCalledTimes(1);
    } finally {
      check.mockRestore();
      propose.mockRestore();
    }
  });

  test("an Excel error shows the translated message and is logged", async () => {
    const actions = fakeActions();
    const error = officeError("ItemNotFound", "The requested resource doesn't exist.");
    actions.check.mockRejectedValueOnce(error);
    await renderInExcel(actions);
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(await screen.findByText(TRANSLATED.ItemNotFound)).toBeTruthy();
    expect(screen.queryByText(/requested resource/)).toBeNull();
    expect(actions.errorMessage).toHaveBeenCalledWith(error);
    expect(consoleError.spy).toHaveBeenCalledWith(error);
    // The pane still works: the next check lists the findings.
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(await screen.findByLabelText("Lỗi")).toBeTruthy();
    expect(screen.queryByText(TRANSLATED.ItemNotFound)).toBeNull();
  });

  test("with the adapter's own translation, an Excel error reads in Vietnamese", async () => {
    const { sheets, actions } = fakeWorkbook(
      [readDelimited(sampleText, "\t")],
      [SHEET],
      excelErrorMessage
    );
    const error = officeError("ItemNotFound", "The requested resource doesn't exist.");
    sheets.readSheet.mockRejectedValueOnce(error);
    render(<App actions={actions} />);
    await waitFor(() => expect(sheets.sheetNames).toHaveBeenCalled());
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(await screen.findByText(excelText.sheetMissing)).toBeTruthy();
    expect(consoleError.spy).toHaveBeenCalledWith(error);
  });

  test("an error while applying a fix is shown in the Sửa tab", async () => {
    const actions = fakeActions();
    const error = officeError("ItemNotFound", "The requested resource doesn't exist.");
    actions.applyFix.mockRejectedValueOnce(error);
    await renderInExcel(actions);
    await checkActiveSheet(actions);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    fireEvent.click(screen.getByRole("button", { name: /Xem trước: Đánh lại số thứ tự/ }));
    await click(screen.getByRole("button", { name: paneText.fixes.apply }));
    expect(await screen.findByText(TRANSLATED.ItemNotFound)).toBeTruthy();
    expect(consoleError.spy).toHaveBeenCalledWith(error);
  });

  test("a sheet without an appendix header shows the message, not a blank pane", async () => {
    const actions = fakeActions();
    actions.check.mockResolvedValueOnce({
      sheetName: "Báo cáo",
      outcome: checkPastedText("Họ và tên\tNgày sinh"),
    });
    await renderInExcel(actions);
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(await screen.findByText(/Không tìm thấy dòng tiêu đề/)).toBeTruthy();
  });

  test("Tạo bảng trống sends the validated form, then names the sheets written", async () => {
    const actions = await renderInExcel();
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.create }));
    const type = (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type(paneText.create.planNumber, "01");
    type(paneText.create.day, "6");
    type(paneText.create.month, "1");
    type(paneText.create.year, "2020");
    type(paneText.create.issuer, "UBND xã Thượng Lộ");
    expect(actions.createAppendix).not.toHaveBeenCalled();
    await click(screen.getByRole("button", { name: paneText.create.blank }));
    expect(actions.createAppendix).toHaveBeenCalledTimes(1);
    // What the officer typed, no more: the plan's year, and a date whose year is the plan's.
    expect(actions.createAppendix).toHaveBeenCalledWith("blank", {
      year: "2020",
      reference: { planNumber: "01", day: "06", month: "01", issuer: "UBND xã Thượng Lộ" },
    });
    expect(await screen.findByText(paneText.create.created("Phụ lục (2)"))).toBeTruthy();
    // The picker learns about the new sheet.
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(2));
  });

  test("Lập lại từ trang đang mở asks for the active sheet's table; a wrong date is refused first", async () => {
    const actions = await renderInExcel();
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.create }));
    fireEvent.change(screen.getByLabelText(paneText.create.day), { target: { value: "30" } });
    fireEvent.change(screen.getByLabelText(paneText.create.month), { target: { value: "2" } });
    const fromActive = screen.getByRole("button", { name: paneText.create.fromActive });
    await click(fromActive);
    expect(actions.createAppendix).not.toHaveBeenCalled();
    expect(screen.getByText(paneText.create.invalid)).toBeTruthy();
    expect(screen.getByText(/Không có ngày 30 tháng 2 năm \d{4}\./)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(paneText.create.day), { target: { value: "28" } });
    actions.createAppendix.mockResolvedValueOnce({
      kind: "no-appendix",
      sheetName: "Báo cáo",
      message: "Không tìm thấy dòng tiêu đề của bảng phụ lục.",
    });
    await click(fromActive);
    expect(actions.createAppendix).toHaveBeenCalledTimes(1);
    expect(actions.createAppendix.mock.calls[0][0]).toBe("active");
    expect(await screen.findByText(/Trang “Báo cáo”: Không tìm thấy dòng tiêu đề/)).toBeTruthy();
  });
});

describe("Xuất kết quả ra trang tính, on the office-addin-mock workbook", () => {
  const RESULTS = findingsText.sheetName;

  /** The pane over the real actions and Excel adapter, on a mock workbook holding the sample. */
  async function renderOnMock() {
    const excel = mockExcel({
      sheets: [
        { name: SHEET, grid: readDelimited(sampleText, "\t") },
        // Taken already, as by an earlier export: it must stay as it is.
        { name: "KẾT QUẢ KIỂM TRA", grid: readDelimited("ghi chú của cán bộ", "\t") },
      ],
      active: SHEET,
    });
    /** The syncs of each Excel.run, in order, and the sheets there were after it. */
    const runs: { syncs: number; sheets: number }[] = [];
    const actions = actionsOnMock(excel, (syncs) =>
      runs.push({ syncs: syncs, sheets: excel.sheets.length })
    );
    render(<App actions={actions} />);
    const picker = (await screen.findByLabelText(paneText.check.sheetLabel)) as HTMLSelectElement;
    await waitFor(() => expect(picker.options).toHaveLength(3));
    return { excel, picker, runs };
  }

  test("writes the findings to a new sheet under a free name, in one run of two syncs", async () => {
    const { excel, picker, runs } = await renderOnMock();
    const exportButton = screen.getByRole("button", { name: paneText.check.export });
    // Nothing to export before a check.
    expect(exportButton.getAttribute("aria-disabled")).toBe("true");

    await click(screen.getByRole("button", { name: paneText.check.run }));
    await screen.findByLabelText("Lỗi");
    expect(exportButton.getAttribute("aria-disabled")).toBeNull();
    const runsBefore = runs.length;
    await click(exportButton);
    const name = `${RESULTS} (2)`;
    expect(
      await screen.findByText(paneText.check.exported(name, SHEET), { exact: false })
    ).toBeTruthy();
    // One Excel.run writes the sheet, in writeSheet's two syncs (the sheet names, then the whole
    // write, however many findings); then the picker reads the names again, in one.
    expect(runs.slice(runsBefore)).toEqual([
      { syncs: 2, sheets: 3 },
      { syncs: 1, sheets: 3 },
    ]);

    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([SHEET, "KẾT QUẢ KIỂM TRA", name]);
    expect(excel.cell("KẾT QUẢ KIỂM TRA", "A1")?.value).toBe("ghi chú của cán bộ");
    expect(excel.active).toBe(name);
    const cell = (address: string) => excel.cell(name, address);
    expect(String(cell("A1")?.value)).toMatch(
      /^Kết quả kiểm tra trang “Phụ lục”, ngày \d{2}\/\d{2}\/\d{4}$/
    );
    expect(cell("A4")?.value).toBe("Mức độ");
    // Errors first, in sheet order, each Ô a link to its cell on the checked sheet.
    sampleErrorCells().forEach((address, i) => {
      expect(cell(`A${5 + i}`)).toMatchObject({ value: "Lỗi", formatAtWrite: "@" });
      expect(cell(`B${5 + i}`)?.formula).toBe(`=HYPERLINK("#'${SHEET}'!${address}","${address}")`);
    });
    // Text stays text: the TT "2,2,1" and every message are values in "@" cells.
    expect(cell("C6")).toMatchObject({ value: "2,2,1", formatAtWrite: "@" });
    expect(cell("E5")?.formatAtWrite).toBe("@");
    expect(cell("E5")?.formula).toBeUndefined();

    // The picker now names the sheet checked: the next Kiểm tra does not check the new sheet.
    await waitFor(() => expect(picker.options).toHaveLength(4));
    expect(picker.value).toBe(SHEET);
    const checksBefore = runs.length;
    await click(screen.getByRole("button", { name: paneText.check.run }));
    await waitFor(() => expect(exportButton.getAttribute("aria-disabled")).toBeNull());
    expect(runs.length).toBe(checksBefore + 1);
    expect(screen.getByText(paneText.check.checkedSheet(SHEET))).toBeTruthy();
    expect(screen.queryByText(paneText.check.exported(name, SHEET), { exact: false })).toBeNull();

    // Again: a third name, never over the second.
    await click(exportButton);
    await screen.findByText(paneText.check.exported(`${RESULTS} (3)`, SHEET), { exact: false });
    expect(excel.sheets).toHaveLength(4);
  });

  test("an Excel that refuses the write: the pane says why in Vietnamese, no sheet is added", async () => {
    const { excel } = await renderOnMock();
    await click(screen.getByRole("button", { name: paneText.check.run }));
    await screen.findByLabelText("Lỗi");
    const refused = mockOfficeError("AccessDenied", "Access denied.");
    excel.failSync(refused, excel.syncCount + 2);
    await click(screen.getByRole("button", { name: paneText.check.export }));
    expect(await screen.findByText(excelErrorMessage(refused))).toBeTruthy();
    expect(excel.sheets).toHaveLength(2);
    expect(consoleError.spy).toHaveBeenCalled();
  });

  test("with the fake actions: the findings shown are the ones sent, with the sheet checked", async () => {
    const actions = await renderInExcel();
    await checkActiveSheet(actions);
    await click(screen.getByRole("button", { name: paneText.check.export }));
    expect(actions.exportFindings).toHaveBeenCalledTimes(1);
    const [sheetName, findings, date] = actions.exportFindings.mock.calls[0];
    expect(sheetName).toBe(SHEET);
    const shown = checkPastedText(sampleText);
    expect(findings).toEqual(shown.kind === "checked" ? shown.findings : null);
    expect(date).toBeInstanceOf(Date);
    expect(
      await screen.findByText(paneText.check.exported(RESULTS, SHEET), { exact: false })
    ).toBeTruthy();
  });

  test("a sheet without an appendix, or pasted text, has nothing to export", async () => {
    const actions = fakeActions();
    actions.check.mockResolvedValueOnce({
      sheetName: "Báo cáo",
      outcome: checkPastedText("Họ và tên\tNgày sinh"),
    });
    await renderInExcel(actions);
    await click(screen.getByRole("button", { name: paneText.check.run }));
    await screen.findByText(/Không tìm thấy dòng tiêu đề/);
    const exportButton = screen.getByRole("button", { name: paneText.check.export });
    expect(exportButton.getAttribute("aria-disabled")).toBe("true");
    await click(exportButton);
    expect(actions.exportFindings).not.toHaveBeenCalled();
  });
});

describe("Lập báo cáo, on the office-addin-mock workbook", () => {
  test("the tracked table's Quý I report: three new sheets and the settings sheet in one run of three syncs, the appendix untouched; again, under new names", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: trackedTableGrid() }], active: SHEET });
    const appendixCells = () =>
      [...excel.sheet(SHEET).cells].map(([address, cell]) => [address, cell.value]);
    const before = appendixCells();
    const runs: number[] = [];
    const actions = actionsOnMock(excel, (syncs) => runs.push(syncs));
    render(<App actions={actions} />);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.report }));
    fireEvent.change(screen.getByLabelText(reportPaneText.period), { target: { value: "q1" } });
    fireEvent.change(screen.getByLabelText(reportPaneText.asOf), {
      target: { value: "18/03/2024" },
    });
    await waitFor(() => expect(runs).toHaveLength(1));

    await click(screen.getByRole("button", { name: reportPaneText.run }));
    await screen.findByText("Đã lập báo cáo quý I năm 2024");
    expect(runs[1]).toBe(3);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([
      SHEET,
      "BC Quý I 2024",
      "BC Quý I 2024 - bộ phận",
      "BC Quý I 2024 - mục",
      "Cài đặt báo cáo",
    ]);
    expect(excel.active).toBe("BC Quý I 2024");
    expect(appendixCells()).toEqual(before);
    expect(excel.writes(SHEET)).toEqual([]);
    expect(screen.getByText(/Đã tạo trang “Cài đặt báo cáo”/)).toBeTruthy();
    // 2.1 of the table, due 28/02/2024 and still in progress.
    expect(screen.getByText("TT 2.1 · dòng 9 · hạn 28/02/2024")).toBeTruthy();

    // The picker lists the new sheets and stays on the appendix: the same click makes a new report.
    const picker = screen.getByLabelText(paneText.check.sheetLabel) as HTMLSelectElement;
    await waitFor(() => expect(picker.options).toHaveLength(6));
    expect(picker.value).toBe(SHEET);
    await click(screen.getByRole("button", { name: reportPaneText.run }));
    expect(
      await screen.findByText(
        "Trang mới: “BC Quý I 2024 (2)”, “BC Quý I 2024 - bộ phận (2)”, “BC Quý I 2024 - mục (2)”."
      )
    ).toBeTruthy();
    expect(screen.queryByText(/Đã tạo trang “Cài đặt báo cáo”/)).toBeNull();
    expect(excel.sheets).toHaveLength(8);
    expect(appendixCells()).toEqual(before);
    expect(consoleError.spy).not.toHaveBeenCalled();
  });
});
