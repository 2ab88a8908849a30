import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import path from "path";
import { GridCell, Grid, columnNumber } from "../../src/domain/grid";
import { DEFAULT_SETTINGS } from "../../src/domain/report/reportSettings";
import { reportFromGrid } from "../../src/usecases/makeReport";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";
import { chartsOf, formulas } from "../support/chartParts";
import { convertWithLibreOffice } from "../support/libreOffice";
import { groupBudgetGrid, trackedTableGrid } from "../support/trackedTable";

/**
 * The report's sheets written to .xlsx and recalculated by LibreOffice Calc: every count and sum on
 * them is a formula, and what a real engine makes of the formulas must be the core's figures. The
 * same workbook printed to PDF carries Nghị định 30's header block and the title.
 */
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-report-"));
const TIMEOUT = 240_000;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const outcome = reportFromGrid(
  trackedTableGrid(),
  { period: "q1", date: "2024-03-18" },
  { settings: DEFAULT_SETTINGS, problems: [] },
  []
);
if (outcome.kind !== "report") throw new Error(outcome.message);
const { report, layout, sheets } = outcome;
/** A second report in the same workbook (named "… (2)"): a plan whose budgets sit on group rows. */
const grouped = reportFromGrid(
  groupBudgetGrid(),
  { period: "q1", date: "2024-03-18" },
  { settings: DEFAULT_SETTINGS, problems: [] },
  sheets.map((sheet) => sheet.name)
);
if (grouped.kind !== "report") throw new Error(grouped.message);
const input = path.join(folder, "bao-cao-quy-1.xlsx");

function convert(format: string): string {
  return convertWithLibreOffice({
    input,
    filter: format,
    outdir: path.join(folder, format),
    result: `bao-cao-quy-1.${format}`,
    profileFolder: folder,
    timeout: TIMEOUT - 20_000,
    purpose: "the recalculation of the written report",
  });
}

let recalculated: Map<string, Grid>;
let resaved: JSZip;

beforeAll(async () => {
  writeFileSync(input, await writeSheets([...sheets, ...grouped.sheets]));
  const bytes = readFileSync(convert("xlsx"));
  recalculated = new Map(readWorkbook(bytes).map((sheet) => [sheet.name, sheet.grid]));
  resaved = await JSZip.loadAsync(bytes);
}, TIMEOUT);

function valueAt(sheet: string, address: string): GridCell["value"] {
  const grid = recalculated.get(sheet);
  if (!grid) throw new Error(`LibreOffice's file has no sheet ${sheet}`);
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const row = grid.rows[Number(digits) - grid.firstRow];
  return row?.[columnNumber(letters) - grid.firstColumn]?.value ?? null;
}

