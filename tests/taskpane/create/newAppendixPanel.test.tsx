/** @jest-environment jsdom */
// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import "../support/jsdom";
import { describe, expect, jest, test } from "@jest/globals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { PlanDifferences } from "../../../src/domain/planDifferences";
import { App } from "../../../src/taskpane/App";
import { paneText } from "../../../src/taskpane/paneText";
import { AppendixPreview } from "../../../src/usecases/createAppendix";
import { readWorkbook } from "../../../src/xlsx/readWorkbook";
import { mockExcel } from "../../excel/mockExcel";
import { click } from "../support/events";
import { fakeActions } from "../support/fakeActions";
import { actionsOnMock, muteConsoleError, renderInExcel } from "../support/inExcel";

// jsdom has no TextDecoder, which the workbook reader opens the sample with.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const text = paneText.create;
const TITLE = "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2020";
const REFERENCE =
  "(Kèm theo Kế hoạch số 01/KH-UBND ngày 06 tháng 01 năm 2020 của UBND xã Thượng Lộ)";

function previewWith(differences: PlanDifferences, sheetName = "Phụ lục"): AppendixPreview {
  return {
    sheetName,
    plan: {
      title: TITLE,
      reference: {
        planNumber: "01",
        day: "06",
        month: "01",
        year: "2020",
        issuer: "UBND xã Thượng Lộ",
      },
      items: [],
    },
    title: TITLE,
    reference: REFERENCE,
    differences,
  };
}

const TOTAL_MOVED =
  "Tổng cộng: bảng gốc ghi 34.900.000 đồng; phụ lục mới là 33.900.000 đồng, vì mỗi cộng mục nay là công thức cộng các mục con của nó.";
const RENUMBERED = "Đánh lại số thứ tự 1 dòng: 2,2,1 → 2.2.1.";
const KEPT = "Giữ như bảng gốc: tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành.";
const PREVIEW = previewWith({
  kept: KEPT,
  changes: [
    { kind: "total", text: TOTAL_MOVED },
    { kind: "renumbered", text: RENUMBERED },
  ],
});

muteConsoleError();

/** The pane in Excel over fake actions, on the Lập phụ lục tab. */
async function openCreateTab(actions = fakeActions()) {
  await renderInExcel(actions);
  fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.create }));
  return actions;
}

const previewRegion = () => screen.queryByRole("region", { name: text.preview.heading("Phụ lục") });
const button = (name: string) => screen.getByRole("button", { name });

