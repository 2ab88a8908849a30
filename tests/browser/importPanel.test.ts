/**
 * @jest-environment node
 */
import { describe, expect, test } from "@jest/globals";
import { Document, LevelFormat, Packer, Paragraph } from "docx";
import { Locator, Page } from "playwright-core";
import type { PlanItem } from "../../src/domain/appendixPlan";
import { importText as text } from "../../src/taskpane/create/importText";
import { paneText } from "../../src/taskpane/paneText";
import { PLAN_TEXT, PLAN_UNUSED } from "../taskpane/create/planSample";
import { screenshot, TEST_TIMEOUT, useBuiltBundle } from "./support/builtBundle";
import { buildFakeExcelPane } from "./support/fakeExcelBundle";
import { FakeExcelLog } from "./support/fakeExcelPane/fakeExcelActions";

/*
 * "Nhập từ Kế hoạch" on the Lập phụ lục tab in Debian's Chromium, offline, at the width of Excel's pane
 * on Windows: the real pane over Excel actions stood in for (tests/browser/support/fakeExcelPane),
 * which record the imported plan written. Screenshots go to build/screenshots/.
 */

const web = useBuiltBundle({ build: buildFakeExcelPane });
const { pageProblems, newPage } = web;
const form = paneText.create;

/** The pane at a width, on the Lập phụ lục tab, noting the scripts it loads. */
async function openCreateTab(width: number, height: number) {
  const page = await newPage();
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.setViewportSize({ width, height });
  await page.goto(`${web.server.origin}/taskpane.html`);
  await page.getByRole("tab", { name: paneText.tabs.create }).click();
  await page.getByLabel(text.textLabel).waitFor();
  return { page, scripts };
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

/** Every element of the tab ends inside the pane: none is cut at its right edge. */
async function expectInsidePane(page: Page) {
  const outside = await page.locator("#panel-create *").evaluateAll((elements) =>
    elements
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.right > document.documentElement.clientWidth + 0.5;
      })
      .map((element) => `${element.tagName}: ${(element.textContent ?? "").slice(0, 40)}`)
  );
  expect(outside).toEqual([]);
}

/** The officer clicks "Chọn tệp .docx…" and picks the file in the browser's dialog. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: text.chooseFile, exact: true }).click();
  await (await chooser).setFiles(file);
}

/** The element is within the window, seen without scrolling. */
async function expectInView(locator: Locator) {
  const box = await locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
}

const flat = (items: readonly PlanItem[]): string[][] =>
  items.flatMap((item) => [[item.number, item.task, item.lead], ...flat(item.children)]);

