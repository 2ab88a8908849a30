/**
 * @jest-environment node
 */
import { describe, expect, test } from "@jest/globals";
import { Page } from "playwright-core";
import { reportOf } from "../../src/commands/quickCheckDialog";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import { notices } from "../../src/domain/messages";
import { readAppendix } from "../../src/domain/readAppendix";
import { excelText } from "../../src/excel/excelText";
import { QuickCheckReport, reportFragment } from "../../src/quickcheck/quickCheckReport";
import { quickCheckText } from "../../src/quickcheck/quickCheckText";
import { sampleErrorCells, sampleText } from "../taskpane/support/sample";
import { OFFICE_JS, screenshot, TEST_TIMEOUT, useBuiltBundle } from "./support/builtBundle";

/*
 * The dialog "Kiểm tra nhanh" opens (quickcheck.html), built and shown in Debian's Chromium, offline:
 * office.js cannot load. The report is given as the command gives it: in the address's fragment, or
 * by messageChild to a page whose office.js is a stand-in recording what the page sends. The window
 * is the dialog's size on a 1366 × 768 laptop (40 % × 60 % of the screen). Screenshots go to
 * build/screenshots/.
 */

const DIALOG_VIEWPORT = { width: 546, height: 440 };

/** xã Thượng Lộ's appendix pasted as a sheet "Phụ lục": its report, as the command makes it. */
function sampleReport(): QuickCheckReport {
  const findings = checkAppendix(readAppendix(readDelimited(sampleText, "\t")));
  const marked = findings.filter((finding) => finding.severity !== "info");
  const firstError = marked.find((finding) => finding.severity === "error");
  return reportOf({
    sheetName: "Phụ lục",
    noAppendix: null,
    findings,
    marked,
    selected: firstError?.cell ?? null,
  });
}

const web = useBuiltBundle({ viewport: DIALOG_VIEWPORT });
const { pageProblems, newPage } = web;

/** The dialog with the report in its address, as the command opens it where messageChild is missing. */
async function openWithFragment(report: QuickCheckReport): Promise<Page> {
  const page = await newPage();
  await page.goto(`${web.server.origin}/quickcheck.html#${reportFragment(report)}`);
  await page.getByRole("button", { name: quickCheckText.close, exact: true }).waitFor();
  return page;
}

/** The whole text of the dialog, as the officer reads it. */
async function textOf(page: Page): Promise<string> {
  return (await page.locator("#root").innerText()).replace(/\s+/g, " ");
}

/** The dialog fits its window: nothing scrolls sideways, and Đóng is in view without scrolling. */
async function expectFits(page: Page) {
  const fit = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
  expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight);
  const close = await page.getByRole("button", { name: quickCheckText.close }).boundingBox();
  expect(close).not.toBeNull();
  expect((close?.y ?? 0) + (close?.height ?? 0)).toBeLessThanOrEqual(DIALOG_VIEWPORT.height);
}

