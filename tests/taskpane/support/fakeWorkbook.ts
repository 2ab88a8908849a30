import { expect, jest } from "@jest/globals";
import { Grid } from "../../../src/domain/grid";
import { ExcelSheets } from "../../../src/excel/excelContract";
import { createExcelActions, ExcelRun } from "../../../src/taskpane/host/excelActions";

export const CONTEXT = { marker: "one Excel.run" } as unknown as Excel.RequestContext;

/**
 * The Excel adapter replaced by a workbook in memory, under the real actions: `grids` is what
 * readSheet gives, in turn; `runs()` counts the Excel.run calls.
 */
export function fakeWorkbook(
  grids: Grid[],
  names: string[] = ["Phụ lục"],
  errorMessage: (error: unknown) => string = () => "Lỗi Excel."
) {
  let reads = 0;
  const sheets = {
    readSheet: jest.fn(async (context: Excel.RequestContext, sheetName?: string) => {
      expect(context).toBe(CONTEXT);
      return {
        sheetName: sheetName ?? "Phụ lục",
        grid: grids[Math.min(reads++, grids.length - 1)],
      };
    }),
    // The named sheets, the grids in turn as readSheet gives them.
    readSheets: jest.fn<ExcelSheets["readSheets"]>(async (context, sheetNames) => {
      expect(context).toBe(CONTEXT);
      return sheetNames.map((sheetName) => ({
        sheetName,
        grid: grids[Math.min(reads++, grids.length - 1)],
      }));
    }),
    sheetNames: jest.fn(async (context: Excel.RequestContext) => {
      expect(context).toBe(CONTEXT);
      return names;
    }),
    writeSheet: jest.fn<ExcelSheets["writeSheet"]>(async (context, sheet) => {
      expect(context).toBe(CONTEXT);
      const taken = names.some((name) => name.toLowerCase() === sheet.name.toLowerCase());
      return taken ? `${sheet.name} (2)` : sheet.name;
    }),
    writeSheets: jest.fn<ExcelSheets["writeSheets"]>(async (context, written) => {
      expect(context).toBe(CONTEXT);
      return written.map((sheet) => sheet.name);
    }),
    applyFix: jest.fn<ExcelSheets["applyFix"]>(async () => {}),
    setHighlights: jest.fn<ExcelSheets["setHighlights"]>(async () => {}),
    selectCell: jest.fn<ExcelSheets["selectCell"]>(async () => {}),
    addColumns: jest.fn<ExcelSheets["addColumns"]>(async (context) => {
      expect(context).toBe(CONTEXT);
      return { printAreaSet: true };
    }),
  } satisfies ExcelSheets;
  let runs = 0;
  const run: ExcelRun = (batch) => {
    runs++;
    return batch(CONTEXT);
  };
  return { sheets, runs: () => runs, actions: createExcelActions(sheets, run, errorMessage) };
}
