import { afterEach, describe, expect, test } from "@jest/globals";
import { isDark, startOffice } from "../../src/taskpane/officeHost";

const globals = globalThis as unknown as Record<string, unknown>;

function fakeOffice(host: string | null, bodyBackgroundColor?: string) {
  globals.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: async () => ({ host, platform: null }),
    context: {
      officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor },
    },
  };
}

afterEach(() => {
  delete globals.Office;
});

describe("starting the pane", () => {
  test("without office.js (offline, a plain browser) the pane runs outside Excel at once", async () => {
    expect(await startOffice()).toEqual({ inExcel: false, dark: false });
  });

  test("office.js in a plain browser resolves with host null: outside Excel", async () => {
    fakeOffice(null);
    expect(await startOffice()).toEqual({ inExcel: false, dark: false });
  });

  test("in Excel, Office's dark theme gives the dark pane", async () => {
    fakeOffice("Excel", "#262626");
    expect(await startOffice()).toEqual({ inExcel: true, dark: true });
    fakeOffice("Excel", "#FFFFFF");
    expect(await startOffice()).toEqual({ inExcel: true, dark: false });
    fakeOffice("Excel");
    expect(await startOffice()).toEqual({ inExcel: true, dark: false });
  });

  test("another Office host is outside Excel", async () => {
    fakeOffice("Word");
    expect((await startOffice()).inExcel).toBe(false);
  });

  test.each([
    ["#000000", true],
    ["#262626", true],
    ["#444", true],
    ["#6b6b6b", true],
    ["#a0a0a0", false],
    ["#e6e6e6", false],
    ["#ffffff", false],
    ["", false],
    ["not a colour", false],
  ])("%s is dark: %s", (color, dark) => {
    expect(isDark(color)).toBe(dark);
  });
});
