/** @jest-environment jsdom */
import "./support/jsdom";
import { describe, expect, test } from "@jest/globals";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { notices } from "../../src/domain/messages";
import { App } from "../../src/taskpane/App";
import { paneText } from "../../src/taskpane/paneText";
import { click } from "./support/events";
import { rowOf, sampleErrorCells, sampleText } from "./support/sample";

/** The cell each finding of a list names ("Ô G7 · TT 1 …"). */
const cellsOf = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .map((item) => /^Ô ([A-Z]+\d+)/.exec(item.textContent ?? "")?.[1]);

async function pasteAndCheck(text: string) {
  render(<App actions={null} />);
  fireEvent.change(screen.getByLabelText(paneText.check.pasteLabel), { target: { value: text } });
  await click(screen.getByRole("button", { name: paneText.check.run }));
}

describe("the pane outside Excel", () => {
  test("says it is not running in Excel and offers a box to paste a table into", () => {
    render(<App actions={null} />);
    expect(screen.getByText(paneText.outsideExcel)).toBeTruthy();
    expect(screen.getByLabelText(paneText.check.pasteLabel).tagName).toBe("TEXTAREA");
    expect(screen.queryByLabelText(paneText.check.sheetLabel)).toBeNull();
  });

  test("the pasted sample shows its 5 errors at the cells to change, with TT, message and hint", async () => {
    await pasteAndCheck(sampleText);
    const errors = await screen.findByLabelText("Lỗi");
    expect(cellsOf(errors)).toEqual(sampleErrorCells());
    expect(screen.getByText(/^Lỗi \(5\)$/)).toBeTruthy();
    expect(screen.getByText(/^5 lỗi · 0 cảnh báo · \d+ ghi chú$/)).toBeTruthy();
    const group1 = within(errors).getAllByRole("listitem")[0];
    expect(group1.textContent).toContain(`Ô G${rowOf("1")} · TT 1`);
    expect(group1.textContent).toContain("11.900.000");
    expect(group1.textContent).toContain("gõ nhầm một chữ số");
    // Notes are counted and folded away.
    expect(screen.getByText(/^Ghi chú \(\d+\)$/)).toBeTruthy();
    expect(screen.queryByLabelText("Ghi chú")).toBeNull();
  });

  test("a finding can take focus but selects nothing: there is no sheet", async () => {
    await pasteAndCheck(sampleText);
    const errors = await screen.findByLabelText("Lỗi");
    expect(within(errors).queryAllByRole("button")).toHaveLength(0);
    const item = within(errors).getAllByRole("listitem")[0].firstElementChild as HTMLElement;
    expect(item.tabIndex).toBe(0);
    item.focus();
    fireEvent.click(item);
    fireEvent.keyDown(item, { key: "Enter" });
    expect(document.activeElement).toBe(item);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a table without an appendix header says so in Vietnamese", async () => {
    await pasteAndCheck("Họ và tên\tNgày sinh\nNguyễn Văn A\t01/01/1990");
    expect(await screen.findByText(notices.noHeader)).toBeTruthy();
    expect(screen.queryByLabelText("Lỗi")).toBeNull();
  });

  test("checking an empty box asks for a table", async () => {
    await pasteAndCheck("   ");
    expect(await screen.findByText(paneText.check.pasteEmpty)).toBeTruthy();
  });

  test("a table pasted from Word (HTML) becomes tab-separated text that keeps bold", async () => {
    render(<App actions={null} />);
    const box = screen.getByLabelText(paneText.check.pasteLabel) as HTMLTextAreaElement;
    const html =
      "<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Kinh phí</td></tr>" +
      "<tr><td><b>1</b></td><td><b>Chỉ đạo</b></td><td></td><td><b>500.000</b></td></tr>" +
      "<tr><td>1.1</td><td><p>Kế hoạch</p><p>năm 2025</p></td><td>Văn phòng</td><td>400.000</td></tr>" +
      "</table>";
    fireEvent.paste(box, {
      clipboardData: { getData: (type: string) => (type === "text/html" ? html : "") },
    });
    expect(box.value).toBe(
      "TT\tNhiệm vụ\tChủ trì\tKinh phí\n" +
        "<b>1</b>\t<b>Chỉ đạo</b>\t\t<b>500.000</b>\n" +
        '1.1\t"Kế hoạch\nnăm 2025"\tVăn phòng\t400.000'
    );
    await click(screen.getByRole("button", { name: paneText.check.run }));
    const errors = await screen.findByLabelText("Lỗi");
    // The bold row is a group whose 500.000 disagrees with its task's 400.000.
    expect(cellsOf(errors)).toContain("D2");
  });

  test("the fixes preview shows each cell before and after, and Apply is disabled with a note", async () => {
    await pasteAndCheck(sampleText);
    await screen.findByLabelText("Lỗi");
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    const proposals = screen.getByRole("list", { name: paneText.fixes.listLabel });
    const renumber = within(proposals).getByRole("button", {
      name: /Xem trước: Đánh lại số thứ tự/,
    });
    expect(renumber.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(renumber);
    expect(renumber.getAttribute("aria-expanded")).toBe("true");

    const table = screen.getByRole("table", { name: /Xem trước: Đánh lại số thứ tự/ });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));
    expect(rows).toEqual([
      ["Ô", "Hiện tại", "Sau khi sửa"],
      [`A${rowOf("2,2,1")}`, "2,2,1", "2.2.1"],
      [`A${rowOf("5.1.2", 2)}`, "5.1.2", "5.1.3"],
      [`A${rowOf("7.4.3", 2)}`, "7.4.3", "7.4.4"],
    ]);
    const apply = screen.getByRole("button", { name: paneText.fixes.apply });
    expect(apply.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(paneText.fixes.applyOutside)).toBeTruthy();
  });

  test("a subtotal fix previews the typed amount turning into a formula", async () => {
    await pasteAndCheck(sampleText);
    await screen.findByLabelText("Lỗi");
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    fireEvent.click(screen.getByRole("button", { name: /Xem trước: Đổi cộng mục/ }));
    const table = screen.getByRole("table", { name: /Xem trước: Đổi cộng mục/ });
    const first = within(table).getAllByRole("row")[1];
    const cells = within(first)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells[0]).toBe(`G${rowOf("1")}`);
    expect(cells[1]).toBe("12.900.000");
    expect(cells[2]).toMatch(/^=SUM\(/);
  });

  test("Lập phụ lục is disabled with a note", () => {
    render(<App actions={null} />);
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.create }));
    expect(screen.getByText(paneText.create.outside)).toBeTruthy();
    for (const name of [paneText.create.blank, paneText.create.fromActive]) {
      expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
    }
  });
});
