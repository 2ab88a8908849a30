/**
 * Which Excel JavaScript API requirement sets this Excel has, asked of office.js at run time
 * (Office.context.requirements.isSetSupported), for the calls above the set manifest.xml declares.
 *
 * manifest.xml declares ExcelApi EXCEL_API_MINIMUM, so that Excel 2019 (ExcelApi up to 1.8, 1.7 before
 * its updates) offers the add-in; everything the adapter calls in that set or below needs no check.
 * Each newer call is one FEATURE here, checked where it is made, with what Excel does without it:
 * - cellFonts (1.9, Range.getCellProperties): bold and italic are not read; no check uses them today;
 * - hiddenRows (1.9, Range.getRowProperties): hidden rows are not known, so a finding on one does not
 *   say the row is hidden and SUBTOTAL(109, …) is read as SUBTOTAL(9, …);
 * - mergedAreas (1.13, Range.getMergedAreasOrNullObject): no merged area is reported (table.merged);
 *   a heading over several amount columns is recognised from the empty cells beside it instead;
 * - rangeAreas (1.9, Worksheet.getRanges): the marks are one conditional format per run of cells down a
 *   column instead of one per severity; they look the same;
 * - dataValidation (1.8, Range.dataValidation): a new sheet has no drop-down list of units and no check
 *   of whole amounts;
 * - printSetup (1.9, Worksheet.pageLayout): a new sheet keeps Excel's page setup (no A4 landscape,
 *   margins, one page wide or repeated header row).
 * Where office.js is not loaded (the tests' Excel mock unless a test gives it an Office of its own), every
 * set counts as supported: nothing but a test has a request context there.
 */

/** The ExcelApi set manifest.xml requires (tests/manifest checks that the two agree). */
export const EXCEL_API_MINIMUM = "1.7";

/** The features the adapter uses above EXCEL_API_MINIMUM, each with the ExcelApi set it needs. */
export const EXCEL_FEATURES = {
  cellFonts: "1.9",
  hiddenRows: "1.9",
  mergedAreas: "1.13",
  rangeAreas: "1.9",
  dataValidation: "1.8",
  printSetup: "1.9",
} as const;

export type ExcelFeature = keyof typeof EXCEL_FEATURES;

/** The part of office.js that answers which requirement sets the host has. */
interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function requirements(): Requirements | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
  const found = office?.context?.requirements;
  return typeof found?.isSetSupported === "function" ? found : undefined;
}

/** Whether this Excel has the requirement set (every set, where office.js is not loaded). */
export function supportsSet(name: string, version: string): boolean {
  const found = requirements();
  return found === undefined ? true : found.isSetSupported(name, version);
}

/** Whether this Excel has what the feature needs. */
export function supports(feature: ExcelFeature): boolean {
  return supportsSet("ExcelApi", EXCEL_FEATURES[feature]);
}

/** The features this Excel lacks, in EXCEL_FEATURES order; [] where office.js is not loaded. */
export function missingFeatures(): ExcelFeature[] {
  return (Object.keys(EXCEL_FEATURES) as ExcelFeature[]).filter((feature) => !supports(feature));
}

/** -1, 0 or 1 as requirement set version `a` ("1.9") is below, equal to or above `b` ("1.13"). */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
