/** @jest-environment jsdom */
import "../support/jsdom";
import { afterEach, describe, expect, test } from "@jest/globals";
import { render, screen } from "@testing-library/react";
import { ExcelVersionNotice } from "../../../src/taskpane/host/ExcelVersionNotice";
import { missingExcelFeatures } from "../../../src/taskpane/host/officeHost";
import { paneText } from "../../../src/taskpane/paneText";

/*
 * The pane's note on an older Excel (src/taskpane/host/ExcelVersionNotice.tsx), from what office.js says
 * the host supports: the same checks as the adapter's API-set tests (src/excel/apiSupport.ts).
 */

const globals = globalThis as unknown as Record<string, unknown>;

/** office.js in an Excel with ExcelApi up to `excelApi`, and custom functions or not. */
function excel(excelApi: string, customFunctions: boolean) {
  const [major, minor] = excelApi.split(".").map(Number);
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") => {
          const [wantMajor, wantMinor] = version.split(".").map(Number);
          if (name === "ExcelApi")
            return wantMajor < major || (wantMajor === major && wantMinor <= minor);
          return name === "CustomFunctionsRuntime" && customFunctions;
        },
      },
    },
  };
}

afterEach(() => {
  delete globals.Office;
});

describe("what the pane says is missing", () => {
  test("Excel 2019 with a volume licence (ExcelApi 1.8, no custom functions)", () => {
    excel("1.8", false);
    expect(missingExcelFeatures()).toEqual([
      "hiddenRows",
      "mergedAreas",
      "printSetup",
      "customFunctions",
    ]);
  });

  test("Excel 2019 before its updates (1.7) lacks data validation too", () => {
    excel("1.7", false);
    expect(missingExcelFeatures()).toContain("dataValidation");
  });

  test("Excel 2021 (1.14, custom functions) and Microsoft 365 lack nothing", () => {
    excel("1.14", true);
    expect(missingExcelFeatures()).toEqual([]);
    excel("1.20", true);
    expect(missingExcelFeatures()).toEqual([]);
  });

  test("an Excel with merged areas but no custom functions", () => {
    excel("1.13", false);
    expect(missingExcelFeatures()).toEqual(["customFunctions"]);
  });

  test("nothing without office.js (outside Excel)", () => {
    expect(missingExcelFeatures()).toEqual([]);
  });
});

describe("the note", () => {
  test("one short Vietnamese note naming what is missing on Excel 2019", () => {
    excel("1.8", false);
    render(<ExcelVersionNotice missing={missingExcelFeatures()} />);
    const text = paneText.excelVersion;
    const note = screen.getByText(
      text.note([text.hiddenRows, text.mergedAreas, text.printSetup, text.customFunctions])
    );
    expect(note.textContent).toContain("=PHULUC.BANGCHU");
    expect(note.textContent).toContain("Các chức năng khác vẫn dùng bình thường");
    expect(note.textContent?.length).toBeLessThan(400);
  });

  test("nothing on a current Excel", () => {
    excel("1.20", true);
    const { container } = render(<ExcelVersionNotice missing={missingExcelFeatures()} />);
    expect(container.textContent).toBe("");
  });

  test("what it is given: it asks office.js nothing itself", () => {
    excel("1.8", false);
    render(<ExcelVersionNotice missing={["dataValidation"]} />);
    expect(
      screen.getByText(paneText.excelVersion.note([paneText.excelVersion.dataValidation]))
    ).toBeTruthy();
  });
});