describe("Nhập từ Kế hoạch in Chromium, over fake Excel actions", () => {
  test(
    "at 320 px: a pasted plan read, corrected and written as a new appendix; the reader loads only when used",
    async () => {
      const { page, scripts } = await openCreateTab(320, 800);
      await page.getByLabel(form.issuer, { exact: true }).fill("UBND xã Ea Tân");
      await page.getByLabel(text.textLabel).fill(PLAN_TEXT);
      // The plan reader is a chunk of its own, not loaded with the pane.
      expect(scripts.filter((script) => script.includes("plan-import"))).toEqual([]);
      await page.getByRole("button", { name: text.read, exact: true }).click();
      const heading = page.getByRole("heading", { name: "Bảng đọc được: 2 mục, 4 nhiệm vụ" });
      await heading.waitFor();
      expect(scripts.filter((script) => script.includes("plan-import"))).toHaveLength(1);

      // The heading went into the empty fields; the issuer typed stayed.
      await expect(page.getByLabel(form.year, { exact: true }).inputValue()).resolves.toBe("2025");
      await expect(page.getByLabel(form.planNumber, { exact: true }).inputValue()).resolves.toBe(
        "15"
      );
      await expect(page.getByLabel(form.day, { exact: true }).inputValue()).resolves.toBe("28");
      await expect(page.getByLabel(form.issuer, { exact: true }).inputValue()).resolves.toBe(
        "UBND xã Ea Tân"
      );
      // The reading is read from its heading, in view.
      await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(
        true
      );
      const rows = page.getByRole("list", { name: text.rowsLabel });
      const groups = rows.getByRole("group");
      await expect(groups.count()).resolves.toBe(6);
      const check = page.getByRole("region", { name: /^Kiểm tra bảng/ });
      await expect(check.getByRole("listitem").allInnerTexts()).resolves.toEqual([
        expect.stringMatching(/^TT 1\.2: /),
      ]);
      await expectNoSidewaysScroll(page);
      await expectInsidePane(page);
      await screenshot(page, "taskpane-import-read-320.png", true);

      // Corrected: 1.2 gets its lead, 2.1 a shorter name; the check follows.
      const task12 = page.getByRole("group", { name: "Nhiệm vụ 1.2" });
      await task12.getByRole("button", { name: /Chưa có chủ trì/ }).click();
      await task12.getByLabel(text.lead, { exact: true }).fill("Công chức Tư pháp - Hộ tịch");
      await page
        .getByRole("group", { name: "Nhiệm vụ 2.1" })
        .getByLabel(text.task, { exact: true })
        .fill("Công khai thủ tục hành chính");
      await check.getByText("Kiểm tra bảng: không có lỗi hay cảnh báo.").waitFor();
      await page.getByRole("button", { name: text.unused(PLAN_UNUSED.length) }).click();
      const unused = page.getByRole("list", { name: text.unused(PLAN_UNUSED.length) });
      await expect(unused.getByRole("listitem").allInnerTexts()).resolves.toEqual([
        `Dòng 6: ${PLAN_UNUSED[0]}`,
        `Dòng 7: ${PLAN_UNUSED[1]}`,
        `Dòng 27: ${PLAN_UNUSED[2]}`,
        `Dòng 28: ${PLAN_UNUSED[3]}`,
      ]);
      await expectNoSidewaysScroll(page);
      await expectInsidePane(page);
      await screenshot(page, "taskpane-import-edited-320.png", true);
      expect((await fakeExcel(page)).importedAppendices).toEqual([]);

      await page.getByRole("button", { name: text.create, exact: true }).click();
      await page.getByText(form.created("Phụ lục (2)")).waitFor();
      const [written] = (await fakeExcel(page)).importedAppendices;
      expect(written.sheetName).toBe("Phụ lục (2)");
      expect(written.request).toEqual({
        year: "2025",
        reference: {
          planNumber: "15",
          day: "28",
          month: "12",
          year: "2024",
          issuer: "UBND xã Ea Tân",
        },
      });
      expect(flat(written.plan.items)).toEqual([
        ["1", "Cải cách thể chế", ""],
        ["1.1", "Rà soát văn bản quy phạm pháp luật của xã", "Công chức Tư pháp - Hộ tịch"],
        ["1.2", "Theo dõi tình hình thi hành pháp luật", "Công chức Tư pháp - Hộ tịch"],
        ["2", "Cải cách thủ tục hành chính", ""],
        ["2.1", "Công khai thủ tục hành chính", "Văn phòng - Thống kê"],
        ["2.2", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", "Văn phòng - Thống kê"],
      ]);
      expect(written.plan.items[0].children[0].amount).toBe(2_000_000);
      expect(written.plan.reference.issuer).toBe("UBND xã Ea Tân");
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-import-written-320.png", true);
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );

  test(
    "at 320 px: a .docx chosen is read at once, Word's list numbers too; a file that is no .docx is said",
    async () => {
      const { page, scripts } = await openCreateTab(320, 700);
      await chooseFile(page, {
        name: "ke-hoach-2025.docx",
        mimeType: DOCX_TYPE,
        buffer: await planDocx(),
      });
      const heading = page.getByRole("heading", { name: "Bảng đọc được: 2 mục, 3 nhiệm vụ" });
      await heading.waitFor();
      expect(scripts.filter((script) => script.includes("docx-text"))).toHaveLength(1);
      await page.getByText(text.fromFile("ke-hoach-2025.docx")).waitFor();
      const numbers = await page
        .getByRole("list", { name: text.rowsLabel })
        .getByRole("textbox", { name: text.number, exact: true })
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      expect(numbers).toEqual(["1", "1.1", "1.2", "2", "2.1"]);
      await expect(
        page
          .getByRole("group", { name: "Nhiệm vụ 1.1" })
          .getByRole("button", { expanded: false })
          .innerText()
      ).resolves.toBe("▸Công chức Tư pháp - Hộ tịch · Quý II/2025");
      await expect(page.getByLabel(form.year, { exact: true }).inputValue()).resolves.toBe("2025");
      await expectNoSidewaysScroll(page);

      // A text file named .docx: said beside the button, in view, and the reading shown stays.
      await chooseFile(page, {
        name: "ghi-chu.docx",
        mimeType: DOCX_TYPE,
        buffer: Buffer.from("Kế hoạch CCHC năm 2025", "utf8"),
      });
      const refused = page.getByText(text.notDocx("ghi-chu.docx"));
      await refused.waitFor();
      await expectInView(refused);
      await heading.waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, "taskpane-import-not-docx-320.png");
      expect(pageProblems).toEqual([]);
      await page.close();
    },
    TEST_TIMEOUT
  );
});

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A plan as Word saves it: its sections and tasks in numbered lists, label lines as bullets. */
async function planDocx(): Promise<Buffer> {
  const line = (text: string) => new Paragraph({ text });
  const listed = (reference: string, text: string) =>
    new Paragraph({ text, numbering: { reference, level: 0 } });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "parts",
          levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1." }],
        },
        { reference: "sections", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] },
        {
          reference: "tasks",
          levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "%1)" }],
        },
        { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "-" }] },
      ],
    },
    sections: [
      {
        children: [
          line("UBND XÃ EA TÂN"),
          line("Số: 15/KH-UBND"),
          line("Ea Tân, ngày 28 tháng 12 năm 2024"),
          line("KẾ HOẠCH"),
          line("Cải cách hành chính năm 2025"),
          listed("parts", "MỤC ĐÍCH, YÊU CẦU"),
          line("Nâng cao chất lượng phục vụ người dân."),
          listed("parts", "NHIỆM VỤ TRỌNG TÂM"),
          listed("sections", "Cải cách thể chế"),
          listed("tasks", "Rà soát văn bản quy phạm pháp luật của xã"),
          listed("bullets", "Chủ trì: Công chức Tư pháp - Hộ tịch"),
          listed("bullets", "Thời gian: Quý II/2025"),
          listed("tasks", "Theo dõi tình hình thi hành pháp luật"),
          listed("bullets", "Chủ trì: Công chức Tư pháp - Hộ tịch"),
          listed("sections", "Cải cách thủ tục hành chính"),
          listed("tasks", "Công khai thủ tục hành chính tại Bộ phận Một cửa"),
          listed("bullets", "Chủ trì: Văn phòng - Thống kê"),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toArrayBuffer(document));
}