describe("the Kiểm tra nhanh dialog in Chromium", () => {
  test(
    "the sample's report: the sheet, 5 errors, the first five at their cells, what was marked, Đóng",
    async () => {
      const report = sampleReport();
      expect(report).toMatchObject({ kind: "checked", errors: 5, warnings: 0 });
      const notes = report.kind === "checked" ? report.notes : 0;
      const page = await openWithFragment(report);

      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Kiểm tra nhanh trang “Phụ lục”"
      );
      const text = await textOf(page);
      expect(text).toContain("Có 5 lỗi cần sửa");
      expect(text).toContain(`5 lỗi · 0 cảnh báo · ${notes} ghi chú`);
      expect(text).toContain(`5 mục đầu tiên (trong tổng số ${5 + notes}):`);
      const items = await page
        .getByRole("list", { name: quickCheckText.listLabel })
        .getByRole("listitem")
        .allInnerTexts();
      expect(items.map((item) => /^Lỗi · Ô ([A-Z]+\d+)/.exec(item)?.[1])).toEqual(
        sampleErrorCells()
      );
      expect(items[0]).toContain("11.900.000");
      expect(text).toContain(
        `Các ô có lỗi đã được tô màu trên trang tính; ô lỗi đầu tiên (${sampleErrorCells()[0]}) đang được chọn.`
      );
      expect(text).toContain(quickCheckText.notesNotMarked);
      expect(text).toContain(quickCheckText.morePane);
      // One button, Đóng, with the focus: Enter closes at once.
      await expect(page.getByRole("button").count()).resolves.toBe(1);
      await expect(
        page
          .getByRole("button", { name: quickCheckText.close })
          .evaluate((element) => element === document.activeElement)
      ).resolves.toBe(true);
      await expectFits(page);
      await screenshot(page, "quick-check-dialog.png");

      // Nothing left the page but the requests for the page itself: the report stayed after "#".
      expect([...new Set(web.browser.blocked)]).toEqual([OFFICE_JS]);
      expect(web.server.served.filter((served) => served.startsWith("/quickcheck"))).toEqual([
        "/quickcheck.html",
        "/quickcheck.js",
      ]);
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "a clean sheet, a sheet without an appendix and an Excel error are said plainly",
    async () => {
      const clean = await openWithFragment({
        kind: "checked",
        sheet: "Phụ lục",
        errors: 0,
        warnings: 0,
        notes: 0,
        problems: [],
        selected: null,
      });
      const cleanText = await textOf(clean);
      expect(cleanText).toContain("Không phát hiện lỗi nào");
      expect(cleanText).toContain(quickCheckText.cleanDetail);
      expect(cleanText).toContain("0 lỗi · 0 cảnh báo · 0 ghi chú");
      expect(cleanText).toContain(quickCheckText.nothingMarked);
      expect(cleanText).not.toContain(quickCheckText.morePane);
      await expectFits(clean);
      await screenshot(clean, "quick-check-dialog-clean.png");
      await clean.close();

      const none = await openWithFragment({
        kind: "no-appendix",
        sheet: "Danh mục",
        reason: notices.noHeader,
      });
      const noneText = await textOf(none);
      expect(noneText).toContain("Trang “Danh mục” không có bảng phụ lục");
      expect(noneText).toContain(notices.noHeader);
      expect(noneText).toContain("Không ô nào được tô màu, trang tính giữ nguyên.");
      await expectFits(none);
      await screenshot(none, "quick-check-dialog-no-appendix.png");
      await none.close();

      const failed = await openWithFragment({ kind: "failed", message: excelText.protectedSheet });
      const failedText = await textOf(failed);
      expect(failedText).toContain("Không kiểm tra được trang tính");
      expect(failedText).toContain(excelText.protectedSheet);
      await expect(failed.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Kiểm tra nhanh"
      );
      await expectFits(failed);
      await screenshot(failed, "quick-check-dialog-failed.png");
      await failed.close();
      expect(pageProblems).toEqual([]);
    },
    TEST_TIMEOUT
  );

  test(
    "by messageChild: the page says ready, shows the report it is sent, and Đóng and Esc ask to close",
    async () => {
      const page = await newPage();
      // office.js's dialog side, standing in for the one the CDN would give: what the page sends is
      // kept in __sent, the handler it adds in __onParentMessage.
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        const sent: string[] = [];
        w.__sent = sent;
        w.Office = {
          EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
          AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
          onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
          context: {
            ui: {
              messageParent: (message: string) => sent.push(message),
              addHandlerAsync: (
                eventType: string,
                handler: (arg: { message: string }) => void,
                callback: (result: { status: string }) => void
              ) => {
                w.__onParentMessage = handler;
                setTimeout(() => callback({ status: "succeeded" }), 0);
              },
            },
          },
        };
      });
      await page.goto(`${web.server.origin}/quickcheck.html`);
      const sent = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
      await page.waitForFunction(
        () => (window as unknown as { __sent: string[] }).__sent.length > 0
      );
      expect(await sent()).toEqual([JSON.stringify({ type: "ready" })]);
      expect(await textOf(page)).toContain(quickCheckText.waiting);

      const report = sampleReport();
      await page.evaluate((message) => {
        const w = window as unknown as { __onParentMessage: (arg: { message: string }) => void };
        w.__onParentMessage({ message });
      }, JSON.stringify(report));
      await page.getByText("Có 5 lỗi cần sửa").waitFor();

      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: quickCheckText.close }).click();
      const close = JSON.stringify({ type: "close" });
      expect(await sent()).toEqual([JSON.stringify({ type: "ready" }), close, close]);
      // The function file would have closed it; when it has not, the page says how to.
      await page.getByText(quickCheckText.closeByHand).waitFor();
      await expectFits(page);
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "outside Office with no report in its address, the page says the result did not come",
    async () => {
      const page = await newPage();
      await page.goto(`${web.server.origin}/quickcheck.html`);
      await page.getByText(quickCheckText.missing).waitFor();
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );
});
