/**
 * @jest-environment node
 */
import { describe, expect, test } from "@jest/globals";
import { Locator, Page } from "playwright-core";
import { paneText } from "../../src/taskpane/paneText";
import { reportPaneText as text } from "../../src/taskpane/report/reportPaneText";
import { trackingPaneText } from "../../src/taskpane/tracking/trackingText";
import { screenshot, TEST_TIMEOUT, useBuiltBundle } from "./support/builtBundle";
import { buildFakeExcelPane } from "./support/fakeExcelBundle";
import { FakeExcelLog } from "./support/fakeExcelPane/fakeExcelActions";

/*
 * The Báo cáo tab of the task pane in Debian's Chromium, offline, as in Excel: the real pane over
 * Excel actions stood in for (tests/browser/support/fakeExcelPane), whose workbook holds the tracked
 * table of tests/support/trackedTable.ts (a 2024 plan) on "Phụ lục". The page's clock reads
 * 18/03/2024, two days before the Quý I report is due. Screenshots go to build/screenshots/.
 */

const web = useBuiltBundle({ build: buildFakeExcelPane });
const { pageProblems, newPage } = web;

/** 09:30 on 18/03/2024, where the browser is. */
const TODAY = new Date(2024, 2, 18, 9, 30);

/** The pane at a width, its clock on TODAY, on the Báo cáo tab once the sheet names are in. */
async function openReportTab(width: number, height: number): Promise<Page> {
  const page = await newPage();
  await page.setViewportSize({ width, height });
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${web.server.origin}/taskpane.html`);
  await page.getByRole("tab", { name: paneText.tabs.report }).click();
  await page.getByRole("option", { name: "Danh mục" }).waitFor({ state: "attached" });
  return page;
}

const fakeExcel = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcelLog }).__fakeExcel);

/** The page fits the pane's width: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/**
 * Each element's visible text is on one line and not cut at its right. (A tab also holds its label
 * hidden, in bold, to keep its width when selected: hidden text is left out.)
 */
async function expectOneLine(locators: Locator[]) {
  for (const locator of locators) {
    const fit = await locator.evaluate((element) => {
      const tops = new Set<number>();
      let shown = "";
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || getComputedStyle(parent).visibility === "hidden") continue;
        if ((node.textContent ?? "").trim() === "") continue;
        shown += node.textContent;
        const range = document.createRange();
        range.selectNodeContents(node);
        // Text on one line gives boxes that all start at the same height.
        for (const rect of Array.from(range.getClientRects())) tops.add(Math.round(rect.top));
      }
      return { text: shown, lines: tops.size, cut: element.scrollWidth > element.clientWidth + 1 };
    });
    expect(fit).toEqual({ text: fit.text, lines: 1, cut: false });
  }
}

describe("the Báo cáo tab in Chromium, over fake Excel actions", () => {
  test(
    "at 350 px: the form as it opens, Lập báo cáo, the report's sheets, figures and overdue task; short labels on one line",
    async () => {
      const page = await openReportTab(350, 900);
      // As it opens: the active sheet, Quý I (due 20/03), the title's year, as of today.
      await expect(
        page.getByLabel(paneText.check.sheetLabel, { exact: true }).inputValue()
      ).resolves.toBe("");
      await expect(page.getByLabel(text.period).inputValue()).resolves.toBe("q1");
      await expect(page.getByLabel(text.year).inputValue()).resolves.toBe("");
      await expect(page.getByLabel(text.asOf).inputValue()).resolves.toBe("18/03/2024");
      await screenshot(page, "taskpane-report-form-350.png", true);
      await expectNoSidewaysScroll(page);

      await page.getByLabel(text.issuer).fill("UBND xã Ea Tân");
      await page.getByRole("button", { name: text.run, exact: true }).click();
      await page.getByText("Đã lập báo cáo quý I năm 2024").waitFor();
      expect((await fakeExcel(page)).reports).toEqual([
        {
          sheetName: null,
          request: {
            period: "q1",
            asOf: "2024-03-18",
            date: "2024-03-18",
            issuer: "UBND xã Ea Tân",
          },
        },
      ]);
      const outcome = (await page.locator("#panel-report").innerText()).replace(/\s+/g, " ");
      expect(outcome).toContain(
        "Trang mới: “BC Quý I 2024”, “BC Quý I 2024 - bộ phận”, “BC Quý I 2024 - mục”."
      );
      expect(outcome).toContain("Số liệu từ 15/12/2023 đến 14/03/2024, tính đến ngày 18/03/2024.");
      expect(outcome).toContain("Đã tạo trang “Cài đặt báo cáo”");
      // The tracked table in Quý I: 1.1 done late, 2.1 overdue, 2.3 not started; 2.2 on demand.
      const figures = page.getByRole("region", { name: text.figures });
      const pairs = await figures
        .locator("dt")
        .evaluateAll((terms) =>
          terms.map((term) => [term.textContent, term.nextElementSibling?.textContent])
        );
      expect(pairs).toEqual([
        ["Nhiệm vụ trong kỳ", "3"],
        ["Đã hoàn thành", "1"],
        ["Trong đó trễ hạn", "1"],
        ["Đang thực hiện", "1"],
        ["Chưa thực hiện", "1"],
        ["Quá hạn", "1"],
        ["Khi có yêu cầu", "1"],
        ["Kinh phí kế hoạch", "1.500.000 đồng"],
        ["Kinh phí đã sử dụng", "1.100.000 đồng (73,3%)"],
      ]);
      const overdue = page.getByRole("list", { name: "Quá hạn chưa hoàn thành (1)" });
      await expect(overdue.getByRole("listitem").allInnerTexts()).resolves.toEqual([
        "Công khai TTHC\nTT 2.1 · dòng 9 · hạn 28/02/2024",
      ]);
      // The outcome took the focus, in view.
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(focused.startsWith("Đã lập báo cáo quý I năm 2024")).toBe(true);

      await expectNoSidewaysScroll(page);
      await expectOneLine([
        ...(await page.getByRole("tab").all()),
        page.getByRole("button", { name: text.run, exact: true }),
        page.getByRole("button", { name: trackingPaneText.add, exact: true }),
        page.getByText(text.period, { exact: true }),
        page.getByText(text.year, { exact: true }),
        page.getByText(text.asOf, { exact: true }),
        ...(await figures.locator("dt, dd").all()),
      ]);
      await screenshot(page, "taskpane-report-350.png", true);

      // The picker stays on the appendix and lists the new sheets; a second report takes new names.
      await expect(
        page.getByLabel(paneText.check.sheetLabel, { exact: true }).inputValue()
      ).resolves.toBe("Phụ lục");
      await page.getByRole("option", { name: "BC Quý I 2024 - mục" }).waitFor({
        state: "attached",
      });
      // Its long new names do not widen the picker over Tải lại.
      const picker = await page
        .getByLabel(paneText.check.sheetLabel, { exact: true })
        .evaluate((element) => element.getBoundingClientRect().right);
      const reload = await page
        .getByRole("button", { name: paneText.check.reloadSheetsLabel })
        .evaluate((element) => element.getBoundingClientRect().left);
      expect(picker).toBeLessThanOrEqual(reload);
      await page.getByRole("button", { name: text.run, exact: true }).click();
      await page.getByText("“BC Quý I 2024 (2)”", { exact: false }).waitFor();
      expect((await fakeExcel(page)).reports[1].sheetName).toBe("Phụ lục");
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "at 320 px: a wrong year and day are said under their fields; Thêm cột theo dõi answers below; put right, the outcome comes into view",
    async () => {
      const page = await openReportTab(320, 700);
      await page.getByLabel(text.year).fill("24");
      await page.getByLabel(text.asOf).fill("30/02/2024");
      await page.getByLabel(text.asOf).press("Enter");
      await page.getByText(text.yearInvalid).waitFor();
      await page.getByText(text.asOfInvalid).waitFor();
      await page.getByText(text.invalid).waitFor();
      expect((await fakeExcel(page)).reports).toEqual([]);
      await screenshot(page, "taskpane-report-invalid-320.png", true);
      await expectNoSidewaysScroll(page);

      await page.getByRole("button", { name: trackingPaneText.add, exact: true }).click();
      await page.getByText("Bảng đã có cột theo dõi (H4:K11); không thêm lần nữa.").waitFor();
      expect((await fakeExcel(page)).trackingColumns).toEqual([null]);
      await expectNoSidewaysScroll(page);

      // Put right, the report is made and its outcome brought into view below the form.
      await page.getByLabel(text.year).fill("2024");
      await page.getByLabel(text.asOf).fill("18/03/2024");
      await page.getByRole("button", { name: text.run, exact: true }).click();
      const written = page.getByText("Đã lập báo cáo quý I năm 2024");
      await written.waitFor();
      expect((await fakeExcel(page)).reports.map((report) => report.request)).toEqual([
        { period: "q1", year: 2024, asOf: "2024-03-18", date: "2024-03-18" },
      ]);
      const box = await written.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-report-320x700.png");
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );
});
