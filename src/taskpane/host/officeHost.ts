import { missingFeatures, supportsSet } from "../../excel/apiSupport";

/**
 * Where the pane runs: inside Excel (office.js loaded, host Excel) or anywhere else. Everything the
 * pane needs to know of Office is asked here, once, before it is drawn: its components ask nothing.
 */
export interface PaneHost {
  inExcel: boolean;
  /** Office's theme has a dark background. */
  dark: boolean;
  /** What this Excel lacks that the officer would notice; [] outside Excel. */
  missing: MissingFeature[];
}

export const OUTSIDE_EXCEL: PaneHost = { inExcel: false, dark: false, missing: [] };

/**
 * Waits for office.js when it loaded; without it (offline, a plain browser) the pane starts at once,
 * outside Excel. Outside Office, Office.onReady resolves with host null.
 */
export async function startOffice(): Promise<PaneHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return OUTSIDE_EXCEL;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return OUTSIDE_EXCEL;
  return {
    inExcel: true,
    dark: isDark(Office.context?.officeTheme?.bodyBackgroundColor),
    missing: missingExcelFeatures(),
  };
}

/**
 * Whether a "#rrggbb" (or "#rgb") colour is dark: white text contrasts with it better than black
 * (relative luminance below 0.179, where the two contrasts are equal).
 */
export function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match) return false;
  const hex =
    match[1].length === 3
      ? match[1]
          .split("")
          .map((digit) => digit + digit)
          .join("")
      : match[1];
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.179;
}

/** What the officer would notice missing on an older Excel. */
export type MissingFeature =
  "hiddenRows" | "mergedAreas" | "dataValidation" | "printSetup" | "customFunctions";

const NOTICED: readonly MissingFeature[] = [
  "hiddenRows",
  "mergedAreas",
  "dataValidation",
  "printSetup",
];

/**
 * What this Excel lacks that the officer would notice (src/excel/apiSupport.ts says what each needs):
 * hidden rows and merged areas when checking, data validation and print setup on a new appendix, and
 * the custom function PHULUC.BANGCHU (CustomFunctionsRuntime 1.1: not in Excel 2019 with a volume
 * licence). Bold and italic (no check uses them) and how the marks are made (they look the same) are
 * left out. [] where office.js is not loaded, and on a current Excel.
 */
export function missingExcelFeatures(): MissingFeature[] {
  const missing = missingFeatures();
  const noticed = NOTICED.filter((feature) => (missing as string[]).includes(feature));
  if (!supportsSet("CustomFunctionsRuntime", "1.1")) noticed.push("customFunctions");
  return noticed;
}
