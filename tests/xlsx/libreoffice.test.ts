import { afterAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { pathToFileURL } from "url";
import { amountInWords } from "../../src/domain/amountInWords";
import { BLANK_REFERENCE, itemTotal, planFromTable } from "../../src/domain/appendixPlan";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { cellText } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { appendixSheet } from "../../src/sheet/appendixSheet";
import { DEFAULT_UNITS, unitsRange, unitsSheet } from "../../src/sheet/unitsSheet";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";

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

function soffice(): string {
  const found = (process.env.PATH ?? "")
    .split(path.delimiter)
    .flatMap((dir) => [path.join(dir, "soffice"), path.join(dir, "soffice.exe")])
    .find((file) => existsSync(file));
  if (!found) {
    throw new Error(
      "soffice (LibreOffice) is not on PATH: install it (Debian/Ubuntu: sudo apt-get install " +
        "libreoffice-calc-nogui) to run the real-engine check of the written formulas."
    );
  }
  return found;
}

/**
 * A fresh LibreOffice profile told to recalculate .xlsx formulas on load. By default LibreOffice
 * keeps the results saved in the file, and then this test would check only our own sums.
 */
function freshProfile(): string {
  const profile = path.join(folder, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(profile).href;
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
      const command = soffice();
      const [source] = readWorkbook(readFileSync(sample));
      const read = readAppendix(source.grid);
      const plan = planFromTable(
        read,
        "Nhiệm vụ cụ thể triển khai công tác cải cách hành chính năm 2020",
        { ...BLANK_REFERENCE, planNumber: "01", year: "2020", issuer: "UBND xã Thượng Lộ" }
      );
      const { sheet, layout } = appendixSheet(plan, "Phụ lục", unitsRange("Danh mục"));
      const data = await writeSheets([sheet, unitsSheet("Danh mục", DEFAULT_UNITS)]);
      const input = path.join(folder, "phu-luc.xlsx");
      writeFileSync(input, await withWrongResults(data));
      const output = path.join(folder, "recalculated");

      const run = spawnSync(
        command,
        [
          `-env:UserInstallation=${freshProfile()}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "xlsx",
          "--outdir",
          output,
          input,
        ],
        { encoding: "utf8", timeout: TIMEOUT - 20_000 }
      );
      const result = path.join(output, "phu-luc.xlsx");
      if (run.status !== 0 || !existsSync(result)) {
        throw new Error(
          `soffice failed (status ${run.status}, ${run.error ?? "no error"}):\n${run.stdout}\n${run.stderr}`
        );
      }

      const sheets = readWorkbook(readFileSync(result));
      expect(sheets.map((s) => s.name)).toEqual(["Phụ lục", "Danh mục"]);
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
