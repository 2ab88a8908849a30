import { describe, expect, test } from "@jest/globals";
import { PeriodId } from "../../src/domain/report/periods";
import { DEFAULT_SETTINGS } from "../../src/domain/report/reportSettings";
import { SheetDescription } from "../../src/sheet/sheetDescription";
import { reportFromGrid, ReportRequest } from "../../src/usecases/makeReport";
import { readDelimited } from "../../src/domain/delimitedText";
import { TRACKED_TABLE, trackedTableGrid } from "../support/trackedTable";

const DEFAULTS = { settings: DEFAULT_SETTINGS, problems: [] };
const REQUEST: ReportRequest = { period: "q1", date: "2024-03-18" };

function made(existing: string[] = [], request = REQUEST) {
  const outcome = reportFromGrid(trackedTableGrid(), request, DEFAULTS, existing);
  if (outcome.kind !== "report") throw new Error(outcome.message);
  return outcome;
}

/** A cell's value or formula, by its A1 address. */
function cell(sheet: SheetDescription, address: string) {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = letters.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return sheet.rows[Number(digits) - 1]?.cells[column - 1];
}

function texts(sheet: SheetDescription): string[] {
  return sheet.rows.flatMap((row) =>
    row.cells.flatMap((each) => (typeof each?.value === "string" && each.value ? [each.value] : []))
  );
}