describe("Lập lại từ trang đang mở: a preview first, written only on Lập bảng", () => {
  test("the preview shows the lines to write and the differences; Lập bảng writes what was previewed", async () => {
    const actions = await openCreateTab();
    actions.createAppendix.mockResolvedValueOnce({ kind: "preview", preview: PREVIEW });
    await click(button(text.fromActive));
    expect(actions.createAppendix).toHaveBeenCalledTimes(1);
    // Nothing typed: nothing given, so the source's title block is kept.
    expect(actions.createAppendix).toHaveBeenLastCalledWith("active", { reference: {} });

    const region = previewRegion();
    expect(region).not.toBeNull();
    const shown = within(region as HTMLElement);
    expect(shown.getByText(TITLE)).toBeTruthy();
    expect(shown.getByText(REFERENCE)).toBeTruthy();
    expect(shown.getByText(KEPT)).toBeTruthy();
    expect(shown.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      TOTAL_MOVED,
      RENUMBERED,
    ]);
    // The preview is read from its heading.
    expect(document.activeElement).toBe(
      shown.getByRole("heading", { name: text.preview.heading("Phụ lục") })
    );
    expect(screen.getByText(text.preview.ready)).toBeTruthy();

    await click(shown.getByRole("button", { name: text.preview.confirm }));
    expect(actions.createAppendix).toHaveBeenCalledTimes(2);
    expect(actions.createAppendix).toHaveBeenLastCalledWith(
      { previewed: PREVIEW },
      { reference: {} }
    );
    expect(await screen.findByText(text.created("Phụ lục (2)"))).toBeTruthy();
    expect(previewRegion()).toBeNull();
    // The picker learns about the new sheet.
    await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(2));
  });

  test("Hủy drops the preview and writes nothing", async () => {
    const actions = await openCreateTab();
    actions.createAppendix.mockResolvedValueOnce({ kind: "preview", preview: PREVIEW });
    await click(button(text.fromActive));
    await click(button(text.preview.cancel));
    expect(previewRegion()).toBeNull();
    expect(screen.getByText(text.preview.cancelled)).toBeTruthy();
    expect(actions.createAppendix).toHaveBeenCalledTimes(1);
    expect(actions.sheetNames).toHaveBeenCalledTimes(1);
  });

  test("nothing different: the preview says so", async () => {
    const actions = await openCreateTab();
    actions.createAppendix.mockResolvedValueOnce({
      kind: "preview",
      preview: previewWith({ kept: KEPT, changes: [] }),
    });
    await click(button(text.fromActive));
    const shown = within(previewRegion() as HTMLElement);
    expect(shown.getByText(text.preview.none)).toBeTruthy();
    expect(shown.queryAllByRole("listitem")).toEqual([]);
  });

  test("a table changed since the preview: nothing written, the new preview shown to confirm again", async () => {
    const actions = await openCreateTab();
    const now = previewWith({ kept: KEPT, changes: [{ kind: "renumbered", text: RENUMBERED }] });
    actions.createAppendix
      .mockResolvedValueOnce({ kind: "preview", preview: PREVIEW })
      .mockResolvedValueOnce({ kind: "changed", preview: now });
    await click(button(text.fromActive));
    await click(button(text.preview.confirm));
    expect(screen.getByText(text.preview.changed("Phụ lục"))).toBeTruthy();
    expect(screen.queryByText(/Đã tạo trang/)).toBeNull();
    const shown = within(previewRegion() as HTMLElement);
    expect(shown.getAllByRole("listitem").map((item) => item.textContent)).toEqual([RENUMBERED]);
    expect(actions.sheetNames).toHaveBeenCalledTimes(1);

    await click(button(text.preview.confirm));
    expect(actions.createAppendix).toHaveBeenLastCalledWith({ previewed: now }, { reference: {} });
    expect(await screen.findByText(text.created("Phụ lục (2)"))).toBeTruthy();
  });

  test("editing the form drops the preview: what is confirmed is what was shown", async () => {
    const actions = await openCreateTab();
    actions.createAppendix.mockResolvedValueOnce({ kind: "preview", preview: PREVIEW });
    await click(button(text.fromActive));
    fireEvent.change(screen.getByLabelText(text.planNumber), { target: { value: "02" } });
    expect(previewRegion()).toBeNull();
    expect(screen.queryByRole("button", { name: text.preview.confirm })).toBeNull();
  });

  test("the plan's year and the signing date are separate fields; an empty signing year shows the one assumed", async () => {
    const actions = await openCreateTab();
    const type = (label: string, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type(text.year, "2025");
    type(text.day, "25");
    type(text.month, "12");
    const signedYear = screen.getByLabelText(text.signedYear) as HTMLInputElement;
    expect(signedYear.value).toBe("");
    expect(signedYear.placeholder).toBe("2024");
    expect(screen.getByRole("group", { name: text.signingDate })).toBeTruthy();
    await click(button(text.blank));
    // The blank appendix is written at once.
    expect(actions.createAppendix).toHaveBeenCalledTimes(1);
    expect(actions.createAppendix).toHaveBeenLastCalledWith("blank", {
      year: "2025",
      reference: { day: "25", month: "12" },
    });
    expect(await screen.findByText(text.created("Phụ lục (2)"))).toBeTruthy();
  });
});

describe("on the office-addin-mock workbook, through the real actions", () => {
  test("the preview is one run of one sync; Lập bảng one run that reads again and writes", async () => {
    const [sheet] = readWorkbook(
      readFileSync(path.join(__dirname, "..", "..", "..", "samples", "thuong-lo-2020.xlsx"))
    );
    const excel = mockExcel({ sheets: [{ name: "Phụ lục", grid: sheet.grid }] });
    const runs: number[] = [];
    const actions = actionsOnMock(excel, (syncs) => runs.push(syncs));
    render(<App actions={actions} />);
    await waitFor(() => expect(runs.length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole("tab", { name: paneText.tabs.create }));
    const runsBefore = runs.length;
    await click(button(text.fromActive));
    await waitFor(() => expect(previewRegion()).not.toBeNull());
    expect(runs.slice(runsBefore)).toEqual([1]);
    expect(excel.sheets).toHaveLength(1);
    const shown = within(previewRegion() as HTMLElement);
    expect(shown.getByText(REFERENCE)).toBeTruthy();
    expect(shown.getByText(/Đánh lại số thứ tự 3 dòng: 2,2,1 → 2\.2\.1/)).toBeTruthy();

    await click(shown.getByRole("button", { name: text.preview.confirm }));
    expect(
      await screen.findByText(text.created("Phụ lục (2)") + text.createdUnits("Danh mục"))
    ).toBeTruthy();
    // Read again (1), sheet names (1), units sheet and appendix (2 each); then the picker's reload.
    expect(runs.slice(runsBefore + 1, runsBefore + 2)).toEqual([6]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Phụ lục", "Danh mục", "Phụ lục (2)"]);
  });
});
