import { Finding } from "../src/domain/finding";
import { proposeFixes } from "../src/domain/fixes/proposeFixes";
import { Fix } from "../src/domain/fixes/fix";
import { Grid } from "../src/domain/grid";
import { readAppendix } from "../src/domain/readAppendix";
import { applyFix } from "../src/excel/applyFix";
import { setHighlights } from "../src/excel/highlights";
import { readSheet } from "../src/excel/readSheet";
import { selectCell } from "../src/excel/selectCell";
import { writeSheet } from "../src/excel/writeSheet";
import { mockExcel, MockExcel } from "../tests/excel/mockExcel";
import { sampleAppendix } from "../tests/excel/sampleSheets";
import { syntheticAppendix } from "./syntheticAppendix";

/*
 * How many context.sync calls each Excel command makes, on the office-addin-mock workbook of the
 * adapter's tests (tests/excel/mockExcel.ts). Each sync is a round trip to Excel, much slower than
 * anything done in the pane, so the count must not grow with the table.
 */

const SHEET = "Phụ lục";

export const SYNC_SIZES = [10, 1_000, 10_000];

/** What src/excel/excelContract.ts promises, whatever the number of rows. */
export const SYNC_TARGETS = {
  readSheet: 1,
  writeSheet: 2,
  applyFix: 1,
  setHighlights: 3,
  selectCell: 1,
};

export type SyncCounts = Record<keyof typeof SYNC_TARGETS, number> & {
  /** Cells the applied fix writes, and the findings marked: the size of the work behind the counts. */
  fixEdits: number;
  findings: number;
};

function sheetOf(rows: number): { grid: Grid; excel: MockExcel } {
  const grid: Grid = { firstRow: 1, firstColumn: 1, rows: syntheticAppendix(rows) };
  return { grid, excel: mockExcel({ sheets: [{ name: SHEET, grid }, { name: "Danh mục" }] }) };
}

/** The biggest fix proposed for the table: the generated tables have typed subtotals, not formulas. */
function biggestFix(grid: Grid): Fix {
  const fixes = proposeFixes(readAppendix(grid));
  if (fixes.length === 0) throw new Error("No fix is proposed for the generated appendix");
  return fixes.reduce((big, fix) => (fix.edits.length > big.edits.length ? fix : big));
}

/** One finding per row, errors and warnings in turn, in columns A and G: every row marked. */
function findingsFor(rows: number): Finding[] {
  return Array.from({ length: rows }, (_, i) => ({
    rule: "budget.format",
    severity: i % 3 === 0 ? "error" : "warning",
    row: i + 2,
    cell: `${i % 2 ? "A" : "G"}${i + 2}`,
    number: null,
    message: "",
    expected: null,
    actual: null,
    hint: null,
  }));
}

async function syncsOf(excel: MockExcel, command: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await command();
  return excel.syncCount - before;
}

export async function countSyncs(rows: number): Promise<SyncCounts> {
  const read = sheetOf(rows);
  const readSyncs = await syncsOf(read.excel, () => readSheet(read.excel.context, SHEET));

  const written = mockExcel({ sheets: [] });
  const { sheet } = sampleAppendix(rows);
  const writeSyncs = await syncsOf(written, () => writeSheet(written.context, sheet, true));

  const fixed = sheetOf(rows);
  const fix = biggestFix(fixed.grid);
  const fixSyncs = await syncsOf(fixed.excel, () => applyFix(fixed.excel.context, SHEET, fix));

  const marked = sheetOf(rows);
  const findings = findingsFor(rows);
  const markSyncs = await syncsOf(marked.excel, () =>
    setHighlights(marked.excel.context, SHEET, findings, true)
  );

  const selected = sheetOf(rows);
  const last = `G${selected.grid.rows.length}`;
  const selectSyncs = await syncsOf(selected.excel, () =>
    selectCell(selected.excel.context, SHEET, last)
  );

  return {
    readSheet: readSyncs,
    writeSheet: writeSyncs,
    applyFix: fixSyncs,
    setHighlights: markSyncs,
    selectCell: selectSyncs,
    fixEdits: fix.edits.length,
    findings: findings.length,
  };
}
