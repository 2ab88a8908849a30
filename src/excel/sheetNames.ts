/**
 * The names of the workbook's sheets, in workbook order. One context.sync.
 * Requirement set: ExcelApi 1.1.
 */
export async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}
