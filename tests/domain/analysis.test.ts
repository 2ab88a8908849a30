import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { analyseAppendix } from "../../src/domain/analysis";
import { BLANK_REFERENCE, planFromTable } from "../../src/domain/appendixPlan";
import * as budgetAudit from "../../src/domain/budgetAudit";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import { proposeFixes } from "../../src/domain/fixes/proposeFixes";
import { notices } from "../../src/domain/messages";
import * as numberSequence from "../../src/domain/numberSequence";
import { findAppendix, NoAppendixError, readAppendix } from "../../src/domain/readAppendix";
import {
  group,
  headerWith,
  LEAD,
  readTable,
  Row,
  subHeadings,
  tableText,
  task,
  total,
} from "../support/table";

/** Faults of every kind the analysis serves: a duplicate, a wrong subtotal, no words line. */
const rows: Row[] = [
  group("1", "Công tác chỉ đạo điều hành", "4.000.000"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
  task("1.1", "Báo cáo định kỳ", "2.000.000"), // row 4
  group("2", "Cải cách thủ tục hành chính"), // row 5
  task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
  total("5.000.000"), // row 7
];

afterEach(() => {
  jest.restoreAllMocks();
});

describe("analyseAppendix", () => {
  test("checks, fixes and plan building given the analysis say what they say without it", () => {
    const appendix = readTable(rows);
    const analysis = analyseAppendix(appendix);
    expect(checkAppendix(appendix, analysis)).toEqual(checkAppendix(appendix));
    expect(proposeFixes(appendix, analysis)).toEqual(proposeFixes(appendix));
    expect(planFromTable(appendix, "T", BLANK_REFERENCE, analysis)).toEqual(
      planFromTable(appendix, "T", BLANK_REFERENCE)
    );
  });

  test("a caller that checks, proposes fixes and builds the plan works out the sequence and the audit once", () => {
    const appendix = readTable(rows);
    const sequence = jest.spyOn(numberSequence, "analyseSequence");
    const audit = jest.spyOn(budgetAudit, "auditBudget");
    const analysis = analyseAppendix(appendix);
    checkAppendix(appendix, analysis);
    proposeFixes(appendix, analysis);
    planFromTable(appendix, "T", BLANK_REFERENCE, analysis);
    expect([sequence.mock.calls.length, audit.mock.calls.length]).toEqual([1, 1]);
  });

  test("a table with one Kinh phí column is its own column; no source faults", () => {
    const analysis = analyseAppendix(readTable(rows));
    expect(analysis.columns).toEqual([analysis.main]);
    expect(analysis.main.isMain).toBe(true);
    expect(analysis.sourceFaults).toEqual([]);
    expect(analysis.main.budget.mismatches.map((m) => m.node?.row.row ?? "total")).toEqual([2]);
  });

  test("Kinh phí split into sources: each column judged on its own, a source fault placed once", () => {
    const line = (number: string, ...amounts: string[]): Row => [
      number,
      `Nhiệm vụ ${number}`,
      number.includes(".") ? LEAD : "",
      "",
      "",
      "",
      ...amounts,
    ];
    const appendix = readTable(
      [
        subHeadings("Tổng số", "Ngân sách xã", "Nguồn khác"), // row 2
        line("1", "3.000.000", "2.000.000", "1.000.000"), // row 3
        line("1.1", "1.500.000", "1.000.000", ""), // row 4: Tổng số mistyped
        line("1.2", "2.000.000", "1.000.000", "1.000.000"), // row 5
        ["", "Tổng cộng", "", "", "", "", "3.000.000", "2.000.000", "1.000.000"], // row 6
      ],
      { header: headerWith("Kinh phí", "", "") }
    );
    const analysis = analyseAppendix(appendix);
    expect(analysis.columns.map((c) => [c.column?.label, c.isMain])).toEqual([
      ["Tổng số", true],
      ["Ngân sách xã", false],
      ["Nguồn khác", false],
    ]);
    expect(analysis.sourceFaults.map((f) => [f.row, f.column, f.expected])).toEqual([
      [4, 0, 1_000_000],
    ]);
    // Read at its corrected value, the Tổng số column's subtotals agree.
    expect(analysis.columns[0].budget.mismatches).toEqual([]);
  });

  test("an analysis of another appendix is refused, not used", () => {
    const analysis = analyseAppendix(readTable(rows));
    expect(() => checkAppendix(readTable(rows), analysis)).toThrow(/another appendix/);
  });
});

describe("findAppendix", () => {
  test("a grid with the table: found, with the appendix readAppendix gives", () => {
    const grid = readDelimited(tableText(rows), "\t");
    const result = findAppendix(grid);
    expect(result).toEqual({ found: true, appendix: readAppendix(grid) });
  });

  test("a grid without a header: not found, with the reason and the Vietnamese to say", () => {
    const grid = readDelimited("1.1\tBan hành kế hoạch\t1.000.000\n", "\t");
    expect(findAppendix(grid)).toEqual({
      found: false,
      reason: "no-header",
      message: notices.noHeader,
    });
    expect(() => readAppendix(grid)).toThrow(new NoAppendixError(notices.noHeader));
  });
});
