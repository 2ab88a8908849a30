/** @jest-environment jsdom */
// office-addin-mock takes only the OfficeApp names from office-addin-manifest, whose full package jest
// cannot load (ESM inside); its officeApp module alone is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

import "../support/jsdom";
import { describe, expect, jest, test } from "@jest/globals";
import { render, screen } from "@testing-library/react";
import { readDelimited } from "../../../src/domain/delimitedText";
import { AddTrackingColumns } from "../../../src/taskpane/tracking/AddTrackingColumns";
import { trackingPaneText } from "../../../src/taskpane/tracking/trackingText";
import { mockExcel } from "../../excel/mockExcel";
import { click } from "../support/events";
import { fakeActions, officeError, SHEET, TRANSLATED } from "../support/fakeActions";
import { actionsOnMock, muteConsoleError } from "../support/inExcel";
import { sampleText } from "../support/sample";

muteConsoleError();

const button = () => screen.getByRole("button", { name: trackingPaneText.add });

describe("Thêm cột theo dõi in the pane", () => {
  test("one click adds the columns to the sheet given and says so", async () => {
    const actions = fakeActions();
    const onAdded = jest.fn();
    render(<AddTrackingColumns actions={actions} sheetName={SHEET} onAdded={onAdded} />);
    expect(screen.queryByText("Đã thêm các cột theo dõi.")).toBeNull();
    await click(button());
    expect(actions.addTrackingColumns).toHaveBeenCalledTimes(1);
    expect(actions.addTrackingColumns).toHaveBeenCalledWith(SHEET);
    expect(screen.getByText("Đã thêm các cột theo dõi.")).toBeTruthy();
    expect(onAdded).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "added", range: "H6:K60" })
    );
  });

  test("a refusal is shown as the use case words it, and nothing is reported added", async () => {
    const actions = fakeActions();
    actions.addTrackingColumns.mockResolvedValueOnce({
      kind: "already",
      sheetName: SHEET,
      message: "Bảng đã có cột theo dõi (H6:K6); không thêm lần nữa.",
    });
    const onAdded = jest.fn();
    render(<AddTrackingColumns actions={actions} onAdded={onAdded} />);
    await click(button());
    expect(screen.getByText("Bảng đã có cột theo dõi (H6:K6); không thêm lần nữa.")).toBeTruthy();
    expect(onAdded).not.toHaveBeenCalled();
  });

  test("Excel's error, in Vietnamese", async () => {
    const actions = fakeActions();
    actions.addTrackingColumns.mockRejectedValueOnce(officeError("ItemNotFound", "not found"));
    render(<AddTrackingColumns actions={actions} sheetName="Đã xóa" />);
    await click(button());
    expect(screen.getByText(TRANSLATED.ItemNotFound)).toBeTruthy();
  });

  test("over the real actions on a mock workbook: the sample gets the four columns in one Excel.run", async () => {
    const excel = mockExcel({ sheets: [{ name: SHEET, grid: readDelimited(sampleText, "\t") }] });
    const runs: number[] = [];
    render(<AddTrackingColumns actions={actionsOnMock(excel, (syncs) => runs.push(syncs))} />);
    await click(button());
    expect(await screen.findByText(/^Đã thêm các cột theo dõi/)).toBeTruthy();
    expect(runs).toEqual([3]);
    const header = [...excel.sheet(SHEET).cells.entries()]
      .filter(([, cell]) => cell.value === "Tiến độ")
      .map(([address]) => address);
    expect(header).toHaveLength(1);
  });
});
