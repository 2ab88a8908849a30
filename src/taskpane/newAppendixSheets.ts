import { AppendixPlan } from "../domain/appendixPlan";
import { appendixSheet } from "../sheet/appendixSheet";
import { SheetDescription } from "../sheet/sheetDescription";
import { appendixText } from "../sheet/sheetText";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../sheet/unitsSheet";
import { paneText } from "./paneText";

const sameName = (a: string, b: string) =>
  a.normalize("NFC").toLocaleLowerCase("vi-VN") === b.normalize("NFC").toLocaleLowerCase("vi-VN");

/** The workbook's units sheet (Danh mục), as the workbook spells its name; null when there is none. */
export function existingUnitsSheet(sheetNames: readonly string[]): string | null {
  return sheetNames.find((name) => sameName(name, appendixText.unitsSheet)) ?? null;
}

/** A new units sheet: the usual units of a commune, then the leads the table already names. */
export function newUnitsSheet(leads: readonly string[]): SheetDescription {
  return unitsSheet(appendixText.unitsSheet, [...DEFAULT_UNITS, ...leads]);
}

/** The appendix sheet, its Chủ trì column validated against the units sheet's list. */
export function newAppendixSheet(plan: AppendixPlan, unitsSheetName: string): SheetDescription {
  return appendixSheet(plan, paneText.appendixSheetName, unitsRange(unitsSheetName)).sheet;
}
