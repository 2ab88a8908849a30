/** @jest-environment jsdom */
// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
// The Word reader stands in for itself: each test says what the .docx chosen gives.
jest.mock("../../../src/docx/docxText", () => ({ docxText: jest.fn() }));

import "../support/jsdom";
import { beforeAll, describe, expect, jest, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { AppendixPlan, PlanItem } from "../../../src/domain/appendixPlan";
import { DocxError } from "../../../src/docx/docxError";
import * as docxModule from "../../../src/docx/docxText";
import { App } from "../../../src/taskpane/App";
import { importText as text } from "../../../src/taskpane/create/importText";
import { paneText } from "../../../src/taskpane/paneText";
import { click, settle } from "../support/events";
import { fakeActions } from "../support/fakeActions";
import { muteConsoleError, renderInExcel } from "../support/inExcel";
import { PLAN_TEXT, PLAN_UNUSED } from "./planSample";

const docxText = docxModule.docxText as jest.MockedFunction<typeof docxModule.docxText>;
const form = paneText.create;

beforeAll(() => {
  // jsdom's Blob has no arrayBuffer(); its FileReader reads one.
  Blob.prototype.arrayBuffer ??= function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
});

muteConsoleError();

async function openCreateTab(actions: ReturnType<typeof fakeActions> | null = fakeActions()) {
  if (actions) await renderInExcel(actions);
  else render(<App actions={null} />);
  fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.create }));
  return actions;
}

const button = (name: string) => screen.getByRole("button", { name });
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (element: Element, value: string) => fireEvent.change(element, { target: { value } });

async function readPlan(planText = PLAN_TEXT) {
  type(screen.getByLabelText(text.textLabel), planText);
  await click(button(text.read));
}

/** The rows shown, each as its TT and name. */
const rowsShown = () =>
  within(screen.getByRole("list", { name: text.rowsLabel }))
    .getAllByRole("group")
    .map((group) => {
      const [number, name] = within(group).getAllByRole("textbox") as HTMLInputElement[];
      return [number.value, name.value];
    });

const row = (name: string) => within(screen.getByRole("group", { name }));

/** The items of a plan, depth first, as TT and task. */
const flat = (items: readonly PlanItem[]): string[][] =>
  items.flatMap((item) => [[item.number, item.task], ...flat(item.children)]);

const writtenPlan = (actions: ReturnType<typeof fakeActions>): AppendixPlan => {
  const [source] = actions.createAppendix.mock.calls[0];
  if (typeof source !== "object" || !("imported" in source))
    throw new Error("no imported plan written");
  return source.imported;
};

