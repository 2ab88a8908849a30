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
});
