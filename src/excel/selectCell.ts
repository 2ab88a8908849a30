/**
 * Activates the sheet and selects the cell (a finding's cell, say). One context.sync.
 * Requirement set: ExcelApi 1.1.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