describe("Nhập từ Kế hoạch: read, correct, then write", () => {
  test("the pasted plan's sections and tasks are shown to correct, with the check and the unused lines; nothing is written", async () => {
    const actions = await openCreateTab();
    await readPlan();
    expect(rowsShown()).toEqual([
      ["1", "Cải cách thể chế"],
      ["1.1", "Rà soát văn bản quy phạm pháp luật của xã"],
      ["1.2", "Theo dõi tình hình thi hành pháp luật"],
      ["2", "Cải cách thủ tục hành chính"],
      ["2.1", "Công khai thủ tục hành chính tại Bộ phận Một cửa"],
      ["2.2", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân"],
    ]);
    const heading = screen.getByRole("heading", { name: "Bảng đọc được: 2 mục, 4 nhiệm vụ" });
    // The reading is read from its heading.
    expect(document.activeElement).toBe(heading);
    // A closed row says who leads it, when, and what it costs; one without a lead says so.
    const closed = (name: string) => row(name).getByRole("button", { expanded: false });
    expect(closed("Nhiệm vụ 1.1").textContent).toBe(
      "▸Công chức Tư pháp - Hộ tịch · Quý II/2025 · 2.000.000 đ"
    );
    expect(closed("Nhiệm vụ 1.2").textContent).toBe("▸Chưa có chủ trì · Quý IV/2025");
    expect(closed("Mục 1").textContent).toBe("▸Chi tiết");
    // The check: 1.2 has no Chủ trì. The sections' sums and the total are the new sheet's to write.
    const check = screen.getByRole("region", { name: /^Kiểm tra bảng/ });
    expect(
      within(check)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual([expect.stringMatching(/^TT 1\.2: .*chủ trì/i)]);
    // The lines left out, folded away until opened.
    const unused = button(text.unused(PLAN_UNUSED.length));
    expect(unused.getAttribute("aria-expanded")).toBe("false");
    await click(unused);
    for (const line of PLAN_UNUSED) expect(screen.getByText(line)).toBeTruthy();
    expect(screen.getByText(/^Đã đọc kế hoạch\. Xem lại các dòng bên dưới/)).toBeTruthy();
    expect(actions?.createAppendix).not.toHaveBeenCalled();
  });

  test("the heading fills the form's empty fields; what the officer typed stays", async () => {
    await openCreateTab();
    type(field(form.issuer), "UBND xã Ea Tân");
    await readPlan();
    expect(field(form.year).value).toBe("2025");
    expect(field(form.planNumber).value).toBe("15");
    expect([field(form.day).value, field(form.month).value, field(form.signedYear).value]).toEqual([
      "28",
      "12",
      "2024",
    ]);
    expect(field(form.issuer).value).toBe("UBND xã Ea Tân");
    expect(
      screen.getByText(
        /Đã điền năm kế hoạch, số kế hoạch, ngày ký theo kế hoạch vào các ô phía trên/
      )
    ).toBeTruthy();
  });

  test("Lập phụ lục từ bảng này writes the rows as corrected, under the form's entries", async () => {
    const actions = (await openCreateTab()) as ReturnType<typeof fakeActions>;
    await readPlan();
    type(field(form.issuer), "UBND xã Ea Tân");
    type(row("Nhiệm vụ 1.1").getByLabelText(text.task), "Rà soát, hệ thống hóa văn bản của xã");
    await click(row("Nhiệm vụ 1.2").getByRole("button", { expanded: false }));
    type(row("Nhiệm vụ 1.2").getByLabelText(text.lead), "Công chức Tư pháp - Hộ tịch");
    type(row("Nhiệm vụ 1.2").getByLabelText(text.amount), "3 triệu");
    // The check follows the edit: 1.2 has its lead now.
    await waitFor(() =>
      expect(screen.getByText("Kiểm tra bảng: không có lỗi hay cảnh báo.")).toBeTruthy()
    );
    expect(actions.createAppendix).not.toHaveBeenCalled();

    await click(button(text.create));
    expect(actions.createAppendix).toHaveBeenCalledTimes(1);
    const request = actions.createAppendix.mock.calls[0][1];
    expect(request).toEqual({
      year: "2025",
      reference: {
        planNumber: "15",
        day: "28",
        month: "12",
        year: "2024",
        issuer: "UBND xã Ea Tân",
      },
    });
    const plan = writtenPlan(actions);
    expect(flat(plan.items)).toEqual([
      ["1", "Cải cách thể chế"],
      ["1.1", "Rà soát, hệ thống hóa văn bản của xã"],
      ["1.2", "Theo dõi tình hình thi hành pháp luật"],
      ["2", "Cải cách thủ tục hành chính"],
      ["2.1", "Công khai thủ tục hành chính tại Bộ phận Một cửa"],
      ["2.2", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân"],
    ]);
    const task12 = plan.items[0].children[1];
    expect([task12.lead, task12.amount]).toEqual(["Công chức Tư pháp - Hộ tịch", 3_000_000]);
    expect(plan.reference).toEqual({
      planNumber: "15",
      day: "28",
      month: "12",
      year: "2024",
      issuer: "UBND xã Ea Tân",
    });
    expect(plan.title).toMatch(/2025/);
    expect(await screen.findByText(form.created("Phụ lục (2)"))).toBeTruthy();
    // Written: the reading is done with; the picker learns of the new sheet.
    expect(screen.queryByRole("list", { name: text.rowsLabel })).toBeNull();
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(2));
  });

  test("the letters switch reads the text again, keeping the officer's edits", async () => {
    await openCreateTab();
    await readPlan();
    type(row("Nhiệm vụ 2.1").getByLabelText(text.task), "Công khai TTHC");
    await settle(() => fireEvent.click(screen.getByRole("switch", { name: text.keepLetters })));
    expect(rowsShown()).toEqual([
      ["1", "Cải cách thể chế"],
      ["a)", "Rà soát văn bản quy phạm pháp luật của xã"],
      ["b)", "Theo dõi tình hình thi hành pháp luật"],
      ["2", "Cải cách thủ tục hành chính"],
      ["a)", "Công khai TTHC"],
      ["b)", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân"],
    ]);
    await settle(() => fireEvent.click(screen.getByRole("switch", { name: text.keepLetters })));
    expect(rowsShown().map(([number]) => number)).toEqual(["1", "1.1", "1.2", "2", "2.1", "2.2"]);
    expect(rowsShown()[4][1]).toBe("Công khai TTHC");
  });

  test("a row removed is left out of the count and of the plan written", async () => {
    const actions = (await openCreateTab()) as ReturnType<typeof fakeActions>;
    await readPlan();
    await click(row("Nhiệm vụ 2.2").getByRole("button", { expanded: false }));
    await click(row("Nhiệm vụ 2.2").getByRole("button", { name: text.remove }));
    expect(screen.getByText(text.removed("Nhiệm vụ 2.2"))).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Bảng đọc được: 2 mục, 3 nhiệm vụ" })).toBeTruthy();
    await click(button(text.create));
    expect(flat(writtenPlan(actions).items).map(([number]) => number)).toEqual([
      "1",
      "1.1",
      "1.2",
      "2",
      "2.1",
    ]);
  });

  test("a Kinh phí that cannot be read is said under it and keeps the sheet from being written", async () => {
    const actions = (await openCreateTab()) as ReturnType<typeof fakeActions>;
    await readPlan();
    await click(row("Nhiệm vụ 1.1").getByRole("button", { expanded: false }));
    type(row("Nhiệm vụ 1.1").getByLabelText(text.amount), "2.000.00");
    expect(screen.getByText(text.amountInvalid)).toBeTruthy();
    await click(button(text.create));
    expect(screen.getByText(text.rowsInvalid(["Nhiệm vụ 1.1"]))).toBeTruthy();
    expect(actions.createAppendix).not.toHaveBeenCalled();
  });

  test("a wrong entry in the form keeps the sheet from being written, said under its field", async () => {
    const actions = (await openCreateTab()) as ReturnType<typeof fakeActions>;
    await readPlan();
    type(field(form.month), "13");
    await click(button(text.create));
    expect(screen.getByText(form.invalid)).toBeTruthy();
    expect(screen.getByText(paneText.form.monthInvalid)).toBeTruthy();
    expect(actions.createAppendix).not.toHaveBeenCalled();
  });
});

describe("Nhập từ Kế hoạch: what cannot be read is said, and changes nothing shown", () => {
  test("no text, then a text with no task", async () => {
    await openCreateTab();
    await click(button(text.read));
    expect(screen.getByText(text.empty)).toBeTruthy();
    await readPlan("Kính gửi: các bộ phận chuyên môn.\nĐề nghị thực hiện nghiêm túc.");
    expect(screen.getByText(text.noTasks)).toBeTruthy();
    expect(screen.queryByRole("list", { name: text.rowsLabel })).toBeNull();

    // A reading shown stays when the next text gives nothing.
    await readPlan();
    await readPlan("   ");
    expect(screen.getByText(text.empty)).toBeTruthy();
    expect(rowsShown()).toHaveLength(6);
  });

  const choose = (file: File) =>
    settle(() =>
      fireEvent.change(screen.getByLabelText(text.fileLabel), { target: { files: [file] } })
    );
  const docx = (name = "ke-hoach.docx", bytes = [0x50, 0x4b, 3, 4]) =>
    new File([new Uint8Array(bytes)], name);

  test.each([
    ["not-docx" as const, text.notDocx("ke-hoach.docx")],
    ["damaged" as const, text.damaged("ke-hoach.docx")],
    ["encrypted" as const, text.encrypted("ke-hoach.docx")],
  ])("a file the Word reader refuses (%s) is said in Vietnamese", async (reason, said) => {
    docxText.mockReset().mockRejectedValue(new DocxError(reason));
    await openCreateTab();
    await choose(docx());
    expect(await screen.findByText(said)).toBeTruthy();
    expect(screen.queryByRole("list", { name: text.rowsLabel })).toBeNull();
  });

  test("a file over 20 MB is not read at all", async () => {
    docxText.mockReset().mockResolvedValue(PLAN_TEXT);
    await openCreateTab();
    const big = docx("ke-hoach-anh.docx");
    Object.defineProperty(big, "size", { value: 20 * 1024 * 1024 + 1 });
    await choose(big);
    expect(await screen.findByText(text.tooLarge("ke-hoach-anh.docx"))).toBeTruthy();
    expect(docxText).not.toHaveBeenCalled();
  });

  test("a Word document with no text says so", async () => {
    docxText.mockReset().mockResolvedValue("\n  \n");
    await openCreateTab();
    await choose(docx("trong.docx"));
    expect(await screen.findByText(text.emptyFile("trong.docx"))).toBeTruthy();
  });

  test("a .docx is read at once: its bytes to the reader, its text in the box, its rows shown", async () => {
    docxText.mockReset().mockResolvedValue(PLAN_TEXT);
    await openCreateTab();
    await choose(docx("ke-hoach-2025.docx", [0x50, 0x4b, 3, 4, 9]));
    await screen.findByRole("heading", { name: "Bảng đọc được: 2 mục, 4 nhiệm vụ" });
    expect(Array.from(docxText.mock.calls[0][0])).toEqual([0x50, 0x4b, 3, 4, 9]);
    expect((screen.getByLabelText(text.textLabel) as HTMLTextAreaElement).value).toBe(PLAN_TEXT);
    expect(screen.getByText(text.fromFile("ke-hoach-2025.docx"))).toBeTruthy();
  });

  test("an unexpected failure of the reader is shown, not swallowed", async () => {
    docxText.mockReset().mockRejectedValue(new Error("boom"));
    await openCreateTab();
    await choose(docx());
    expect(await screen.findByText("Excel báo lỗi.")).toBeTruthy();
  });
});

describe("Nhập từ Kế hoạch outside Excel", () => {
  test("a plan can be read and corrected, but not written", async () => {
    await openCreateTab(null);
    await readPlan();
    expect(rowsShown()).toHaveLength(6);
    expect((button(text.create) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(text.outside)).toBeTruthy();
  });
});
