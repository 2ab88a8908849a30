/** @jest-environment jsdom */
import "../support/jsdom";
import { afterEach, beforeEach, describe, expect, jest, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { paneText } from "../../../src/taskpane/paneText";
import { reportPaneText as text } from "../../../src/taskpane/report/reportPaneText";
import { trackingPaneText } from "../../../src/taskpane/tracking/trackingText";
import { click } from "../support/events";
import { fakeActions, officeError, SHEET, TRANSLATED } from "../support/fakeActions";
import { muteConsoleError, renderInExcel } from "../support/inExcel";

const consoleError = muteConsoleError();

// The pane is opened on 18/03/2024: the Quý I report of 2024 is due on 20/03. Only Date is faked.
beforeEach(() => {
  jest.useFakeTimers({
    now: new Date(2024, 2, 18, 9, 30),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
});
afterEach(() => {
  jest.useRealTimers();
});

/** The pane in Excel over fake actions, on the Báo cáo tab. */
async function openReportTab(actions = fakeActions()) {
  await renderInExcel(actions);
  fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.report }));
  return actions;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });
const makeReport = () => click(screen.getByRole("button", { name: text.run }));

describe("the Báo cáo tab in Excel", () => {
  test("opens on the active sheet, the report due next (Quý I), the title's year and today", async () => {
    await openReportTab();
    expect((screen.getByLabelText(paneText.check.sheetLabel) as HTMLSelectElement).value).toBe("");
    const period = screen.getByLabelText(text.period) as HTMLSelectElement;
    expect(period.value).toBe("q1");
    expect(Array.from(period.options, (option) => option.text)).toEqual([
      "Quý I",
      "6 tháng",
      "Quý III",
      "9 tháng",
      "Năm",
    ]);
    expect(field(text.year).value).toBe("");
    expect(field(text.year).placeholder).toBe("Theo tiêu đề");
    expect(field(text.asOf).value).toBe("18/03/2024");
    expect(field(text.issuer).placeholder).toBe("Theo phụ lục hoặc Cài đặt báo cáo");
    expect(field(text.place).placeholder).toBe("Theo phụ lục hoặc Cài đặt báo cáo");
    // The tracking columns are offered below, for the active sheet.
    expect(screen.getByText(text.tracking)).toBeTruthy();
    expect(screen.getByRole("button", { name: trackingPaneText.add })).toBeTruthy();
  });

  test("Lập báo cáo sends the form's request once: the sheet, period, year, as-of day, issuer, place and today", async () => {
    const actions = await openReportTab();
    const picker = screen.getByLabelText(paneText.check.sheetLabel) as HTMLSelectElement;
    await waitFor(() => expect(picker.options).toHaveLength(4));
    fireEvent.change(picker, { target: { value: SHEET } });
    fireEvent.change(screen.getByLabelText(text.period), { target: { value: "h1" } });
    type(text.year, "2024");
    type(text.asOf, "10/06/2024");
    type(text.issuer, "UBND xã Ea Tân");
    type(text.place, "Ea Tân");
    await makeReport();
    expect(actions.makeReport).toHaveBeenCalledTimes(1);
    expect(actions.makeReport).toHaveBeenCalledWith(SHEET, {
      period: "h1",
      year: 2024,
      asOf: "2024-06-10",
      date: "2024-03-18",
      issuer: "UBND xã Ea Tân",
      place: "Ea Tân",
    });
  });

  test("as it opens, the active sheet's Quý I report as of today is asked for, the rest left to the appendix", async () => {
    const actions = await openReportTab();
    await makeReport();
    expect(actions.makeReport).toHaveBeenCalledWith(undefined, {
      period: "q1",
      asOf: "2024-03-18",
      date: "2024-03-18",
    });
  });

  test("the outcome: the sheets written, the settings sheet, the figures, the overdue task", async () => {
    await openReportTab();
    await makeReport();
    // The tracked table (tests/support/trackedTable.ts) in Quý I 2024, as of 18/03/2024: 1.1 done
    // late, 2.1 overdue since 28/02, 2.3 (monthly) not started, 2.2 on demand, 1.2 (Quý II) outside.
    const written = await screen.findByText("Đã lập báo cáo quý I năm 2024");
    const bar = written.closest("[role=group], .fui-MessageBar") as HTMLElement;
    expect(bar.textContent).toContain(
      "Trang mới: “BC Quý I 2024”, “BC Quý I 2024 - bộ phận”, “BC Quý I 2024 - mục”."
    );
    expect(bar.textContent).toContain(
      "Số liệu từ 15/12/2023 đến 14/03/2024, tính đến ngày 18/03/2024."
    );
    expect(bar.textContent).toContain("Đã tạo trang “Cài đặt báo cáo”");

    const figures = screen.getByRole("region", { name: text.figures });
    const pairs = Array.from(figures.querySelectorAll("dt"), (term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    expect(pairs).toEqual([
      ["Nhiệm vụ trong kỳ", "3"],
      ["Đã hoàn thành", "1"],
      ["Trong đó trễ hạn", "1"],
      ["Đang thực hiện", "1"],
      ["Chưa thực hiện", "1"],
      ["Quá hạn", "1"],
      ["Khi có yêu cầu", "1"],
      // 1.1's 1.000.000 and 2.2's 500.000; 900.000 and 200.000 spent of them.
      ["Kinh phí kế hoạch", "1.500.000 đồng"],
      ["Kinh phí đã sử dụng", "1.100.000 đồng (73,3%)"],
    ]);

    const overdue = screen.getByRole("list", { name: "Quá hạn chưa hoàn thành (1)" });
    const items = within(overdue).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Công khai TTHCTT 2.1 · dòng 9 · hạn 28/02/2024",
    ]);
    // Nothing of the settings sheet was unreadable: no warning.
    expect(screen.queryByText(text.problemsHeading)).toBeNull();
    expect(consoleError.spy).not.toHaveBeenCalled();
  });

  test("after a report the picker stays on the appendix's sheet (the report's is active now) and lists the new sheets", async () => {
    const actions = await openReportTab();
    await makeReport();
    await screen.findByText("Đã lập báo cáo quý I năm 2024");
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(2));
    expect((screen.getByLabelText(paneText.check.sheetLabel) as HTMLSelectElement).value).toBe(
      SHEET
    );
    await makeReport();
    expect(actions.makeReport).toHaveBeenLastCalledWith(SHEET, expect.anything());
  });

  test("the settings sheet's problems are listed as a warning, cell by cell", async () => {
    const actions = fakeActions();
    actions.makeReport.mockImplementationOnce(async (sheetName, request) => {
      const made = await fakeActions().makeReport(sheetName, request);
      if (made.kind !== "written") throw new Error("the tracked table is reported");
      return {
        ...made,
        settingsSheet: null,
        problems: [{ cell: "B7", message: "Không đọc được ngày “32/3”; dùng mặc định 14/3." }],
      };
    });
    await openReportTab(actions);
    await makeReport();
    await screen.findByText(text.problemsHeading);
    expect(screen.getByText("Ô B7: Không đọc được ngày “32/3”; dùng mặc định 14/3.")).toBeTruthy();
    expect(screen.queryByText(/Đã tạo trang “Cài đặt báo cáo”/)).toBeNull();
  });

  test("a refusal shows as an error with the use case's words; no figures", async () => {
    const actions = fakeActions();
    actions.makeReport.mockResolvedValueOnce({
      kind: "refused",
      message: "Không rõ năm của kế hoạch: hãy nhập năm của kế hoạch.",
    });
    await openReportTab(actions);
    await makeReport();
    const message = await screen.findByText(
      "Không rõ năm của kế hoạch: hãy nhập năm của kế hoạch."
    );
    expect(message.closest(".fui-MessageBar")?.textContent).toContain(text.refused);
    expect(screen.queryByRole("region", { name: text.figures })).toBeNull();
  });

  test("a wrong year or day is said under its field and nothing is asked of Excel", async () => {
    const actions = await openReportTab();
    type(text.year, "24");
    type(text.asOf, "30/02/2024");
    await makeReport();
    expect(actions.makeReport).not.toHaveBeenCalled();
    expect(screen.getByText(text.yearInvalid)).toBeTruthy();
    expect(screen.getByText(text.asOfInvalid)).toBeTruthy();
    expect(screen.getByText(text.invalid)).toBeTruthy();
    expect(field(text.year).getAttribute("aria-invalid")).toBe("true");

    // Typing in a field clears its message; once both are right the report is made.
    type(text.year, "2024");
    expect(screen.queryByText(text.yearInvalid)).toBeNull();
    type(text.asOf, "29/02/2024");
    await makeReport();
    expect(actions.makeReport).toHaveBeenCalledTimes(1);
    expect(actions.makeReport.mock.calls[0][1]).toMatchObject({ year: 2024, asOf: "2024-02-29" });
    expect(screen.queryByText(text.asOfInvalid)).toBeNull();
  });

  test("submitting the form (Enter in a field) makes the report, as the button does", async () => {
    const actions = await openReportTab();
    const year = field(text.year);
    type(text.year, "2024");
    await click(year);
    fireEvent.submit(year.form as HTMLFormElement);
    await waitFor(() => expect(actions.makeReport).toHaveBeenCalledTimes(1));
  });

  test("an Excel error is shown in Vietnamese and logged", async () => {
    const actions = fakeActions();
    actions.makeReport.mockRejectedValueOnce(officeError("ItemNotFound", "not found"));
    await openReportTab(actions);
    await makeReport();
    expect(await screen.findByText(TRANSLATED.ItemNotFound)).toBeTruthy();
    expect(consoleError.spy).toHaveBeenCalled();
  });

  test("Thêm cột theo dõi adds the columns to the sheet picked", async () => {
    const actions = await openReportTab();
    const picker = screen.getByLabelText(paneText.check.sheetLabel) as HTMLSelectElement;
    await waitFor(() => expect(picker.options).toHaveLength(4));
    fireEvent.change(picker, { target: { value: SHEET } });
    await click(screen.getByRole("button", { name: trackingPaneText.add }));
    expect(actions.addTrackingColumns).toHaveBeenCalledWith(SHEET);
    expect(actions.makeReport).not.toHaveBeenCalled();
  });
});

describe("the Báo cáo tab outside Excel", () => {
  test("says reports are made in Excel, and offers nothing to click", () => {
    render(<App actions={null} />);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.report }));
    expect(screen.getByText(paneText.outsideExcel)).toBeTruthy();
    expect(screen.getByText(text.outside)).toBeTruthy();
    expect(screen.queryByRole("button", { name: text.run })).toBeNull();
    expect(screen.queryByRole("button", { name: trackingPaneText.add })).toBeNull();
  });
});
