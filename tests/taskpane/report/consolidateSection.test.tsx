/** @jest-environment jsdom */
import "../support/jsdom";
import { describe, expect, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { paneText } from "../../../src/taskpane/paneText";
import { consolidateText as text } from "../../../src/taskpane/report/consolidateText";
import { click } from "../support/events";
import { fakeActions, officeError, TRANSLATED } from "../support/fakeActions";
import { muteConsoleError, renderInExcel } from "../support/inExcel";
import { UNIT_SHEET_NAMES } from "./unitSheets";

const consoleError = muteConsoleError();

/** The pane in Excel over the departments' workbook of ./unitSheets, on the Báo cáo tab. */
async function openConsolidate(actions = fakeActions()) {
  actions.sheetNames.mockImplementation(async () => [...UNIT_SHEET_NAMES]);
  await renderInExcel(actions);
  fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.report }));
  const section = await screen.findByRole("region", { name: text.heading });
  await waitFor(() => expect(within(section).getAllByRole("checkbox")).toHaveLength(4));
  return { actions, section: within(section) };
}

type Section = Awaited<ReturnType<typeof openConsolidate>>["section"];
const tick = (section: Section, name: string) =>
  fireEvent.click(section.getByRole("checkbox", { name }));
const runButton = (section: Section) => section.getByRole("button", { name: text.run });

