import { afterAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { Finding } from "../../src/domain/finding";
import { cellText, columnNumber, Grid } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { findingsSheet } from "../../src/sheet/findingsSheet";
import { CellDescription, SheetDescription } from "../../src/sheet/sheetDescription";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";
import { convertWithLibreOffice } from "../support/libreOffice";

/**
 * The findings sheet as the add-in writes it beside the sheet it checked, written as .xlsx from the
 * same description and opened by LibreOffice Calc: its links keep their formulas and point at the
 * cells of the findings, its text stays text, its print setup survives.
 *
 * A link's target is the text after "#": LibreOffice follows it by parsing it as a reference, trying
 * its own syntax, then Excel's A1 syntax ('Sheet'!G7), the same parser INDIRECT falls back to. A probe
 * sheet asks INDIRECT for the row, column, sheet and value each target names, so a real engine shows
 * that every link lands on the cell of its finding.
 */
const sample = path.join(__dirname, "..", "..", "samples", "thuong-lo-2020.xlsx");
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-findings-"));
const TIMEOUT = 240_000;
/** A name to quote: spaces, Vietnamese letters and an apostrophe. */
const CHECKED = "PL Ea H'Leo";
const PROBE = "Dò";

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** LibreOffice converts INPUT to FILTER in OUTDIR; returns the converted file, named `result` there. */
function convert(input: string, filter: string, outdir: string, result: string): string {
  return convertWithLibreOffice({
    input,
    filter,
    outdir,
    result,
    profileFolder: folder,
    timeout: TIMEOUT / 4,
    purpose: "the real-engine check of the findings workbook",
  });
}

/** The checked sheet again: its cells at their addresses, strings as text. */
function copyOf(grid: Grid, name: string): SheetDescription {
  const blank = (count: number) => Array.from({ length: count }, () => undefined);
  return {
    name,
    columns: [],
    rows: [
      ...blank(grid.firstRow - 1).map(() => ({ cells: [] })),
      ...grid.rows.map((cells) => ({
        cells: [
          ...blank(grid.firstColumn - 1),
          ...Array.from(cells, (cell): CellDescription | undefined =>
            cell?.value === null || cell?.value === undefined || typeof cell.value === "boolean"
              ? undefined
              : { value: cell.value, style: { numberFormat: cell.value === "" ? undefined : "@" } }
          ),
        ],
      })),
    ],
    merges: [],
    validations: [],
  };
}

/** The target of a =HYPERLINK("#…","…") formula, without its "#". */
function linkTarget(formula: string): string {
  const match = /^=?HYPERLINK\("#((?:[^"]|"")*)","[A-Z]+\d+"\)$/.exec(formula);
  if (!match) throw new Error(`not a link: ${formula}`);
  return match[1].replace(/""/g, '"');
}

