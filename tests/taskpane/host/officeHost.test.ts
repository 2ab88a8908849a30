import { afterEach, describe, expect, test } from "@jest/globals";
import { isDark, startOffice } from "../../../src/taskpane/host/officeHost";

const globals = globalThis as unknown as Record<string, unknown>;

function fakeOffice(
  host: string | null,
  bodyBackgroundColor?: string,
  isSetSupported?: (name: string, version?: string) => boolean
) {
  globals.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: async () => ({ host, platform: null }),
    context: {
      officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor },
      requirements: isSetSupported === undefined ? undefined : { isSetSupported },
    },
  };
}

afterEach(() => {
  delete globals.Office;
});

describe("starting the pane", () => {
  test("without office.js (offline, a plain browser) the pane runs outside Excel at once", async () => {
    expect(await startOffice()).toEqual({ inExcel: false, dark: false, missing: [] });
  });

  test("office.js in a plain browser resolves with host null: outside Excel", async () => {
    fakeOffice(null);
    expect(await startOffice()).toEqual({ inExcel: false, dark: false, missing: [] });
  });

  test("in Excel, Office's dark theme gives the dark pane", async () => {
    fakeOffice("Excel", "#262626");
    expect(await startOffice()).toMatchObject({ inExcel: true, dark: true });
    fakeOffice("Excel", "#FFFFFF");
    expect(await startOffice()).toMatchObject({ inExcel: true, dark: false });
    fakeOffice("Excel");
    expect(await startOffice()).toMatchObject({ inExcel: true, dark: false });
  });

  test("in Excel, what this Excel lacks is asked once, before the pane is drawn", async () => {
    // Excel 2019 with a volume licence: ExcelApi up to 1.8, no custom functions.
    fakeOffice("Excel", undefined, (name, version = "1.1") => {
      const [major, minor] = version.split(".").map(Number);
      return name === "ExcelApi" && (major < 1 || (major === 1 && minor <= 8));
    });
    expect((await startOffice()).missing).toEqual([
      "hiddenRows",
      "mergedAreas",
      "printSetup",
      "customFunctions",
    ]);
    fakeOffice("Excel", undefined, () => true);
    expect((await startOffice()).missing).toEqual([]);
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
