/**
 * Writes the bundled sample workbook from the published appendix of xã Thượng Lộ's 2020 CCHC plan
 * (samples/thuong-lo-2020.txt): its title block, header, bold and italic rows and amounts as numbers,
 * with the blank and page-split rows and the faults of the published table kept as they are.
 *
 *   npm run sample -- [input.txt] [output.xlsx]
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import path from "path";
import { readDelimited } from "../src/domain/delimitedText";
import { cellText } from "../src/domain/grid";
import { readAmount } from "../src/domain/money";

const root = path.resolve(__dirname, "..");
const input = process.argv[2] ?? path.join(root, "samples", "thuong-lo-2020.txt");
const output = process.argv[3] ?? path.join(root, "samples", "thuong-lo-2020.xlsx");

const FONT = "Times New Roman";
const WIDTHS = [7, 46, 18, 18, 24, 26, 14];
const BUDGET_COLUMN = 7;
const thin: Partial<ExcelJS.Border> = { style: "thin" };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

async function main() {
  const lines = readFileSync(input, "utf8").split(/\r?\n/);
  const headerAt = lines.findIndex((line) => line.startsWith("TT\t"));
  const titles = lines
    .slice(0, headerAt)
    .map((line) => line.replace(/\*/g, "").trim())
    .filter((line) => line !== "");
  const table = readDelimited(lines.slice(headerAt).join("\n").trimEnd(), "\t");

  const workbook = new ExcelJS.Workbook();
  // Fixed document dates, so that writing the sample again changes nothing but what changed.
  workbook.created = workbook.modified = new Date(Date.UTC(2020, 0, 6));
  workbook.creator = "Phụ lục";
  const sheet = workbook.addWorksheet("Phụ lục", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));

  titles.forEach((title, i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = title;
    sheet.mergeCells(i + 1, 1, i + 1, WIDTHS.length);
    const italic = title.startsWith("(");
    row.getCell(1).font = { name: FONT, size: i === 0 ? 14 : 13, bold: !italic, italic };
    row.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  const headerRow = titles.length + 2;
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  table.rows.forEach((cells, i) => {
    const row = sheet.getRow(headerRow + i);
    const isHeader = i === 0;
    for (let column = 1; column <= WIDTHS.length; column++) {
      const source = cells[column - 1];
      const cell = row.getCell(column);
      const text = cellText(source);
      const amount = column === BUDGET_COLUMN && !isHeader ? readAmount(text) : null;
      if (amount?.kind === "amount") {
        cell.value = amount.value;
        cell.numFmt = "#,##0";
      } else if (text !== "") {
        cell.value = text;
        if (column === 1) cell.numFmt = "@";
      }
      cell.font = { name: FONT, size: 12, bold: isHeader || source?.bold, italic: source?.italic };
      cell.alignment = {
        vertical: "middle",
        wrapText: true,
        horizontal:
          isHeader || column === 1 ? "center" : column === BUDGET_COLUMN ? "right" : "left",
      };
      cell.border = border;
    }
  });

  await workbook.xlsx.writeFile(output);
  process.stdout.write(
    `Đã ghi ${path.relative(process.cwd(), output)} (${table.rows.length - 1} dòng bảng).\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
