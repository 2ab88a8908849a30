/**
 * @jest-environment node
 */
import { describe, expect, test } from "@jest/globals";
import { Page } from "playwright-core";
import { paneText } from "../../src/taskpane/paneText";
import { rowOf, sampleLines, sampleText } from "../taskpane/support/sample";
import {
  OFFICE_JS,
  screenshot as saveScreenshot,
  TEST_TIMEOUT,
  useBuiltBundle,
} from "./support/builtBundle";

/*
 * The built task pane in Debian's Chromium, offline: office.js cannot load, so the pane starts
 * outside Excel and checks a pasted table. The sample is pasted from the clipboard with Ctrl+V and
 * checked with the button, then with the keyboard alone. Screenshots go to build/screenshots/.
 */

/**
 * The five faults of xã Thượng Lộ's appendix, computed from samples/thuong-lo-2020.txt as
 * tests/sample.test.ts does. The text is pasted from its "TT" header line on, as a person copies the
 * table, so the header is row 1 of the pasted table: the group-1 subtotal that is G7 in the workbook
 * (five title lines above the header) is G2 here, and so on for A41, A87, G88, A122.
 */
const ERROR_CELLS = [
  `G${rowOf("1")}`,
  `A${rowOf("2,2,1")}`,
  `A${rowOf("5.1.2", 2)}`,
  `G${rowOf("5.2")}`,
  `A${rowOf("7.4.3", 2)}`,
];

const web = useBuiltBundle({
  prepare: (browser, server) =>
    browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    }),
});
const { pageProblems, newPage } = web;

