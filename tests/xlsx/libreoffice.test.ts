import { afterAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { amountInWords } from "../../src/domain/amountInWords";
import { BLANK_REFERENCE, itemTotal, planFromTable } from "../../src/domain/appendixPlan";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { cellText } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { appendixSheet } from "../../src/sheet/appendixSheet";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../../src/sheet/unitsSheet";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";
import { convertWithLibreOffice } from "../support/libreOffice";

/**
 * The real-engine check: the appendix of the bundled sample is written as .xlsx, LibreOffice Calc
 * opens it, recalculates every formula and saves it, and what it computed is read back and checked
 * by the core. The formulas are the ones Excel gets from the same sheet description.
 */
const sample = path.join(__dirname, "..", "..", "samples", "thuong-lo-2020.xlsx");
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-libreoffice-"));
/** LibreOffice's first start with a fresh profile is slow; CI machines are slower still. */
const TIMEOUT = 240_000;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The appendix plan of the bundled sample, as `phuluc new --from` makes it. */
function samplePlan() {
  const [source] = readWorkbook(readFileSync(sample));
  return planFromTable(
    readAppendix(source.grid),
    "Nhiệm vụ cụ thể triển khai công tác cải cách hành chính năm 2020",
    { ...BLANK_REFERENCE, planNumber: "01", year: "2020", issuer: "UBND xã Thượng Lộ" }
  );
}

/** LibreOffice converts INPUT to FORMAT ("xlsx", "pdf") in OUTPUT; the path of what it wrote. */
function convert(input: string, format: string, output: string): string {
  return convertWithLibreOffice({
    input,
    filter: format,
    outdir: output,
    result: `${path.basename(input, path.extname(input))}.${format}`,
    profileFolder: folder,
    timeout: TIMEOUT - 20_000,
    purpose: "the real-engine check of the written formulas",
  });
}

/** Replaces every saved formula result with -1: a -1 read back means LibreOffice did not recalculate. */
async function withWrongResults(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const name = "xl/worksheets/sheet1.xml";
  const xml = (await zip.file(name)?.async("string")) ?? "";
  expect(xml).toMatch(/<\/f><v>/);
  zip.file(name, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1<v>-1</v>"));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("LibreOffice Calc computes the written appendix as the core does", () => {
  test(
    "subtotals, total and words of the sample after a real recalculation",
    async () => {
      const { sheet, layout } = appendixSheet(samplePlan(), "Phụ lục", unitsRange("Danh mục"));
      const data = await writeSheets([sheet, unitsSheet("Danh mục", DEFAULT_UNITS)]);
      const input = path.join(folder, "phu-luc.xlsx");
      writeFileSync(input, await withWrongResults(data));
      const result = convert(input, "xlsx", path.join(folder, "recalculated"));

      const sheets = readWorkbook(readFileSync(result));
      // The units list stays hidden through LibreOffice's saving.
      expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
        ["Phụ lục", false],
        ["Danh mục", true],
      ]);
      const grid = sheets[0].grid;
      const amountAt = (row: number) => grid.rows[row - 1][6];

      // Every subtotal as LibreOffice computed it is the core's figure, and is still a formula.
      let subtotals = 0;
      for (const [planItem, row] of layout.itemRows) {
        const cell = amountAt(row);
        if (cell?.formula === undefined) continue;
        subtotals++;
        expect({ row, value: cell.value }).toEqual({ row, value: itemTotal(planItem) });
      }
      // 1, 1.2, 1.3, 1.3.1, 1.5, 1.5.1, 1.5.2, 5, 7, 7.1, 7.1.4.
      expect(subtotals).toBe(11);

      // By hand, from samples/thuong-lo-2020.txt, every group being the sum of its children:
      // 1 = 1.2 + 1.3 + 1.5 = 3.960.000 + 1.100.000 + 6.840.000 = 11.900.000 (the table says
      //     12.900.000: once group 1 is a formula the 1.000.000 typo is gone);
      // 5 = 5.3 = 18.000.000 (the 18.000.000 on 5.2 is group 5's subtotal written one level too low,
      //     as the checker reads it: it goes back to group 5 instead of being counted twice);
      // 7 = 7.1 = 7.1.4 = 4.000.000;
      // total = 11.900.000 + 18.000.000 + 4.000.000 = 33.900.000.
      const groupRow = (number: string) =>
        [...layout.itemRows].find(([planItem]) => planItem.number === number)?.[1] as number;
      expect(amountAt(groupRow("1")).value).toBe(11_900_000);
      expect(amountAt(groupRow("5")).value).toBe(18_000_000);
      expect(amountAt(groupRow("7")).value).toBe(4_000_000);
      expect(amountAt(layout.totalRow)).toEqual({
        value: 33_900_000,
        formula: "SUM(G6,G32,G42,G65,G72,G82,G88)",
        bold: true,
      });
      expect(layout.total).toBe(33_900_000);
      expect(cellText(grid.rows[layout.wordsRow - 1][0])).toBe(
        "Bằng chữ: Ba mươi ba triệu chín trăm nghìn đồng."
      );
      expect(amountInWords(33_900_000)).toBe("Ba mươi ba triệu chín trăm nghìn đồng");

      // The core's own check of what LibreOffice saved finds no sum, total or words at fault.
      const recalculated = readAppendix(grid);
      expect(recalculated.total?.amount).toEqual({ kind: "amount", value: 33_900_000 });
      expect(recalculated.words?.row).toBe(layout.wordsRow);
      const rules = checkAppendix(recalculated).map((finding) => finding.rule);
      for (const rule of [
        "subtotal.mismatch",
        "subtotal.formula",
        "total.mismatch",
        "total.missing",
        "total.words",
        "budget.negative",
      ]) {
        expect(rules).not.toContain(rule);
      }
    },
    TIMEOUT
  );
});

