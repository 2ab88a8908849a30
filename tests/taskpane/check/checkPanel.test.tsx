/** @jest-environment jsdom */
import "../support/jsdom";
import { describe, expect, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { paneText } from "../../../src/taskpane/paneText";
import { checkPastedText } from "../../../src/usecases/checkSheet";
import { click, settle } from "../support/events";
import { fakeActions, SHEET } from "../support/fakeActions";
import { sampleErrorCells, sampleLines, sampleText } from "../support/sample";

/** The sample's blank rows between tasks: one note each, all saying the same. */
function blankRowNotes() {
  const outcome = checkPastedText(sampleText);
  if (outcome.kind !== "checked") throw new Error("the sample is an appendix");
  return outcome.findings.filter((finding) => finding.rule === "row.blank");
}

const box = () => screen.getByLabelText(paneText.check.pasteLabel) as HTMLTextAreaElement;
const runButton = () => screen.getByRole("button", { name: paneText.check.run });
const openNotes = () => fireEvent.click(screen.getByRole("button", { name: /^Ghi chú \(\d+\)$/ }));

async function pasteAndCheck(text: string) {
  render(<App actions={null} />);
  fireEvent.change(box(), { target: { value: text } });
  await click(runButton());
}

describe("after Kiểm tra", () => {
  test("the result heading takes the focus, outside Excel", async () => {
    await pasteAndCheck(sampleText);
    const heading = screen.getByRole("heading", { name: paneText.check.checkedText });
    expect(document.activeElement).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
    expect(screen.getByText(paneText.check.checkedTextNote)).toBeTruthy();
  });

  test("the result heading takes the focus in Excel; going back to the tab leaves the focus alone", async () => {
    const actions = fakeActions();
    render(<App actions={actions} />);
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalled());
    await click(runButton());
    const heading = await screen.findByRole("heading", {
      name: paneText.check.checkedSheet(SHEET),
    });
    expect(document.activeElement).toBe(heading);

    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.fixes }));
    const checkTab = screen.getByRole("tab", { name: paneText.tabs.check });
    checkTab.focus();
    fireEvent.click(checkTab);
    expect(screen.getByRole("heading", { name: paneText.check.checkedSheet(SHEET) })).toBeTruthy();
    expect(document.activeElement).toBe(checkTab);
  });

  test("an empty box says so and moves no focus", async () => {
    await pasteAndCheck("  ");
    expect(await screen.findByText(paneText.check.pasteEmpty)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: paneText.check.checkedText })).toBeNull();
  });
});