/** A new page on taskpane.html, once the pane has replaced its "Đang tải…" placeholder. */
async function openPane(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${web.server.origin}/taskpane.html`);
  await page.getByText(paneText.outsideExcel).waitFor();
  return page;
}

/** The sample on the clipboard, as if copied from Excel; then Ctrl+V in the focused paste box. */
async function pasteSample(page: Page, text = sampleText) {
  const box = page.getByLabel(paneText.check.pasteLabel);
  expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.keyboard.press("ControlOrMeta+V");
  expect(await box.inputValue()).toBe(text);
}

/** The sample as a table in HTML, as Word or a web page puts it on the clipboard, bold and italic kept. */
const sampleHtml =
  "<html><body><!--StartFragment--><table>" +
  sampleLines
    .map((line) => line.split("\t").map((cell) => `<td>${cell.replace(/&/g, "&amp;")}</td>`))
    .map((cells) => `<tr>${cells.join("")}</tr>`)
    .join("") +
  "</table><!--EndFragment--></body></html>";

/** The sample's lines as a .csv opened in a text editor shows them: "TT,Nhiệm vụ cụ thể,…". */
const sampleCsv = sampleLines
  .map((line) =>
    line
      .split("\t")
      .map((field) => (/[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field))
      .join(",")
  )
  .join("\n");

/** HTML (and its text) on the clipboard, then Ctrl+V on the focused element. */
async function pasteHtml(page: Page, html: string, text: string) {
  await page.evaluate(
    ([html, text]) =>
      navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]),
    [html, text]
  );
  await page.keyboard.press("ControlOrMeta+V");
}

/** What has the focus: its tag, its role and the start of its text. */
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName ?? "",
      role: element?.getAttribute("role") ?? null,
      text: element?.textContent ?? "",
    };
  });

/** The element's box lies wholly inside the viewport, as the officer sees it without scrolling. */
async function expectInView(locator: ReturnType<Page["getByRole"]>) {
  const box = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
}

/** The cells the findings of the "Lỗi" group name ("Ô G2 · TT 1 …"), in order. */
async function errorCells(page: Page): Promise<(string | undefined)[]> {
  const items = await page
    .getByRole("list", { name: "Lỗi", exact: true })
    .getByRole("listitem")
    .allTextContents();
  return items.map((text) => /^Ô ([A-Z]+\d+)/.exec(text)?.[1]);
}

async function expectResults(page: Page) {
  await page.getByRole("heading", { name: paneText.check.checkedText }).waitFor();
  await expect(page.getByText(/^5 lỗi · 0 cảnh báo · \d+ ghi chú$/).count()).resolves.toBe(1);
  await expect(page.getByRole("button", { name: "Lỗi (5)", exact: true }).count()).resolves.toBe(1);
  expect(await errorCells(page)).toEqual(ERROR_CELLS);
}

/** The page fits the pane's width: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** The whole page, or only what the pane shows (the viewport) with fullPage false. */
const screenshot = (page: Page, name: string, fullPage = true) =>
  saveScreenshot(page, name, fullPage);

describe("the task pane in Chromium, outside Excel", () => {
  test(
    "renders the outside-Excel notice and the paste box; office.js is the only request blocked",
    async () => {
      const page = await openPane();
      expect(await page.locator("#root").textContent()).not.toContain(paneText.loading);
      await expect(page.getByLabel(paneText.check.pasteLabel).count()).resolves.toBe(1);
      await expect(page.getByLabel(paneText.check.sheetLabel).count()).resolves.toBe(0);
      expect(web.browser.blocked).toContain(OFFICE_JS);
      expect([...new Set(web.browser.blocked)]).toEqual([OFFICE_JS]);
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "a pasted sample checked with the button shows its 5 errors at their cells; the Sửa tab previews fixes",
    async () => {
      const page = await openPane();
      await page.getByLabel(paneText.check.pasteLabel).click();
      await pasteSample(page);
      await page.getByRole("button", { name: paneText.check.run, exact: true }).click();
      await expectResults(page);
      const first = page.getByRole("list", { name: "Lỗi", exact: true }).getByRole("listitem");
      await expect(first.first().textContent()).resolves.toContain("11.900.000");
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-check.png");

      await page.getByRole("tab", { name: paneText.tabs.fixes }).click();
      // The button's name turns from "Xem trước: …" into "Ẩn bản xem trước: …" once it is open.
      const renumber = page
        .getByRole("list", { name: paneText.fixes.listLabel })
        .getByRole("listitem")
        .filter({ hasText: "Đánh lại số thứ tự" })
        .getByRole("button");
      await expect(renumber.getAttribute("aria-label")).resolves.toMatch(
        new RegExp(`^${paneText.fixes.preview}: Đánh lại số thứ tự`)
      );
      await renumber.click();
      await expect(renumber.getAttribute("aria-expanded")).resolves.toBe("true");
      const rows = await page
        .getByRole("table", { name: /^Xem trước: Đánh lại số thứ tự/ })
        .getByRole("row")
        .evaluateAll((elements) =>
          elements.map((row) =>
            Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent)
          )
        );
      expect(rows).toEqual([
        [paneText.fixes.cellColumn, paneText.fixes.beforeColumn, paneText.fixes.afterColumn],
        [`A${rowOf("2,2,1")}`, "2,2,1", "2.2.1"],
        [`A${rowOf("5.1.2", 2)}`, "5.1.2", "5.1.3"],
        [`A${rowOf("7.4.3", 2)}`, "7.4.3", "7.4.4"],
      ]);
      const apply = page.getByRole("button", { name: paneText.fixes.apply, exact: true });
      await expect(apply.getAttribute("aria-disabled")).resolves.toBe("true");
      await page.getByText(paneText.fixes.applyOutside).waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-fixes.png");
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "the keyboard alone pastes, checks (Tab to Kiểm tra, Enter) and reaches the findings",
    async () => {
      const page = await openPane();
      const isFocused = (locator: ReturnType<Page["getByRole"]>) =>
        locator.evaluate((element) => element === document.activeElement);
      // From the top of the page, Tab until the paste box has the focus.
      const box = page.getByLabel(paneText.check.pasteLabel);
      let presses = 0;
      while (!(await box.evaluate((element) => element === document.activeElement))) {
        expect(++presses).toBeLessThanOrEqual(5);
        await page.keyboard.press("Tab");
      }
      await pasteSample(page);

      await page.keyboard.press("Tab");
      const run = page.getByRole("button", { name: paneText.check.run, exact: true });
      expect(await isFocused(run)).toBe(true);
      await page.keyboard.press("Enter");
      await expectResults(page);
      // The focus moved to the result heading, which a screen reader reads out.
      const heading = page.getByRole("heading", { name: paneText.check.checkedText });
      expect(await isFocused(heading)).toBe(true);

      // The next stops are the "Lỗi (5)" group and its first finding.
      await page.keyboard.press("Tab");
      expect(await isFocused(page.getByRole("button", { name: "Lỗi (5)", exact: true }))).toBe(
        true
      );
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(focused.startsWith(`Ô ${ERROR_CELLS[0]} · TT 1`)).toBe(true);
      // The arrows move from one finding to the next and back.
      await page.keyboard.press("ArrowDown");
      expect((await focusedElement(page)).text).toMatch(new RegExp(`^Ô ${ERROR_CELLS[1]} · `));
      await page.keyboard.press("ArrowUp");
      expect((await focusedElement(page)).text).toMatch(new RegExp(`^Ô ${ERROR_CELLS[0]} · `));

      // The tab list: arrows move between tabs, Enter opens one.
      const checkTab = page.getByRole("tab", { name: paneText.tabs.check });
      for (presses = 0; !(await isFocused(checkTab)); presses++) {
        expect(presses).toBeLessThanOrEqual(10);
        await page.keyboard.press("Shift+Tab");
      }
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      const fixesTab = page.getByRole("tab", { name: paneText.tabs.fixes });
      await expect(fixesTab.getAttribute("aria-selected")).resolves.toBe("true");
      await page.getByText(paneText.fixes.intro).waitFor();
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "a .csv's lines pasted as text are read comma-separated",
    async () => {
      const page = await openPane();
      await page.getByLabel(paneText.check.pasteLabel).click();
      await pasteSample(page, sampleCsv);
      await page.getByRole("button", { name: paneText.check.run, exact: true }).click();
      await expectResults(page);
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "a table pasted as HTML shows as a table, is checked from the HTML, and a paste over it replaces it",
    async () => {
      const page = await openPane();
      await page.setViewportSize({ width: 350, height: 520 });
      await page.getByLabel(paneText.check.pasteLabel).click();
      await pasteHtml(page, sampleHtml, sampleText);
      const table = page.getByRole("region", { name: paneText.check.pastedTableLabel });
      await table.waitFor();
      expect(await table.evaluate((element) => element === document.activeElement)).toBe(true);
      // The cells as text, bold where the HTML had them bold: no tag shows.
      const text = (await table.textContent()) ?? "";
      expect(text).toContain("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
      expect(text).not.toMatch(/<\/?(b|i|td|tr|table)\b/);
      const firstGroup = table.getByRole("cell", { name: "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC" });
      expect(await firstGroup.evaluate((cell) => getComputedStyle(cell).fontWeight)).toBe("700");
      await expect(page.getByLabel(paneText.check.pasteLabel).isVisible()).resolves.toBe(false);
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-paste-table-350x520.png");

      await page.getByRole("button", { name: paneText.check.run, exact: true }).click();
      await expectResults(page);

      // Ctrl+V on the table shown: plain text replaces it, in the box.
      await page.evaluate(() => scrollTo(0, 0));
      await table.focus();
      await page.evaluate(() => navigator.clipboard.writeText("TT,Nhiệm vụ"));
      await page.keyboard.press("ControlOrMeta+V");
      await expect(table.count()).resolves.toBe(0);
      await expect(page.getByLabel(paneText.check.pasteLabel).inputValue()).resolves.toBe(
        "TT,Nhiệm vụ"
      );
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );
});

/** Excel on the web opens the pane 350 px wide; a pane made taller or wider still works. */
const PANE_SIZES = [
  { width: 350, height: 520 },
  { width: 500, height: 900 },
];

describe.each(PANE_SIZES)("the pane at $width×$height", ({ width, height }) => {
  const size = `${width}x${height}`;

  test(
    "Kiểm tra brings its heading into view with the focus; Tab and the arrows go through the findings; each tab as shown",
    async () => {
      const page = await openPane();
      await page.setViewportSize({ width, height });
      await page.getByLabel(paneText.check.pasteLabel).click();
      await pasteSample(page);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expectResults(page);
      const heading = page.getByRole("heading", { name: paneText.check.checkedText });
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectInView(heading);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `taskpane-check-${size}.png`, false);

      // Tab: the "Lỗi (5)" group, then its first finding, with the focus ring around that finding.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      const first = await focusedElement(page);
      expect(first.tag).toBe("DIV");
      expect(first.text).toMatch(new RegExp(`^Ô ${ERROR_CELLS[0]} · TT 1`));
      await page.keyboard.press("ArrowDown");
      expect((await focusedElement(page)).text).toMatch(new RegExp(`^Ô ${ERROR_CELLS[1]} · `));
      const ring = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const after = getComputedStyle(element, "::after");
        const rect = element.getBoundingClientRect();
        return {
          focusVisible: element.hasAttribute("data-fui-focus-visible"),
          border: after.borderTopStyle,
          // The ring (::after) is drawn around the finding, not around the pane.
          width: parseFloat(after.width),
          itemWidth: rect.width,
          top: rect.top,
          bottom: rect.bottom,
          height: window.innerHeight,
        };
      });
      expect(ring.focusVisible).toBe(true);
      expect(ring.border).toBe("solid");
      expect(Math.abs(ring.width - ring.itemWidth)).toBeLessThanOrEqual(8);
      expect(ring.top).toBeGreaterThanOrEqual(0);
      expect(ring.bottom).toBeLessThanOrEqual(ring.height);
      await screenshot(page, `taskpane-check-finding-${size}.png`, false);

      // The notes: the blank rows are one entry naming their rows.
      await page.getByRole("button", { name: /^Ghi chú \(\d+\)$/ }).click();
      const blank = page
        .getByRole("list", { name: "Ghi chú", exact: true })
        .getByRole("listitem")
        .filter({ hasText: "Dòng trống giữa bảng" });
      await expect(blank.count()).resolves.toBe(1);
      await expect(blank.textContent()).resolves.toMatch(/^\d+ dòng: \d+(, \d+)+Dòng trống/);
      // Once the group has opened (Fluent animates it), its first entries in the middle of the pane.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== "running")
      );
      await blank.evaluate((element) => element.scrollIntoView({ block: "center" }));
      await screenshot(page, `taskpane-check-notes-${size}.png`, false);

      // Sửa, then Lập phụ lục, from the top of the pane as the officer reaches the tabs.
      await page.evaluate(() => scrollTo(0, 0));
      await page.getByRole("tab", { name: paneText.tabs.fixes }).click();
      await page.getByText(paneText.fixes.intro).waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, `taskpane-fixes-${size}.png`, false);
      await page.getByRole("tab", { name: paneText.tabs.create }).click();
      await page.getByText(paneText.create.outside).waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, `taskpane-create-${size}.png`, false);
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );
});
