import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { consolidate, Consolidation } from "../../src/domain/consolidation/consolidation";
import { sourceFigures } from "../../src/domain/consolidation/sourceFigures";
import { readDelimited } from "../../src/domain/delimitedText";
import { cellText, Grid } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { comparePlans } from "../../src/domain/consolidation/planComparison";
import { comparisonSheet } from "../../src/sheet/consolidation/comparisonSheet";
import { consolidationSheet } from "../../src/sheet/consolidation/consolidationSheet";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeSheets } from "../../src/xlsx/writeSheet";
import { convertWithLibreOffice } from "../support/libreOffice";

/**
 * The consolidation sheet written to .xlsx and recalculated by LibreOffice Calc: its totals are
 * formulas, and a real engine must make of them the core's figures.
 */
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-consolidation-"));
const TIMEOUT = 240_000;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function figures(rows: string[], total: string) {
  const grid = readDelimited(
    [
      "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí",
      ...rows,
      `\tTổng cộng\t\t\t\t\t${total}`,
    ].join("\n"),
    "\t"
  );
  return sourceFigures(readAppendix(grid));
}

const summary: Consolidation = consolidate([
  {
    file: "xa-a.xlsx",
    sheet: "Phụ lục",
    unit: "UBND xã A",
    figures: figures(
      [
        "1\tCải cách thể chế\t\t\t\t\t1.200.000",
        "1.1\tRà soát văn bản\tTư pháp\t\t\t\t1.200.000",
        "2\tCải cách TTHC\t\t\t\t\t800.000",
        "2.1\tCông khai TTHC\tVăn phòng\t\t\t\t800.000",
      ],
      "2.000.000"
    ),
  },
  {
    file: "xa-b.xlsx",
    sheet: "PL",
    unit: "UBND xã B",
    // A wrong total: 5.000.000 written, 3.000.000 in the rows.
    figures: figures(
      [
        "1\tCải cách thủ tục hành chính\t\t\t\t\t3.000.000",
        "1.1\tNiêm yết\tVăn phòng\t\t\t\t3.000.000",
      ],
      "5.000.000"
    ),
  },
  { file: "hong.xlsx", message: "tệp bị hỏng." },
]);

/** Xã A's 2024 plan beside its 2025 one: an area's budget down, another up. */
const comparison = comparePlans(
  figures(
    ["1\tCải cách thể chế\t\t\t\t\t1.200.000", "1.1\tRà soát văn bản\tTư pháp\t\t\t\t1.200.000"],
    "1.200.000"
  ),
  figures(
    [
      "1\tCẢI CÁCH THỂ CHẾ\t\t\t\t\t700.000",
      "1.1\tRà soát văn bản\tTư pháp\t\t\t\t700.000",
      "2\tCải cách TTHC\t\t\t\t\t300.000",
      "2.1\tCông khai TTHC\tVăn phòng\t\t\t\t300.000",
    ],
    "1.000.000"
  )
);

let grid: Grid;
let compared: Grid;

beforeAll(async () => {
  const input = path.join(folder, "tong-hop.xlsx");
  writeFileSync(
    input,
    await writeSheets([
      consolidationSheet(summary, "30/11/2026"),
      comparisonSheet(comparison, { before: "Năm 2024", after: "Năm 2025" }),
    ])
  );
  const converted = convertWithLibreOffice({
    input,
    filter: "xlsx",
    outdir: path.join(folder, "out"),
    result: "tong-hop.xlsx",
    profileFolder: folder,
    timeout: TIMEOUT - 20_000,
    purpose: "the recalculation of the consolidation sheet",
  });
  [{ grid }, { grid: compared }] = readWorkbook(readFileSync(converted));
}, TIMEOUT);

/** The row whose column B says `label`, after `after` rows of that label. */
function rowOf(label: string, after = 0): (string | number | null)[] {
  const rows = grid.rows.filter((row) => cellText(row[1]) === label);
  const row = rows[after];
  if (!row) throw new Error(`No row ${label}`);
  return Array.from({ length: 10 }, (_, i) => {
    const value = row[i]?.value ?? null;
    return typeof value === "boolean" ? String(value) : value;
  });
}

describe("the consolidation sheet, recalculated by LibreOffice Calc", () => {
  test("the sources' total row: tasks, Kinh phí both ways, errors and warnings", () => {
    const [, , , , tasks, planned, byRows, errors, warnings] = rowOf("Cộng", 0);
    expect({ tasks, planned, byRows }).toEqual({
      tasks: summary.total.tasks,
      planned: summary.total.planned,
      byRows: 2_000_000 + 3_000_000,
    });
    expect(errors).toBe(summary.sources.reduce((sum, source) => sum + source.errors, 0));
    expect(warnings).toBe(summary.sources.reduce((sum, source) => sum + source.warnings, 0));
    expect(summary.total).toEqual({ planned: 7_000_000, tasks: 3 });
  });

  test("the sections' total: the areas matched across sources", () => {
    expect(summary.bySection.map((line) => line.planned)).toEqual([1_200_000, 3_800_000]);
    const [, , tasks, planned] = rowOf("Cộng", 1);
    expect({ tasks, planned }).toEqual({ tasks: 3, planned: 5_000_000 });
  });

  test("every source listed, the unreadable one with its reason, the untrusted one marked", () => {
    const files = grid.rows.map((row) => cellText(row[1]));
    expect(files).toContain("xa-a.xlsx (Phụ lục)");
    expect(files).toContain("hong.xlsx");
    const untrusted = grid.rows.find((row) => cellText(row[1]) === "xa-b.xlsx (PL)");
    expect(cellText(untrusted?.[3])).toBe("Có lỗi");
    expect(cellText(untrusted?.[9])).toMatch(/chưa tin được/);
    const unreadable = grid.rows.find((row) => cellText(row[1]) === "hong.xlsx");
    expect(cellText(unreadable?.[3])).toBe("Không đọc được");
    expect(cellText(unreadable?.[9])).toBe("tệp bị hỏng.");
  });
});

describe("the comparison sheet, recalculated by LibreOffice Calc", () => {
  test("each area's change and the totals are formulas that come to the comparison's figures", () => {
    const line = (title: string) => {
      const row = compared.rows.find((cells) => cellText(cells[1]) === title);
      return [2, 3, 4].map((column) => row?.[column]?.value ?? null);
    };
    expect(line("Cải cách thể chế")).toEqual([1_200_000, 700_000, -500_000]);
    expect(line("Cải cách TTHC")).toEqual([0, 300_000, 300_000]);
    expect(line("Cộng")).toEqual([1_200_000, 1_000_000, -200_000]);
  });
});