describe("Tổng hợp on the Báo cáo tab in Excel", () => {
  test("lists every sheet unticked, says only this workbook's sheets can be summed up, and waits for two sheets", async () => {
    const { actions, section } = await openConsolidate();
    const boxes = section.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((box) => box.labels?.[0].textContent)).toEqual(UNIT_SHEET_NAMES);
    expect(boxes.every((box) => !box.checked)).toBe(true);
    const note = section.getByText(/Chỉ tổng hợp được các trang của tệp Excel này/);
    expect(note.textContent).toContain("Di chuyển hoặc Sao chép");
    expect(note.textContent).toContain("phuluc consolidate");

    expect(runButton(section).getAttribute("aria-disabled")).toBe("true");
    expect(section.getByText(text.chooseTwo)).toBeTruthy();
    tick(section, "Tư pháp");
    await click(runButton(section));
    expect(runButton(section).getAttribute("aria-disabled")).toBe("true");
    expect(actions.consolidate).not.toHaveBeenCalled();

    tick(section, "Văn hóa");
    expect(runButton(section).getAttribute("aria-disabled")).not.toBe("true");
    expect(section.getByText("Đã chọn 2 trang.")).toBeTruthy();
    // Unticked again, it waits again.
    tick(section, "Tư pháp");
    expect(runButton(section).getAttribute("aria-disabled")).toBe("true");
  });

  test("sends the sheets ticked in the workbook's order, with no period and no year by default", async () => {
    const { actions, section } = await openConsolidate();
    tick(section, "Văn hóa");
    tick(section, "Tư pháp");
    const year = section.getByLabelText(text.year) as HTMLInputElement;
    expect(year.disabled).toBe(true);
    await click(runButton(section));
    expect(actions.consolidate).toHaveBeenCalledTimes(1);
    expect(actions.consolidate).toHaveBeenCalledWith({ sheetNames: ["Tư pháp", "Văn hóa"] });
  });

  test("sends the period and year chosen; offers none and the five periods", async () => {
    const { actions, section } = await openConsolidate();
    const period = section.getByLabelText(text.period) as HTMLSelectElement;
    expect(Array.from(period.options, (option) => option.text)).toEqual([
      "Không",
      "Quý I",
      "6 tháng",
      "Quý III",
      "9 tháng",
      "Năm",
    ]);
    tick(section, "Tư pháp");
    tick(section, "Địa chính");
    fireEvent.change(period, { target: { value: "h1" } });
    fireEvent.change(section.getByLabelText(text.year), { target: { value: "2024" } });
    await click(runButton(section));
    expect(actions.consolidate).toHaveBeenCalledWith({
      sheetNames: ["Tư pháp", "Địa chính"],
      period: "h1",
      year: 2024,
    });
  });

  test("a mistyped year is said under its field and nothing is asked of Excel", async () => {
    const { actions, section } = await openConsolidate();
    tick(section, "Tư pháp");
    tick(section, "Địa chính");
    fireEvent.change(section.getByLabelText(text.period), { target: { value: "q1" } });
    fireEvent.change(section.getByLabelText(text.year), { target: { value: "24" } });
    await click(runButton(section));
    expect(actions.consolidate).not.toHaveBeenCalled();
    expect(section.getByText(text.yearInvalid)).toBeTruthy();
    expect(section.getByText(text.invalid)).toBeTruthy();
  });

  test("after it runs: the new sheet's name, the totals, each sheet's status; the sheet lists reloaded", async () => {
    const { actions, section } = await openConsolidate();
    for (const name of UNIT_SHEET_NAMES) tick(section, name);
    await click(runButton(section));
    // Địa chính's group sum is wrong and Danh mục holds no appendix: a warning, not a success.
    await section.findByText(
      "Đã ghi bảng tổng hợp vào trang mới “Tổng hợp”; có trang có lỗi hoặc không đọc được, xem danh sách dưới."
    );

    const totals = section.getByRole("region", { name: text.totals });
    const pairs = Array.from(totals.querySelectorAll("dt"), (term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    // 3 of 4 sheets read; 2 + 2 + 1 tasks; 1.500.000 + 2.000.000 (as written) + 300.000.
    expect(pairs).toEqual([
      ["Trang đọc được", "3/4"],
      ["Nhiệm vụ", "5"],
      ["Kinh phí kế hoạch", "3.800.000 đồng"],
    ]);

    const list = section.getByRole("list", { name: "Từng trang (4)" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items[0]).toBe("Tư pháp – Hộ tịch (“Tư pháp”)Đạt · 2 nhiệm vụ · 1.500.000 đồng");
    expect(items[1]).toBe(
      `Địa chính – Xây dựng (“Địa chính”)Có lỗi (1 lỗi) · 2 nhiệm vụ · 2.000.000 đồng${text.errorsHint}`
    );
    expect(items[2]).toMatch(/^“Danh mục”Không đọc được · Không tìm thấy dòng tiêu đề/);
    expect(items[3]).toBe("Văn hóa – Xã hội (“Văn hóa”)Đạt · 1 nhiệm vụ · 300.000 đồng");
    // The summary sheet joins the workbook's lists.
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(2));
    expect(consoleError.spy).not.toHaveBeenCalled();
  });

  test("what was ticked and chosen, and what the last run gave, stay while the officer visits another tab", async () => {
    const { actions, section } = await openConsolidate();
    tick(section, "Tư pháp");
    tick(section, "Văn hóa");
    fireEvent.change(section.getByLabelText(text.period), { target: { value: "q1" } });
    await click(runButton(section));
    await section.findByRole("region", { name: text.totals });

    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.check }));
    expect(screen.queryByRole("region", { name: text.heading })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.report }));
    const again = within(await screen.findByRole("region", { name: text.heading }));
    const ticked = (again.getAllByRole("checkbox") as HTMLInputElement[])
      .filter((box) => box.checked)
      .map((box) => box.labels?.[0].textContent);
    expect(ticked).toEqual(["Tư pháp", "Văn hóa"]);
    expect((again.getByLabelText(text.period) as HTMLSelectElement).value).toBe("q1");
    expect(again.getByRole("region", { name: text.totals })).toBeTruthy();
    expect(actions.consolidate).toHaveBeenCalledTimes(1);
  });

  test("sheets all in order: the plain message; with a period, its figures summed and each sheet's", async () => {
    const { section } = await openConsolidate();
    tick(section, "Tư pháp");
    tick(section, "Văn hóa");
    fireEvent.change(section.getByLabelText(text.period), { target: { value: "q1" } });
    await click(runButton(section));
    await section.findByText("Đã ghi bảng tổng hợp vào trang mới “Tổng hợp”.");
    const totals = section.getByRole("region", { name: text.totals });
    const pairs = Array.from(totals.querySelectorAll("dt"), (term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    // Quý I of 2024 (the titles' year), today past 28/02: Tư pháp's 1.1 (due 28/02) is in it and
    // overdue, 1.2 (Quý III) is not; Văn hóa's one task is on demand, in no period.
    expect(pairs).toEqual([
      ["Trang đọc được", "2/2"],
      ["Nhiệm vụ", "3"],
      ["Kinh phí kế hoạch", "1.800.000 đồng"],
      ["Nhiệm vụ trong kỳ", "1"],
      ["Đã hoàn thành", "0"],
      ["Quá hạn", "1"],
      ["Kinh phí đã sử dụng", "0 đồng"],
    ]);
    expect(section.getByText("Trong kỳ: 1 · xong 0 · quá hạn 1")).toBeTruthy();
  });

  test("an Excel error is shown in Vietnamese and logged; no results", async () => {
    const actions = fakeActions();
    actions.consolidate.mockRejectedValueOnce(officeError("ItemNotFound", "not found"));
    const { section } = await openConsolidate(actions);
    tick(section, "Tư pháp");
    tick(section, "Địa chính");
    await click(runButton(section));
    expect(await section.findByText(TRANSLATED.ItemNotFound)).toBeTruthy();
    expect(section.queryByRole("region", { name: text.totals })).toBeNull();
    expect(consoleError.spy).toHaveBeenCalled();
  });
});

describe("Tổng hợp outside Excel", () => {
  test("says it is done in Excel or with the command line, and offers nothing to click", () => {
    render(<App actions={null} />);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.report }));
    expect(screen.getByText(text.outside)).toBeTruthy();
    expect(screen.queryByRole("button", { name: text.run })).toBeNull();
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});