describe("identical findings", () => {
  test("outside Excel: one entry listing the rows, which takes the focus", async () => {
    const blanks = blankRowNotes();
    expect(blanks.length).toBeGreaterThanOrEqual(8);
    await pasteAndCheck(sampleText);
    openNotes();
    const notes = screen.getByRole("list", { name: "Ghi chú" });
    const entries = within(notes)
      .getAllByRole("listitem")
      .filter((item) => item.textContent?.includes(blanks[0].message));
    expect(entries).toHaveLength(1);
    const rows = blanks.map((finding) => finding.row);
    expect(entries[0].textContent).toBe(
      `${paneText.findings.rows(rows.length)} ${rows.join(", ")}${blanks[0].message}`
    );
    expect((entries[0].firstElementChild as HTMLElement).tabIndex).toBe(0);
    // The group's title still counts every finding.
    const outcome = checkPastedText(sampleText);
    const infos =
      outcome.kind === "checked" ? outcome.findings.filter((f) => f.severity === "info") : [];
    expect(screen.getByRole("button", { name: `Ghi chú (${infos.length})` })).toBeTruthy();
    expect(within(notes).getAllByRole("listitem").length).toBe(infos.length - blanks.length + 1);
  });

  test("in Excel: each row is a button selecting its own cell, by click or Enter", async () => {
    const actions = fakeActions();
    render(<App actions={actions} />);
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalled());
    await click(runButton());
    await screen.findByRole("list", { name: "Lỗi" });
    openNotes();
    const blanks = blankRowNotes();
    const notes = screen.getByRole("list", { name: "Ghi chú" });
    // (Looked up by their labels directly: role queries over the whole list are slow in jsdom.)
    const labelled = Array.from(notes.querySelectorAll("button"));
    const rowButtons = blanks.map((finding) => {
      const found = labelled.filter(
        (button) => button.getAttribute("aria-label") === paneText.findings.cell(finding.cell)
      );
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(rowButtons.map((button) => button.textContent)).toEqual(
      blanks.map((finding) => String(finding.row))
    );
    await click(rowButtons[2]);
    expect(actions.selectCell).toHaveBeenLastCalledWith(SHEET, blanks[2].cell);
    await settle(() => fireEvent.keyDown(rowButtons[5], { key: "Enter" }));
    expect(actions.selectCell).toHaveBeenLastCalledWith(SHEET, blanks[5].cell);
    expect(actions.selectCell).toHaveBeenCalledTimes(2);
    // The errors, all different, stay one button each.
    const errors = screen.getByRole("list", { name: "Lỗi" });
    expect(within(errors).getAllByRole("button")).toHaveLength(sampleErrorCells().length);
  });
});

describe("pasting", () => {
  const html =
    "<html><body><!--StartFragment--><table>" +
    "<tr><td>TT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Kinh phí</td></tr>" +
    "<tr><td><b>1</b></td><td><b>Chỉ đạo</b></td><td></td><td><b>500.000</b></td></tr>" +
    "<tr><td>1.1</td><td><p>Kế hoạch</p><p>năm 2025</p></td><td>Văn phòng</td><td>400.000</td></tr>" +
    "</table><!--EndFragment--></body></html>";
  const pasteHtml = (target: HTMLElement) =>
    fireEvent.paste(target, {
      clipboardData: {
        getData: (type: string) => (type === "text/html" ? html : "TT Nhiệm vụ (as text)"),
      },
    });

  test("a table pasted as HTML shows as a table, not as tags, and is checked from the HTML", async () => {
    render(<App actions={null} />);
    pasteHtml(box());
    const table = screen.getByRole("region", { name: paneText.check.pastedTableLabel });
    expect(document.activeElement).toBe(table);
    const cells = within(table)
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));
    expect(cells).toEqual([
      ["", "A", "B", "C", "D"],
      ["1", "TT", "Nhiệm vụ", "Chủ trì", "Kinh phí"],
      ["2", "1", "Chỉ đạo", "", "500.000"],
      ["3", "1.1", "Kế hoạch\nnăm 2025", "Văn phòng", "400.000"],
    ]);
    expect(table.textContent).not.toMatch(/<\/?(b|i|td|tr)>/);
    expect(screen.getByText(paneText.check.pastedTableHint(3, 4))).toBeTruthy();
    // The text box is out of sight while the table is shown.
    expect(getComputedStyle(box().parentElement as HTMLElement).display).toBe("none");

    await click(runButton());
    const errors = await screen.findByRole("list", { name: "Lỗi" });
    // The bold row is a group whose 500.000 disagrees with its task's 400.000.
    expect(within(errors).getAllByRole("listitem")[0].textContent).toMatch(/^Ô D2/);
  });

  test("the pasted table can be edited as text, or replaced by another paste", async () => {
    render(<App actions={null} />);
    pasteHtml(box());
    fireEvent.click(screen.getByRole("button", { name: paneText.check.editPastedText }));
    expect(screen.queryByRole("region", { name: paneText.check.pastedTableLabel })).toBeNull();
    expect(box().value).toMatch(/^TT\tNhiệm vụ\tChủ trì\tKinh phí\n<b>1<\/b>/);
    expect(getComputedStyle(box().parentElement as HTMLElement).display).not.toBe("none");
    expect(document.activeElement).toBe(box());

    pasteHtml(box());
    fireEvent.click(screen.getByRole("button", { name: paneText.check.pasteAnother }));
    expect(screen.queryByRole("region", { name: paneText.check.pastedTableLabel })).toBeNull();
    expect(box().value).toBe("");
    expect(document.activeElement).toBe(box());
    expect(screen.getByText(paneText.check.pasteHint)).toBeTruthy();

    // Pasting over the table shown replaces it: with plain text, the box shows that text.
    pasteHtml(box());
    const table = screen.getByRole("region", { name: paneText.check.pastedTableLabel });
    fireEvent.paste(table, {
      clipboardData: { getData: (type: string) => (type === "text/plain" ? "TT,Nhiệm vụ" : "") },
    });
    expect(screen.queryByRole("region", { name: paneText.check.pastedTableLabel })).toBeNull();
    expect(box().value).toBe("TT,Nhiệm vụ");
  });

  test("the lines of a .csv pasted as text are read comma-separated", async () => {
    const csv = sampleLines
      .map((line) =>
        line
          .split("\t")
          .map((field) => (/[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
          .join(",")
      )
      .join("\n");
    await pasteAndCheck(csv);
    const errors = await screen.findByRole("list", { name: "Lỗi" });
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((item) => /^Ô ([A-Z]+\d+)/.exec(item.textContent ?? "")?.[1])
    ).toEqual(sampleErrorCells());
  });
});
