/** @jest-environment jsdom */
import "../support/jsdom";
import { describe, expect, test } from "@jest/globals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { Fix } from "../../../src/domain/fixes/fix";
import { FixPreview } from "../../../src/taskpane/fixes/FixPreview";
import { paneText } from "../../../src/taskpane/paneText";

/** Edits as the fixes propose them: amounts, a long formula, a TT, words with a number in them. */
const FIX: Fix = {
  kind: "total",
  title: "Sửa Tổng cộng",
  insertRows: { before: 9, count: 1 },
  edits: [
    { row: 2, column: 7, address: "G2", before: "12.900.000", after: { value: 11_900_000 } },
    {
      row: 8,
      column: 7,
      address: "G8",
      before: "34.900.000",
      after: { formula: "=SUM(G2,G32,G45,G70,G78,G88,G95)" },
    },
    {
      row: 4,
      column: 1,
      address: "A4",
      before: "2,2,1",
      after: { value: "2.2.1" },
      asText: true,
    },
    {
      row: 9,
      column: 1,
      address: "A9",
      before: "Tổng cộng 12.900.000 đồng",
      after: { value: "Bằng chữ: Ba mươi ba triệu chín trăm nghìn đồng." },
    },
    { row: 5, column: 7, address: "G5", before: "", after: { value: 12.9 } },
    {
      row: 6,
      column: 7,
      address: "G6",
      before: "Lồng ghép 12 900 000 đ, quý 2 2025",
      after: { value: 12_900_000 },
    },
  ],
};

function renderPreview(blockedReason: string | null = null) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FixPreview id="p" fix={FIX} blockedReason={blockedReason} busy={false} onApply={() => {}} />
    </FluentProvider>
  );
  return screen.getByRole("table");
}

/** The table cells of the row of a cell address: address, before, after. */
function cellsOf(table: HTMLElement, address: string): HTMLElement[] {
  const row = within(table)
    .getAllByRole("row")
    .find((candidate) => candidate.firstElementChild?.textContent === address);
  if (!row) throw new Error(`no row for ${address}`);
  return Array.from(row.children) as HTMLElement[];
}

const whiteSpace = (element: Element) => getComputedStyle(element).whiteSpace;

describe("the fix preview", () => {
  test("an amount stays on one line: its cell does not wrap", () => {
    const table = renderPreview();
    const [, before, after] = cellsOf(table, "G2");
    expect(before.textContent).toBe("12.900.000");
    expect(after.textContent).toBe("11.900.000");
    expect(whiteSpace(before)).toBe("nowrap");
    expect(whiteSpace(after)).toBe("nowrap");
    // So do a TT and an amount in triệu.
    expect(whiteSpace(cellsOf(table, "A4")[1])).toBe("nowrap");
    const [, empty, millions] = cellsOf(table, "G5");
    expect(millions.textContent).toBe("12,9");
    expect(whiteSpace(millions)).toBe("nowrap");
    expect(whiteSpace(empty)).not.toBe("nowrap");
  });

  test("a formula wraps only after its commas: the pieces between them do not break", () => {
    const table = renderPreview();
    const [, before, after] = cellsOf(table, "G8");
    expect(whiteSpace(before)).toBe("nowrap");
    expect(after.textContent).toBe("=SUM(G2,G32,G45,G70,G78,G88,G95)");
    expect(whiteSpace(after)).not.toBe("nowrap");
    const pieces = Array.from(after.querySelectorAll("span"));
    expect(pieces.map((piece) => piece.textContent)).toEqual([
      "=SUM(G2,",
      "G32,",
      "G45,",
      "G70,",
      "G78,",
      "G88,",
      "G95)",
    ]);
    for (const piece of pieces) expect(whiteSpace(piece)).toBe("nowrap");
    // A place to wrap after each comma, outside the pieces.
    expect(after.querySelectorAll(":scope > wbr")).toHaveLength(6);
  });

  test("a text wraps as it needs, but never inside a number in it", () => {
    const table = renderPreview();
    const [, before, after] = cellsOf(table, "A9");
    expect(whiteSpace(before)).not.toBe("nowrap");
    const numbers = Array.from(before.querySelectorAll("span"));
    expect(numbers.map((span) => [span.textContent, whiteSpace(span)])).toEqual([
      ["12.900.000", "nowrap"],
    ]);
    expect(before.textContent).toBe("Tổng cộng 12.900.000 đồng");
    expect(whiteSpace(after)).not.toBe("nowrap");
    expect(after.querySelectorAll("span")).toHaveLength(0);
    // Thousands grouped by spaces are one number; a number and a year beside it are two.
    const [, typed] = cellsOf(table, "G6");
    expect(Array.from(typed.querySelectorAll("span"), (span) => span.textContent)).toEqual([
      "12 900 000",
      "2025",
    ]);
  });

  test("under Áp dụng, the pane says Excel's Ctrl+Z cannot undo it and Hoàn tác can", () => {
    renderPreview();
    const apply = screen.getByRole("button", { name: paneText.fixes.apply });
    const note = screen.getByText(paneText.fixes.applyNote);
    expect(apply.getAttribute("aria-describedby")).toBe(note.id);
    expect(paneText.fixes.applyNote).toMatch(/Ctrl\+Z/);
    expect(paneText.fixes.applyNote).toMatch(/Hoàn tác/);
  });

  test("where Áp dụng cannot be used, the note says why instead", () => {
    renderPreview(paneText.fixes.applyOutside);
    expect(screen.getByText(paneText.fixes.applyOutside)).toBeTruthy();
    expect(screen.queryByText(paneText.fixes.applyNote)).toBeNull();
  });
});
