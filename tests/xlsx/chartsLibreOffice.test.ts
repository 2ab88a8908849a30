import { afterAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { writeSheets } from "../../src/xlsx/writeSheet";
import { chartsOf, formulas } from "../support/chartParts";
import { convertWithLibreOffice } from "../support/libreOffice";
import {
  BUDGET_SHEET,
  budgetSheet,
  PROGRESS_SHEET,
  progressSheet,
  SECTIONS,
  STATUSES,
} from "../support/chartSheets";

/**
 * The real-engine check of the charts the .xlsx writer adds: LibreOffice Calc opens a written workbook
 * with a pie and a clustered column chart, prints it to PDF (the charts are drawn, titles and legends in
 * Vietnamese) and saves it again as .xlsx, from which the charts are read back: LibreOffice understood
 * each chart's type and the cells its data come from.
 */
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-charts-"));
/** LibreOffice's first start with a fresh profile is slow; CI machines are slower still. */
const TIMEOUT = 240_000;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function convert(input: string, format: string): string {
  return convertWithLibreOffice({
    input,
    filter: format,
    outdir: path.join(folder, format),
    result: `${path.basename(input, path.extname(input))}.${format}`,
    profileFolder: folder,
    timeout: TIMEOUT - 20_000,
    purpose: "the check of the written charts",
  });
}

async function writtenWorkbook(): Promise<string> {
  const input = path.join(folder, "bao-cao.xlsx");
  writeFileSync(input, await writeSheets([progressSheet(), budgetSheet()]));
  return input;
}

/** The text of each page of a PDF, by poppler's pdftotext. */
function pdfPages(pdf: string): string[] {
  const run = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (run.status !== 0) {
    throw new Error(
      `pdftotext failed (${run.error ?? `status ${run.status}`}): install poppler-utils ` +
        `(Debian/Ubuntu: sudo apt-get install poppler-utils).\n${run.stderr}`
    );
  }
  return run.stdout.split("\f").filter((page) => page.trim() !== "");
}

/**
 * Each page of a PDF as pixels, by poppler's pdftoppm at a low resolution: width, height and RGB bytes
 * (binary PPM: a "P6 width height 255" header, then three bytes a pixel).
 */
function pdfImages(pdf: string): { width: number; height: number; rgb: Buffer }[] {
  const prefix = path.join(folder, "page");
  const run = spawnSync("pdftoppm", ["-r", "30", pdf, prefix]);
  if (run.status !== 0)
    throw new Error(`pdftoppm failed (${run.error ?? `status ${run.status}`}): ${run.stderr}`);
  return readdirSync(folder)
    .filter((name) => name.startsWith("page") && name.endsWith(".ppm"))
    .sort()
    .map((name) => {
      const data = readFileSync(path.join(folder, name));
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"));
      if (!header) throw new Error(`${name} is not a binary PPM`);
      return {
        width: Number(header[1]),
        height: Number(header[2]),
        rgb: data.subarray(header[0].length),
      };
    });
}

/** Pixels of the image within 10 of the colour ("RRGGBB") in each channel. */
function pixelsOf(image: { rgb: Buffer }, color: string): number {
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(color.slice(at, at + 2), 16));
  let count = 0;
  for (let i = 0; i + 2 < image.rgb.length; i += 3) {
    const near =
      Math.abs(image.rgb[i] - r) <= 10 &&
      Math.abs(image.rgb[i + 1] - g) <= 10 &&
      Math.abs(image.rgb[i + 2] - b) <= 10;
    if (near) count++;
  }
  return count;
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

describe("LibreOffice Calc reads the written charts", () => {
  test(
    "printed to PDF: both charts drawn, with their titles, legends and labels",
    async () => {
      const pages = pdfPages(convert(await writtenWorkbook(), "pdf"));
      // Each sheet fits one page wide and its chart sits beside or under its table.
      expect(pages).toHaveLength(2);
      const [progress, budget] = pages;
      // The chart's title is in no cell.
      expect(progress).toContain("Tiến độ thực hiện nhiệm vụ");
      // Each status is in its cell and in the pie's legend.
      for (const status of STATUSES) expect(occurrences(progress, status)).toBe(2);
      expect(budget).toContain("Kinh phí kế hoạch và đã sử dụng theo mục");
      // Each section is in its cell and under its columns; the series' names in the header and legend.
      for (const section of SECTIONS) expect(occurrences(budget, section)).toBe(2);
      expect(occurrences(budget, "Đã sử dụng")).toBe(2);
      // The value axis reaches past the highest amount, 15 000 000, its thousands grouped ("#,##0",
      // with the separator of LibreOffice's locale).
      expect(budget).toMatch(/\b16[,.\u00a0 ]000[,.\u00a0 ]000\b/);
    },
    TIMEOUT
  );

  test(
    "printed in colour: every slice and every series filled with the colour described",
    async () => {
      const [progress, budget] = pdfImages(convert(await writtenWorkbook(), "pdf"));
      const [pie] = progressSheet().charts ?? [];
      const [columns] = budgetSheet().charts ?? [];
      // A slice or a column drawn without its fill (no theme in the file) has no such pixels.
      for (const color of pie.colors) expect(pixelsOf(progress, color)).toBeGreaterThan(40);
      for (const color of columns.colors) expect(pixelsOf(budget, color)).toBeGreaterThan(40);
    },
    TIMEOUT
  );

  test(
    "saved again as .xlsx: each sheet keeps its chart, its type and the ranges of its data",
    async () => {
      const resaved = convert(await writtenWorkbook(), "xlsx");
      const zip = await JSZip.loadAsync(readFileSync(resaved));

      const [pie, ...otherPies] = await chartsOf(zip, PROGRESS_SHEET);
      expect(otherPies).toEqual([]);
      expect(pie).toContain("<c:pieChart>");
      expect(pie).toContain("Tiến độ thực hiện nhiệm vụ");
      expect(formulas(pie).filter((f) => f.includes("!"))).toEqual([
        "'Báo cáo quý I'!$B$5:$B$8",
        "'Báo cáo quý I'!$C$5:$C$8",
      ]);
      expect(pie).toContain("<c:v>Số nhiệm vụ</c:v>");

      const [columns, ...otherColumns] = await chartsOf(zip, BUDGET_SHEET);
      expect(otherColumns).toEqual([]);
      expect(columns).toContain("<c:barChart>");
      expect(columns).toContain('<c:barDir val="col"/>');
      expect(columns).toContain('<c:grouping val="clustered"/>');
      expect(columns.match(/<c:ser>/g)).toHaveLength(2);
      expect(formulas(columns).filter((f) => f.includes("!"))).toEqual([
        "'Kinh phí Ea H''Leo'!$B$5:$B$7",
        "'Kinh phí Ea H''Leo'!$C$5:$C$7",
        "'Kinh phí Ea H''Leo'!$B$5:$B$7",
        "'Kinh phí Ea H''Leo'!$D$5:$D$7",
      ]);
      expect(columns).toContain("<c:v>Kế hoạch</c:v>");
      expect(columns).toContain("<c:v>Đã sử dụng</c:v>");
    },
    TIMEOUT
  );
});