/** Runs poppler's pdftotext with the arguments; what it printed. */
function pdftotext(...args: string[]): string {
  const run = spawnSync("pdftotext", [...args, "-"], { encoding: "utf8" });
  if (run.error || run.status !== 0) {
    throw new Error(
      `pdftotext failed (${run.error ?? `status ${run.status}`}): install poppler-utils ` +
        `(Debian/Ubuntu: sudo apt-get install poppler-utils) to read the printed appendix.\n${run.stderr}`
    );
  }
  return run.stdout;
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of each page with their boxes (points from the top left), from pdftotext -bbox. */
function pageWords(pdf: string): Word[][] {
  const number = (attributes: string, name: string) =>
    Number(new RegExp(`${name}="([^"]+)"`).exec(attributes)?.[1]);
  return pdftotext("-bbox", pdf)
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, attributes, text]) => ({
        text,
        xMin: number(attributes, "xMin"),
        yMin: number(attributes, "yMin"),
        xMax: number(attributes, "xMax"),
        yMax: number(attributes, "yMax"),
      }))
    );
}

/**
 * Two words printed over each other. The boxes of two lines of one cell touch (a box is taller than
 * the line spacing), so words count as overlapping only when they share more than half their height.
 */
function overlapping(a: Word, b: Word): boolean {
  const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return width > 1 && height > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
}

describe("LibreOffice prints the written appendix readably", () => {
  test(
    "no text over other text, page numbers centred at the top from page 2, no units list",
    async () => {
      const { sheet } = appendixSheet(samplePlan(), "Phụ lục", unitsRange("Danh mục"));
      const input = path.join(folder, "in-an.xlsx");
      writeFileSync(input, await writeSheets([sheet, unitsSheet("Danh mục", DEFAULT_UNITS)]));
      const pdf = convert(input, "pdf", path.join(folder, "printed"));

      const pages = pageWords(pdf);
      // Every page is the appendix's, with its header row: the hidden units list is not printed.
      const table = pages.filter((words) => words.some((word) => word.text === "Nhiệm"));
      expect(table.length).toBe(pages.length);
      expect(table.length).toBeGreaterThanOrEqual(3);
      // "Quân sự xã" is in the list and nowhere in the sample's table.
      expect(pages.flat().some((word) => word.text === "Quân")).toBe(false);
      // Wrapped task names, leads and schedules stay inside rows tall enough for them.
      table.forEach((words, page) => {
        const clashes = words.flatMap((a, i) =>
          words
            .slice(i + 1)
            .filter((b) => overlapping(a, b))
            .map((b) => `page ${page + 1}: "${a.text}" over "${b.text}"`)
        );
        expect(clashes).toEqual([]);
      });

      // Nghị định 30: the number centred in the header, none on the first page. The header is what
      // is printed above the top margin (20 mm, 57 points) of the landscape A4 page (842 points wide).
      const header = (page: number) =>
        pdftotext(
          "-f",
          `${page}`,
          "-l",
          `${page}`,
          "-x",
          "0",
          "-y",
          "0",
          "-W",
          "842",
          "-H",
          "50",
          pdf
        )
          .replace(/\f/g, "")
          .trim();
      expect(header(1)).toBe("");
      expect(header(2)).toBe("2");
      expect(header(3)).toBe("3");
      // Centred between the left and right margins.
      const margins = sheet.print?.margins ?? { left: 0, right: 0 };
      const points = (mm: number) => (mm * 72) / 25.4;
      const centre = (points(margins.left) + 842 - points(margins.right)) / 2;
      const [two] = pages[1].filter((word) => word.text === "2" && word.yMax < 50);
      expect(Math.abs((two.xMin + two.xMax) / 2 - centre)).toBeLessThan(5);
    },
    TIMEOUT
  );
});
