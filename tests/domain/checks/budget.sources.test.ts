import {
  checkTable,
  error,
  headerWith,
  LEAD,
  PARTNERS,
  PRODUCT,
  Row,
  SCHEDULE,
  seriousPlaces,
  subHeadings,
  warning,
} from "../../support/table";
import { testRule } from "../support/ruleTester";

/** Kinh phí split into Tổng số | Ngân sách xã | Nguồn khác: header row 1, sub-headings row 2. */
const TOP = headerWith("Kinh phí", "", "");
const SOURCES = subHeadings("Tổng số", "Ngân sách xã", "Nguồn khác");

const row = (number: string, name: string, ...amounts: string[]): Row =>
  number.includes(".")
    ? [number, name, LEAD, PARTNERS, PRODUCT, SCHEDULE, ...amounts]
    : [number, name, "", "", "", "", ...amounts];

/** Sheet rows 3–6: group 1 (3.000.000 = 2.000.000 + 1.000.000), its two tasks, the total. */
function table(amounts: Record<string, string[]> = {}): Row[] {
  return [
    SOURCES,
    row("1", "Công tác chỉ đạo", ...(amounts["1"] ?? ["3.000.000", "2.000.000", "1.000.000"])),
    row("1.1", "Ban hành kế hoạch", ...(amounts["1.1"] ?? ["1.000.000", "1.000.000", ""])),
    row("1.2", "Kiểm tra", ...(amounts["1.2"] ?? ["2.000.000", "1.000.000", "1.000.000"])),
    [
      "",
      "Tổng cộng",
      "",
      "",
      "",
      "",
      ...(amounts.total ?? ["3.000.000", "2.000.000", "1.000.000"]),
    ],
  ];
}

const check = (amounts: Record<string, string[]>) => checkTable(table(amounts), { header: TOP });

describe("budget.sources", () => {
  it("accepts rows whose sources add up to their total", () => {
    expect(seriousPlaces(check({}))).toEqual([]);
  });

  it("reports a mistyped total once, at the total, not again at the subtotal above it", () => {
    const findings = check({ "1.2": ["2.500.000", "1.000.000", "1.000.000"] });
    expect(seriousPlaces(findings)).toEqual([error("budget.sources", 5, "G5")]);
    const finding = findings.find((f) => f.rule === "budget.sources");
    expect(finding?.message).toBe(
      "Kinh phí mục 1.2 ghi tổng số 2.500.000 nhưng các nguồn (Ngân sách xã, Nguồn khác) cộng lại 2.000.000 (chênh 500.000)."
    );
    expect([finding?.expected, finding?.actual]).toEqual([2_000_000, 2_500_000]);
  });

  it("reports a mistyped source at the source, where its column's subtotal shows it", () => {
    const findings = check({ "1.2": ["2.000.000", "1.000.000", "1.500.000"] });
    expect(seriousPlaces(findings)).toEqual([error("budget.sources", 5, "I5")]);
    const finding = findings.find((f) => f.rule === "budget.sources");
    expect([finding?.expected, finding?.actual]).toEqual([1_000_000, 1_500_000]);
    expect(finding?.message).toContain("nguồn “Nguồn khác” ghi 1.500.000");
  });

  it("warns of a total left blank beside filled sources", () => {
    const findings = check({ "1.1": ["", "1.000.000", ""] });
    expect(seriousPlaces(findings)).toEqual([warning("budget.sources", 4, "G4")]);
    expect(findings.find((f) => f.rule === "budget.sources")?.message).toBe(
      "Kinh phí mục 1.1 chưa ghi tổng số; các nguồn (Ngân sách xã, Nguồn khác) cộng lại 1.000.000."
    );
  });

  it("does not judge a row that gives only its total", () => {
    const findings = check({
      "1.1": ["1.000.000", "", ""],
      "1": ["3.000.000", "", ""],
      total: ["3.000.000", "", ""],
    });
    expect(findings.filter((f) => f.rule === "budget.sources")).toEqual([]);
  });

  it("checks the grand total row too", () => {
    const findings = check({ total: ["3.000.000", "2.000.000", "1.200.000"] });
    expect(seriousPlaces(findings)).toEqual([error("budget.sources", 6, "I6")]);
  });

  it("has nothing to say of a table with one Kinh phí column", () => {
    const findings = checkTable([row("1.1", "Ban hành kế hoạch", "1.000.000")]);
    expect(findings.filter((f) => f.rule === "budget.sources")).toEqual([]);
  });

  it("names once a source typo that the subtotal and the total above took in", () => {
    // 1.2's Nguồn khác says 1.500.000 instead of 1.000.000, and group 1 and the total in that
    // column were added with it: the Tổng số column is right. One finding, on row 1.2.
    const findings = check({
      "1": ["3.000.000", "2.000.000", "1.500.000"],
      "1.2": ["2.000.000", "1.000.000", "1.500.000"],
      total: ["3.000.000", "2.000.000", "1.500.000"],
    });
    expect(seriousPlaces(findings)).toHaveLength(1);
    const [finding] = findings.filter((f) => f.rule === "budget.sources");
    expect(finding.row).toBe(5);
    expect(finding.message).toContain(
      "Mục 1 và dòng Tổng cộng cộng dòng này nên cũng lệch theo, sửa dòng này thì các dòng đó cũng khớp."
    );
  });

  it("names once a subtotal's typo in Tổng số that the grand total took in, at the subtotal", () => {
    // Group 1's Tổng số says 3.500.000: its tasks and its sources both give 3.000.000, and the grand
    // total added it in.
    const findings = check({
      "1": ["3.500.000", "2.000.000", "1.000.000"],
      total: ["3.500.000", "2.000.000", "1.000.000"],
    });
    expect(seriousPlaces(findings)).toEqual([error("budget.sources", 3, "G3")]);
    expect(findings.find((f) => f.rule === "budget.sources")?.message).toContain(
      "Dòng Tổng cộng cộng dòng này nên cũng lệch theo, sửa dòng này thì dòng đó cũng khớp."
    );
  });

  it("reports two typos in two rows as two findings, the group above them as neither", () => {
    const findings = check({
      "1": ["3.000.000", "2.500.000", "1.500.000"],
      "1.1": ["1.000.000", "1.500.000", ""],
      "1.2": ["2.000.000", "1.000.000", "1.500.000"],
      total: ["3.000.000", "2.500.000", "1.500.000"],
    });
    expect(seriousPlaces(findings).map((f) => f.row)).toEqual([4, 5]);
  });
});

testRule("budget.sources", {
  valid: [{ name: "sources that add up to their totals", rows: table(), options: { header: TOP } }],
  invalid: [
    {
      name: "a total mistyped: at the total, not again at the group above",
      rows: table({ "1.1": ["1.500.000", "1.000.000", ""] }),
      options: { header: TOP },
      findings: [{ cell: "G4", severity: "error", expected: 1_000_000, actual: 1_500_000 }],
    },
    {
      name: "a source mistyped: at the source, where its column's subtotals agree once corrected",
      rows: table({ "1.2": ["2.000.000", "1.000.000", "1.500.000"] }),
      options: { header: TOP },
      findings: [{ cell: "I5", severity: "error", expected: 1_000_000, actual: 1_500_000 }],
    },
    {
      name: "a total left blank beside its sources: a warning",
      rows: table({ "1.2": ["", "1.000.000", "1.000.000"], "1": ["", "2.000.000", "1.000.000"] }),
      options: { header: TOP },
      findings: [
        { cell: "G3", severity: "warning", message: /chưa ghi tổng số/ },
        { cell: "G5", severity: "warning" },
      ],
    },
  ],
});