describe("the written report, recalculated by LibreOffice Calc", () => {
  test("the summary's formulas come to the core's figures", () => {
    const sheet = sheets[0].name;
    const { summary } = report;
    const figures = {
      ...summary,
      doneRate: summary.done / summary.inPeriod,
      spentRate: summary.spent / summary.planned,
    };
    for (const [line, address] of Object.entries(layout.summary)) {
      const value = valueAt(sheet, address);
      expect({ line, value }).toEqual({
        line,
        value: expect.closeTo(figures[line as keyof typeof figures], 9),
      });
    }
  });

  test("by lead unit: each line's COUNTIFS and SUMIFS over the period sheet's tables, by unit number", () => {
    const sheet = sheets[1].name;
    const lines = report.byUnit.map((_, index) => {
      const grid = recalculated.get(sheet)!;
      const row = grid.rows.find((cells) => cells[1]?.value === report.byUnit[index].unit)!;
      return row.slice(1, 8).map((each) => each?.value);
    });
    expect(lines).toEqual(
      report.byUnit.map((line) => [
        line.unit,
        line.tasks,
        line.done,
        line.overdue,
        expect.closeTo(line.tasks === 0 ? 0 : line.done / line.tasks, 9),
        line.planned,
        line.spent,
      ])
    );
  });

  test("by section: COUNTIFS and SUMIFS over the period sheet's tables, and the total", () => {
    const grid = recalculated.get(sheets[2].name)!;
    const rowOf = (title: string) => grid.rows.find((cells) => cells[1]?.value === title)!;
    for (const line of report.bySection) {
      expect(
        rowOf(line.title)
          .slice(2, 4)
          .map((each) => each?.value)
      ).toEqual([line.tasks, line.done]);
      expect(
        rowOf(line.title)
          .slice(5, 7)
          .map((each) => each?.value)
      ).toEqual([line.planned, line.spent]);
    }
    expect(
      rowOf("Tổng cộng")
        .slice(2, 4)
        .map((each) => each?.value)
    ).toEqual([report.summary.inPeriod + report.summary.onDemand, report.summary.done]);
  });

  test("budgets on group rows: counted once in the summary and in their section, by formulas", () => {
    const sheet = grouped.sheets[0].name;
    expect(valueAt(sheet, grouped.layout.summary.planned)).toBe(grouped.report.summary.planned);
    expect(valueAt(sheet, grouped.layout.summary.inPeriod)).toBe(3);
    const grid = recalculated.get(grouped.sheets[2].name)!;
    const lines = grouped.report.bySection.map((line) => {
      const row = grid.rows.find((cells) => cells[1]?.value === line.title)!;
      return [row[2]?.value, row[5]?.value];
    });
    expect(lines).toEqual(grouped.report.bySection.map((line) => [line.tasks, line.planned]));
  });

  test("the charts are saved with the core's figures, for viewers that do not calculate", async () => {
    const written = await JSZip.loadAsync(readFileSync(input));
    const [pie] = await chartsOf(written, sheets[0].name);
    const numbers = /<c:numCache>(.*?)<\/c:numCache>/s.exec(pie)?.[1] ?? "";
    const points = [...numbers.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => Number(match[1]));
    const { done, inProgress, notStarted } = report.summary;
    expect(points).toEqual([done, inProgress, notStarted]);
  });

  test("LibreOffice keeps both charts, over the cells they were drawn from", async () => {
    const [pie, ...otherPies] = await chartsOf(resaved, sheets[0].name);
    expect(otherPies).toEqual([]);
    expect(pie).toContain("<c:pieChart>");
    // Done, in progress and not started: the summary's three cells and their labels.
    const first = layout.summary.done.slice(1);
    const last = layout.summary.notStarted.slice(1);
    const periodSheet = `'${sheets[0].name}'`;
    expect(formulas(pie).filter((f) => f.includes("!"))).toEqual([
      `${periodSheet}!$B$${first}:$B$${last}`,
      `${periodSheet}!$C$${first}:$C$${last}`,
    ]);
    const [columns, ...otherColumns] = await chartsOf(resaved, sheets[2].name);
    expect(otherColumns).toEqual([]);
    expect(columns).toContain("<c:barChart>");
    expect(columns).toMatch(/<c:barDir val="col"\/>/);
    // The section sheet's lines start under its header, on row 5: planned in F, spent in G.
    const sectionSheet = `'${sheets[2].name}'`;
    const end = 4 + report.bySection.length;
    expect(formulas(columns).filter((f) => f.includes("!"))).toEqual([
      `${sectionSheet}!$A$5:$A$${end}`,
      `${sectionSheet}!$F$5:$F$${end}`,
      `${sectionSheet}!$A$5:$A$${end}`,
      `${sectionSheet}!$G$5:$G$${end}`,
    ]);
  });

  test(
    "printed: the header block, the title, the tables and the charts' titles",
    () => {
      const pdf = convert("pdf");
      const run = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(run.status).toBe(0);
      const text = run.stdout.replace(/\s+/g, " ");
      for (const expected of [
        "UBND XÃ EA TÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Ea Tân, ngày 18 tháng 3 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch cải cách hành chính quý I năm 2024",
        "Ban hành kế hoạch CCHC",
        "31/01/2024",
        "Tiến độ các nhiệm vụ trong kỳ",
        "KẾT QUẢ THỰC HIỆN THEO BỘ PHẬN CHỦ TRÌ",
        "Kinh phí kế hoạch và đã sử dụng theo mục",
      ])
        expect(text).toContain(expected);
      // The columns beside the printed table, which the formulas count by, stay off the page.
      expect(text).not.toContain("Dòng PL");
    },
    TIMEOUT
  );
});