describe("LibreOffice Calc opens the findings sheet written beside the checked one", () => {
  test(
    "links land on their cells, text stays text, the header repeats on print",
    async () => {
      const [source] = readWorkbook(readFileSync(sample));
      const grid = source.grid;
      const extra = (cell: string, message: string, hint: string, number: string): Finding => ({
        rule: "budget.format",
        severity: "info",
        row: Number(/\d+$/.exec(cell)?.[0]),
        cell,
        number,
        message,
        expected: null,
        actual: null,
        hint,
      });
      const findings = [
        ...checkAppendix(readAppendix(grid)),
        extra("B8", "- Dòng bắt đầu bằng gạch đầu dòng.", "=SUM(G6:G7)", "+84"),
        extra("C9", "@nhắc", "-1", "=1+1"),
      ];
      expect(findings.length).toBeGreaterThan(10);
      const { sheet, layout } = findingsSheet({
        sheet: CHECKED,
        date: new Date(2025, 2, 5),
        findings,
        links: true,
      });

      // The probe: what each link's target names, as the engine reads it.
      const targets = layout.ordered.map((_, i) =>
        linkTarget(sheet.rows[layout.firstRow - 1 + i].cells[1]?.formula ?? "")
      );
      const probe: SheetDescription = {
        name: PROBE,
        columns: [],
        rows: targets.map((target) => {
          const at = `INDIRECT("${target.replace(/"/g, '""')}")`;
          return {
            cells: [
              { formula: `=ROW(${at})` },
              { formula: `=COLUMN(${at})` },
              { formula: `=_xlfn.SHEET(${at})` },
              { formula: `=${at}&""` },
            ],
          };
        }),
        merges: [],
        validations: [],
      };

      const input = path.join(folder, "ket-qua.xlsx");
      writeFileSync(input, await writeSheets([copyOf(grid, CHECKED), sheet, probe]));

      // Recalculated and saved again as .xlsx.
      const saved = convert(input, "xlsx", path.join(folder, "xlsx"), "ket-qua.xlsx");
      const sheets = readWorkbook(readFileSync(saved));
      expect(sheets.map((s) => s.name)).toEqual([CHECKED, "Kết quả kiểm tra", PROBE]);
      const written = sheets[1].grid.rows;
      const probed = sheets[2].grid.rows;
      layout.ordered.forEach((finding, i) => {
        const row = written[layout.firstRow - 1 + i];
        // The link is still a formula, showing the address.
        expect(row[1]).toMatchObject({
          formula: `HYPERLINK("#'PL Ea H''Leo'!${finding.cell}","${finding.cell}")`,
          value: finding.cell,
        });
        const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(finding.cell) as RegExpExecArray;
        const original = grid.rows[Number(digits) - 1]?.[columnNumber(letters) - 1];
        expect({ cell: finding.cell, probe: probed[i].map((cell) => cell?.value) }).toEqual({
          cell: finding.cell,
          probe: [Number(digits), columnNumber(letters), 1, cellText(original)],
        });
      });

      // Text that looks like a formula is text, in the file as LibreOffice saved it.
      const texts = written.flatMap((cells) => Array.from(cells, (cell) => cell));
      for (const value of ["- Dòng bắt đầu bằng gạch đầu dòng.", "=SUM(G6:G7)", "+84", "@nhắc"]) {
        expect(texts).toContainEqual({ value });
      }
      for (const value of ["-1", "=1+1"]) expect(texts).toContainEqual({ value });
      expect(texts.filter((cell) => cell?.formula !== undefined)).toHaveLength(findings.length);

      // The header row repeats on every printed page; A4 landscape, fitted to the page width.
      const zip = await JSZip.loadAsync(readFileSync(saved));
      const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      const titles = /<definedName([^>]*)>([^<]*)<\/definedName>/.exec(workbookXml);
      expect(titles?.[1]).toContain('name="_xlnm.Print_Titles"');
      expect(titles?.[1]).toContain('localSheetId="1"');
      expect(titles?.[2].replace(/&apos;/g, "'")).toBe("'Kết quả kiểm tra'!$4:$4");
      const sheetXml = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
      expect(sheetXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
      expect(sheetXml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
      expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="true"\/>/);

      // As .csv, the findings sheet (the 2nd) shows the links' addresses and the text as typed.
      const csvFilter =
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2";
      const csv = readFileSync(
        convert(input, csvFilter, path.join(folder, "csv"), "ket-qua-Kết quả kiểm tra.csv"),
        "utf8"
      );
      const lines = csv.split(/\r?\n/);
      expect(lines[0]).toBe('"Kết quả kiểm tra trang “PL Ea H\'Leo”, ngày 05/03/2025",,,,,');
      expect(lines[3]).toBe("Mức độ,Ô,TT,Quy tắc,Nội dung,Gợi ý sửa");
      expect(lines[4].startsWith(`Lỗi,${layout.ordered[0].cell},`)).toBe(true);
      expect(csv).toContain(`B8,+84,budget.format,- Dòng bắt đầu bằng gạch đầu dòng.,=SUM(G6:G7)`);
      expect(csv).toContain(`C9,=1+1,budget.format,@nhắc,-1`);
    },
    TIMEOUT
  );
});
