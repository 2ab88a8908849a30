import { afterEach, beforeEach, expect, jest } from "@jest/globals";
import { render, waitFor } from "@testing-library/react";
import { excelErrorMessage } from "../../../src/excel/excelErrorMessage";
import { excelSheets } from "../../../src/excel/excelSheets";
import { App } from "../../../src/taskpane/App";
import { createExcelActions } from "../../../src/taskpane/host/excelActions";
import { MockExcel } from "../../excel/mockExcel";
import { fakeActions } from "./fakeActions";

/*
 * What the tests of the pane inside Excel share: console.error muted (and watched) in each test, the
 * pane rendered over fake actions, and the real actions over the office-addin-mock workbook.
 */

// The Excel mock hands loaded values over with setImmediate, as Node does; jsdom has none.
globalThis.setImmediate ??= ((run: () => void) =>
  setTimeout(run, 0)) as unknown as typeof setImmediate;

/** Mutes console.error in every test of the file; `spy` is the current test's spy. */
export function muteConsoleError(): { spy: jest.SpiedFunction<typeof console.error> } {
  const muted = {} as { spy: jest.SpiedFunction<typeof console.error> };
  beforeEach(() => {
    muted.spy = jest.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => muted.spy.mockRestore());
  return muted;
}

/** The pane in Excel over `actions`, once it has asked for the sheet names. */
export async function renderInExcel(actions = fakeActions()) {
  render(<App actions={actions} />);
  await waitFor(() => expect(actions.sheetNames).toHaveBeenCalledTimes(1));
  return actions;
}

/** The real actions and Excel adapter on a mock workbook; `afterRun` hears each Excel.run's syncs. */
export function actionsOnMock(excel: MockExcel, afterRun: (syncs: number) => void) {
  return createExcelActions(
    excelSheets,
    async (batch) => {
      const before = excel.syncCount;
      try {
        return await batch(excel.context);
      } finally {
        afterRun(excel.syncCount - before);
      }
    },
    excelErrorMessage
  );
}