describe("reportFromGrid: a period's report and its sheets", () => {
  test("three sheets named for the period and year; taken names get the same number", () => {
    expect(made().sheets.map((sheet) => sheet.name)).toEqual([
      "BC Quý I 2024",
      "BC Quý I 2024 - bộ phận",
      "BC Quý I 2024 - mục",
    ]);
    expect(made(["Phụ lục", "bc quý i 2024 - MỤC"]).sheets.map((sheet) => sheet.name)).toEqual([
      "BC Quý I 2024 (2)",
      "BC Quý I 2024 - bộ phận (2)",
      "BC Quý I 2024 - mục (2)",
    ]);
  });

  test("a regenerated report's names stay whole words within Excel's 31 characters", () => {
    const existing = ["BC 9 tháng 2024", "BC 9 tháng 2024 (2)"];
    const names = made(existing, { ...REQUEST, period: "9m" }).sheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      "BC 9 tháng 2024 (3)",
      "BC 9 tháng 2024 - bộ phận (3)",
      "BC 9 tháng 2024 - mục (3)",
    ]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  test("the header block and title of Nghị định 30, body and place from the appendix", () => {
    const lines = texts(made().sheets[0]);
    expect(lines.slice(0, 8)).toEqual([
      "UBND XÃ EA TÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: …/BC-UBND",
      "Ea Tân, ngày 18 tháng 3 năm 2024",
      "BÁO CÁO",
      "Kết quả thực hiện Kế hoạch cải cách hành chính quý I năm 2024",
      "(Số liệu từ ngày 15/12/2023 đến ngày 14/03/2024, tình hình tính đến ngày 14/03/2024; 1 nhiệm vụ khác của kế hoạch không thuộc kỳ này)",
    ]);
  });

  test("what the officer types wins; days and months 1–2 with leading zeros", () => {
    const lines = texts(
      made([], { ...REQUEST, date: "2024-02-05", issuer: "UBND phường An Hòa", place: "An Hòa" })
        .sheets[0]
    );
    expect(lines[0]).toBe("UBND PHƯỜNG AN HÒA");
    expect(lines[4]).toBe("An Hòa, ngày 05 tháng 02 năm 2024");
  });

  test("the tasks of the period by section, then those on demand; dates are real dates", () => {
    const { sheets, layout } = made();
    const period = layout.tables.period!;
    const sheet = sheets[0];
    const numbers = [];
    for (let row = period.from; row <= period.to; row++)
      numbers.push(cell(sheet, `A${row}`)?.value);
    // Section 1's title, 1.1; section 2's title, 2.1, 2.3.
    expect(numbers).toEqual(["1", "1.1", "2", "2.1", "2.3"]);
    const first = period.from + 1;
    expect(cell(sheet, `E${first}`)).toMatchObject({
      value: 45322, // 31/01/2024
      style: expect.objectContaining({ numberFormat: "dd/mm/yyyy" }),
    });
    expect(cell(sheet, `G${first}`)?.value).toBe(45327); // 05/02/2024
    expect(cell(sheet, `K${first}`)?.value).toBe("Hoàn thành trễ hạn");
    expect(cell(sheet, `K${period.to - 1}`)?.value).toBe("Quá hạn");
    const onDemand = layout.tables["on-demand"]!;
    expect(cell(sheet, `B${onDemand.to}`)?.value).toBe("Tiếp nhận phản ánh, kiến nghị");
  });

  test("by lead unit: each task's units by number beside the table; a unit's line counts them by it", () => {
    const { sheets, layout, report } = made();
    const [periodSheet, unitSheet] = sheets;
    const period = layout.tables.period!;
    const onDemand = layout.tables["on-demand"]!;
    const unitsOf = (number: string) => {
      for (let row = period.from; row <= onDemand.to; row++)
        if (cell(periodSheet, `A${row}`)?.value === number)
          return cell(periodSheet, `N${row}`)?.value;
      throw new Error(`no task ${number}`);
    };
    // 1.1 is VP-TK's; 2.1 is Tư pháp's and VP-TK's (VP-TK the same unit, so the same number);
    // 2.2 has no lead; 2.3 is Văn hóa's.
    const vp = unitsOf("1.1");
    expect(vp).toMatch(/^,\d+,$/);
    expect(unitsOf("2.1")).toMatch(new RegExp(`^,\\d+${vp}$`));
    expect(cell(periodSheet, `N${onDemand.to}`)?.value ?? "").toBe("");
    expect(unitsOf("2.3")).toMatch(/^,\d+,$/);
    expect(new Set([vp, unitsOf("2.3")]).size).toBe(2);
    // The number of a unit is its line's STT on the by-unit sheet, whose counts look for it there.
    report.byUnit.forEach((line, index) => {
      const row = unitSheet.rows.findIndex((each) => each.cells[1]?.value === line.unit) + 1;
      expect(cell(unitSheet, `A${row}`)?.value).toBe(index + 1);
      expect(cell(unitSheet, `C${row}`)).toEqual({
        formula: `=COUNTIFS('${periodSheet.name}'!$N$${period.from}:$N$${onDemand.to},"*,"&$A${row}&",*")`,
        value: line.tasks,
        style: expect.anything(),
      });
      expect(cell(unitSheet, `G${row}`)?.formula).toBe(
        `=SUMIFS('${periodSheet.name}'!$I$${period.from}:$I$${onDemand.to},` +
          `'${periodSheet.name}'!$N$${period.from}:$N$${onDemand.to},"*,"&$A${row}&",*")`
      );
    });
    expect(report.byUnit.map((line) => line.tasks)).toEqual([2, 1, 1]);
  });

  test("the summary is formulas over the tables, the core's figures as their results", () => {
    const { sheets, layout, report } = made();
    const sheet = sheets[0];
    expect(cell(sheet, layout.summary.inPeriod)).toMatchObject({
      formula: expect.stringMatching(/^=COUNT\(L\d+:L\d+\)$/),
      value: 3,
    });
    expect(cell(sheet, layout.summary.overdue)).toMatchObject({
      formula: expect.stringContaining('"Quá hạn"'),
      value: 1,
    });
    expect(cell(sheet, layout.summary.spent)?.value).toBe(report.summary.spent);
  });

  test("the budget chart is never cut at a page's end: a page of its own when the table leaves no room", () => {
    // Two sections: the table and the chart share the first page, which needs no repeated header.
    const [, , short] = made().sheets;
    expect(short.print?.breaksBefore).toBeUndefined();
    expect(short.print?.repeatRows).toBeUndefined();
    // Twelve sections: the chart starts the second page, at the cell its anchor starts from.
    const sections = Array.from({ length: 12 }, (_, i) => [
      `${i + 1}\tNHÓM NHIỆM VỤ SỐ ${i + 1}\t\t\t\t\t1.000.000\t\t\t\t`,
      `${i + 1}.1\tNhiệm vụ ${i + 1}\tVP-TK\t\tBáo cáo\tQuý I/2024\t1.000.000\tĐã hoàn thành\t01/03/2024\t\t`,
    ]).flat();
    const lines = TRACKED_TABLE.split("\n");
    const grid = readDelimited([...lines.slice(0, 4), ...sections].join("\n"), "\t");
    const outcome = reportFromGrid(grid, REQUEST, DEFAULTS, []);
    if (outcome.kind !== "report") throw new Error(outcome.message);
    const long = outcome.sheets[2];
    const [chart] = long.charts ?? [];
    expect(long.print?.breaksBefore).toEqual([Number(chart.anchor.from.slice(1))]);
  });

  test("a refusal without a year, and without an appendix", () => {
    const grid = trackedTableGrid();
    grid.rows.splice(1, 1);
    const outcome = reportFromGrid(grid, REQUEST, DEFAULTS, []);
    expect(outcome).toEqual({
      kind: "refused",
      reason: "no-year",
      message: expect.stringContaining("năm"),
    });
    expect(reportFromGrid(grid, { ...REQUEST, year: 2024 }, DEFAULTS, []).kind).toBe("report");
    const empty = reportFromGrid({ firstRow: 1, firstColumn: 1, rows: [] }, REQUEST, DEFAULTS, []);
    expect(empty).toMatchObject({ kind: "refused", reason: "no-appendix" });
  });
});

describe("the report's title for each period", () => {
  test.each([
    ["q1", "Kết quả thực hiện Kế hoạch cải cách hành chính quý I năm 2024"],
    ["h1", "Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm 2024"],
    ["q3", "Kết quả thực hiện Kế hoạch cải cách hành chính quý III năm 2024"],
    ["9m", "Kết quả thực hiện Kế hoạch cải cách hành chính 9 tháng đầu năm 2024"],
    ["year", "Kết quả thực hiện Kế hoạch cải cách hành chính năm 2024"],
  ] as [PeriodId, string][])("%s", (period, title) => {
    expect(texts(made([], { ...REQUEST, period }).sheets[0])).toContain(title);
  });
});
