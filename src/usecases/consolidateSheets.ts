import { shownDate, today } from "../domain/calendar";
import { consolidate, Consolidation, SourceInput } from "../domain/consolidation/consolidation";
import { periodAsked } from "../domain/consolidation/sourceFigures";
import { tableSource } from "../domain/consolidation/tableSource";
import { PeriodId } from "../domain/report/periods";
import { findAppendix } from "../domain/readAppendix";
import { ExcelSheets } from "../excel/excelContract";
import { consolidationSheet } from "../sheet/consolidation/consolidationSheet";

/** What the pane's "Tổng hợp" asks: the sheets chosen, and a period when their figures for it are wanted. */
export interface ConsolidateRequest {
  sheetNames: readonly string[];
  period?: PeriodId;
  /** The plans' year; without it each sheet's title's. */
  year?: number;
}

export interface ConsolidateResult {
  summary: Consolidation;
  /** The summary sheet written, under a name no sheet had. */
  sheetName: string;
}

/**
 * "Tổng hợp" in the open workbook: the chosen sheets read together (one sync however many), each
 * appendix found, checked and summed up, a sheet that holds none listed with the reason; then the
 * summary written as a new sheet beside them, none of them changed. Syncs: the names (1), the sheets
 * (1), the new sheet (writeSheets, 1 up to about 10,000 rows).
 */
export async function consolidateSheets(
  context: Excel.RequestContext,
  sheets: Pick<ExcelSheets, "readSheets" | "sheetNames" | "writeSheets">,
  request: ConsolidateRequest,
  now: Date = new Date()
): Promise<ConsolidateResult> {
  const existing = await sheets.sheetNames(context);
  const read = await sheets.readSheets(context, request.sheetNames);
  const period = periodAsked(request.period, request.year);
  const inputs: SourceInput[] = read.map(({ sheetName, grid }) => {
    const found = findAppendix(grid);
    if (!found.found) return { file: sheetName, message: found.message };
    const table = { file: sheetName, sheet: sheetName, grid, appendix: found.appendix };
    return tableSource(table, sheetName, period);
  });
  const summary = consolidate(inputs);
  const sheet = consolidationSheet(summary, shownDate(today(now)), period?.rule.name ?? null);
  const [sheetName] = await sheets.writeSheets(context, [sheet], 0, existing);
  return { summary, sheetName };
}
