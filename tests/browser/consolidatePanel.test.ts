/**
 * @jest-environment node
 */
import { describe, expect, test } from "@jest/globals";
import { Page } from "playwright-core";
import { paneText } from "../../src/taskpane/paneText";
import { consolidateText as text } from "../../src/taskpane/report/consolidateText";
import { screenshot, TEST_TIMEOUT, useBuiltBundle } from "./support/builtBundle";
import { buildFakeExcelPane } from "./support/fakeExcelBundle";
import { FakeExcelLog } from "./support/fakeExcelPane/fakeExcelActions";

/*
 * "Tổng hợp" on the Báo cáo tab in Debian's Chromium, offline, as in Excel: the real pane over Excel
 * actions stood in for (tests/browser/support/fakeExcelPane), whose workbook holds the tracked table
 * on "Phụ lục" and the departments' sheets of tests/taskpane/report/unitSheets.ts ("Tư pháp",
 * "Địa chính" with a wrong group sum, "Văn hóa") and "Danh mục"; the summary is the real use case's.
 * Screenshots go to build/screenshots/.
 */

const web = useBuiltBundle({ build: buildFakeExcelPane });
const { pageProblems, newPage } = web;

/** The pane at a width on the Báo cáo tab, its clock on 18/03/2024, once the sheets are listed. */
async function openConsolidate(width: number, height: number): Promise<Page> {
  const page = await newPage();
  await page.setViewportSize({ width, height });
  await page.clock.setFixedTime(new Date(2024, 2, 18, 9, 30));
  await page.goto(`${web.server.origin}/taskpane.html`);
  await page.getByRole("tab", { name: paneText.tabs.report }).click();
  await page.getByRole("checkbox", { name: "Văn hóa" }).waitFor();
  return page;
}

const fakeExcel = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcelLog }).__fakeExcel);

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe("Tổng hợp in Chromium, over fake Excel actions", () => {
  test(
    "at 320 px: tick three departments and Danh mục, pick 6 tháng 2024, Tổng hợp; the new sheet, totals and each sheet's status",
    async () => {
      const page = await openConsolidate(320, 900);
      const section = page.getByRole("region", { name: text.heading });
      await section.scrollIntoViewIfNeeded();
      const run = section.getByRole("button", { name: text.run, exact: true });
      await expect(run.getAttribute("aria-disabled")).resolves.toBe("true");
      await expect(section.getByRole("checkbox").count()).resolves.toBe(5);
      await screenshot(page, "taskpane-consolidate-form-320.png");
      await expectNoSidewaysScroll(page);

      for (const name of ["Văn hóa", "Tư pháp", "Địa chính", "Danh mục"])
        await section.getByRole("checkbox", { name }).check();
      await section.getByLabel(text.period).selectOption("h1");
      await section.getByLabel(text.year).fill("2024");
      await run.click();
      await section
        .getByText(
          "Đã ghi bảng tổng hợp vào trang mới “Tổng hợp”; có trang có lỗi hoặc không đọc được, xem danh sách dưới."
        )
        .waitFor();
      expect((await fakeExcel(page)).consolidations).toEqual([
        {
          request: {
            // The workbook's order, not the order they were ticked in.
            sheetNames: ["Tư pháp", "Địa chính", "Danh mục", "Văn hóa"],
            period: "h1",
            year: 2024,
          },
          sheetName: "Tổng hợp",
        },
      ]);

      const totals = section.getByRole("region", { name: text.totals });
      const pairs = await totals
        .locator("dt")
        .evaluateAll((terms) =>
          terms.map((term) => [term.textContent, term.nextElementSibling?.textContent])
        );
      // 6 tháng 2024 to 14/06, as of 18/03/2024: Tư pháp's 1.1 (due 28/02) overdue; Địa chính's
      // 1.1 (Quý II) in it, not yet due; the rest in Quý III, Quý IV or on demand.
      expect(pairs).toEqual([
        ["Trang đọc được", "3/4"],
        ["Nhiệm vụ", "5"],
        ["Kinh phí kế hoạch", "3.800.000 đồng"],
        ["Nhiệm vụ trong kỳ", "2"],
        ["Đã hoàn thành", "0"],
        ["Quá hạn", "1"],
        ["Kinh phí đã sử dụng", "0 đồng"],
      ]);
      const items = await section
        .getByRole("list", { name: "Từng trang (4)" })
        .getByRole("listitem")
        .allInnerTexts();
      expect(items[2]).toMatch(/^“Danh mục”\nKhông đọc được · Không tìm thấy dòng tiêu đề/);
      expect(items[1]).toContain("Địa chính – Xây dựng (“Địa chính”)\nCó lỗi (1 lỗi)");
      // The summary sheet is listed with the others.
      await section.getByRole("checkbox", { name: "Tổng hợp" }).waitFor();
      await totals.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-consolidate-320.png");
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );
});
