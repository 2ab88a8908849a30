/** @jest-environment jsdom */
import "./support/jsdom";
import { afterEach, beforeEach, describe, expect, jest, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { proposeFixes } from "../../src/domain/fixes/proposeFixes";
import { readDelimited } from "../../src/domain/delimitedText";
import { excelErrorMessage } from "../../src/excel/excelErrorMessage";
import { excelText } from "../../src/excel/excelText";
import { App } from "../../src/taskpane/App";
import { checkPastedText } from "../../src/taskpane/checkGrid";
import { paneText } from "../../src/taskpane/paneText";
import { defaultTitle } from "../../src/taskpane/planForm";
import { click, settle } from "./support/events";
import { fakeActions, officeError, SHEET, TRANSLATED } from "./support/fakeActions";
import { fakeWorkbook } from "./support/fakeWorkbook";
import { rowOf, sampleErrorCells, sampleText } from "./support/sample";

let consoleError: jest.SpiedFunction<typeof console.error>;
beforeEach(() => {
  consoleError = jest.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

async function renderInExcel(actions = fakeActions()) {
  render(<App actions={actions} />);
  await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(1));
  return actions;
}

async function checkActiveSheet(actions: ReturnType<typeof fakeActions>) {
  await click(screen.getByRole("button", { name: paneText.check.run }));
  expect(actions.check).toHaveBeenCalledTimes(1);
  return screen.findByLabelText("Lỗi");
}

const sampleFixes = () => {
  const outcome = checkPastedText(sampleText);
  if (outcome.kind !== "checked") throw new Error("the sample is an appendix");
  return proposeFixes(outcome.appendix);
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

  test("an Excel error shows the translated message and is logged", async () => {
    const actions = fakeActions();
    const error = officeError("ItemNotFound", "The requested resource doesn't exist.");
    actions.check.mockRejectedValueOnce(error);
    await renderInExcel(actions);
    await click(screen.getByRole("button", { name: paneText.check.run }));
    expect(await screen.findByText(TRANSLATED.ItemNotFound)).toBeTruthy();
    expect(screen.queryByText(/requested resource/)).toBeNull();
    expect(actions.errorMessage).toHaveBeenCalledWith(error);
    expect(consoleError).toHaveBeenCalledWith(error);
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
    expect(consoleError).toHaveBeenCalledWith(error);
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
    expect(consoleError).toHaveBeenCalledWith(error);
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
    expect(actions.createAppendix).toHaveBeenCalledWith("blank", {
      year: "2020",
      title: defaultTitle("2020"),
      reference: {
        planNumber: "01",
        day: "06",
        month: "01",
        year: "2020",
        issuer: "UBND xã Thượng Lộ",
      },
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
