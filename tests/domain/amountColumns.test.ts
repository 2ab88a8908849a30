import { checkAppendix } from "../../src/domain/checkAppendix";
import { readDelimited } from "../../src/domain/delimitedText";
import { Grid } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import {
  bold,
  checkTable,
  describeFindings,
  error,
  HEADER,
  headerWith,
  LEAD,
  PARTNERS,
  PRODUCT,
  readTable,
  Row,
  SCHEDULE,
  seriousPlaces,
  subHeadings,
} from "../support/table";

/** Kinh phí over a second header row; sheet rows: header 1, sub-headings 2, column numbers 3. */
const TOP = headerWith("Kinh phí", "", "");
const SOURCES = subHeadings("Tổng số", "Ngân sách xã", "Nguồn khác");
const YEARS = subHeadings("Năm 2024", "Năm 2025", "");
const NUMBERS: Row = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

const groupRow = (number: string, title: string, ...amounts: string[]): Row => [
  bold(number),
  bold(title),
  "",
  "",
  "",
  "",
  ...amounts.map(bold),
];
const taskRow = (number: string, name: string, ...amounts: string[]): Row => [
  number,
  name,
  LEAD,
  PARTNERS,
  PRODUCT,
  SCHEDULE,
  ...amounts,
];
const totalRow = (...amounts: string[]): Row => ["", bold("Tổng cộng"), "", "", "", "", ...amounts];

/** Rows 4–9: two groups, their tasks, the total; every figure agrees in every column. */
function sourcesTable(changes: Record<string, string[]> = {}): Row[] {
  const amounts = (key: string, fallback: string[]) => changes[key] ?? fallback;
  return [
    SOURCES,
    NUMBERS,
    groupRow("1", "Công tác chỉ đạo", ...amounts("1", ["3.000.000", "2.000.000", "1.000.000"])),
    taskRow("1.1", "Ban hành kế hoạch", ...amounts("1.1", ["1.000.000", "1.000.000", ""])),
    taskRow("1.2", "Kiểm tra", ...amounts("1.2", ["2.000.000", "1.000.000", "1.000.000"])),
    groupRow("2", "Cải cách TTHC", ...amounts("2", ["500.000", "500.000", ""])),
    taskRow("2.1", "Niêm yết TTHC", ...amounts("2.1", ["500.000", "500.000", ""])),
    totalRow(...amounts("total", ["3.500.000", "2.500.000", "1.000.000"])),
  ];
}

describe("two-row Kinh phí headings", () => {
  it("reads each source as an amount column, the Tổng số column as the main one", () => {
    const appendix = readTable(sourcesTable(), { header: TOP });
    expect(
      appendix.amountColumns.map(({ column, label, isTotal }) => [column, label, isTotal])
    ).toEqual([
      [7, "Tổng số", true],
      [8, "Ngân sách xã", false],
      [9, "Nguồn khác", false],
    ]);
    expect(appendix.columns.budget).toBe(7);
    // The sub-heading and column-number rows are not tasks.
    expect(appendix.rows.map((row) => row.numberText)).toEqual(["1", "1.1", "1.2", "2", "2.1"]);
    expect(appendix.rows[2].amounts.map((a) => (a.kind === "amount" ? a.value : null))).toEqual([
      2_000_000, 1_000_000, 1_000_000,
    ]);
    expect(appendix.total?.amounts.map((a) => a.kind)).toEqual(["amount", "amount", "amount"]);
  });

  it("finds no fault in a table whose every column adds up", () => {
    const findings = checkTable(sourcesTable(), { header: TOP });
    expect(seriousPlaces(findings)).toEqual([]);
  });

  it("checks the subtotals of every source column, naming the column", () => {
    // Group 1's Ngân sách xã says 2.500.000; its tasks give 1.000.000 + 1.000.000, and the row's own
    // sources then add to 3.500.000 against a total of 3.000.000: the one cell to change is H4.
    const findings = checkTable(sourcesTable({ "1": ["3.000.000", "2.500.000", "1.000.000"] }), {
      header: TOP,
    });
    expect(seriousPlaces(findings)).toEqual([error("budget.sources", 4, "H4")]);
  });

  it("checks every year column of a plan over two years, each on its own", () => {
    const rows = [
      YEARS,
      groupRow("1", "Công tác chỉ đạo", "3.000.000", "4.000.000"),
      taskRow("1.1", "Ban hành kế hoạch", "1.000.000", "1.000.000"),
      taskRow("1.2", "Kiểm tra", "2.000.000", "2.000.000"),
      totalRow("3.000.000", "4.000.000"),
    ];
    const findings = checkTable(rows, { header: TOP });
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 3, "H3")]);
    const mismatch = findings.find((finding) => finding.rule === "subtotal.mismatch");
    expect(mismatch?.message).toMatch(/^Cột “Năm 2025”: Kinh phí mục 1 ghi 4\.000\.000/);
    // The total of the 2025 column agrees with the wrong subtotal as written: it is not a second fault.
    expect(findings.filter((f) => f.rule === "total.mismatch")).toEqual([]);
  });

  it("takes the span of the heading from its merged cells when the sheet has them", () => {
    const grid: Grid = readDelimited(
      [
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí (triệu đồng)\tKinh phí (triệu đồng)",
        "\t\t\t\t\t\tNgân sách tỉnh\tNgân sách xã",
        "1\tBan hành kế hoạch\tVăn phòng\t\tKế hoạch\tQuý I\t1,5\t0,5",
        "\tTổng cộng\t\t\t\t\t1,5\t0,5",
      ].join("\n"),
      "\t"
    );
    // Excel repeats nothing in a merged area; a tool may: the merge says where the heading ends.
    grid.merges = ["G1:H1", "A1:A2"];
    const appendix = readAppendix(grid);
    expect(appendix.amountColumns.map((column) => [column.label, column.scale])).toEqual([
      ["Ngân sách tỉnh", 1_000_000],
      ["Ngân sách xã", 1_000_000],
    ]);
    expect(appendix.rows).toHaveLength(1);
    expect(appendix.rows[0].amounts.map((a) => (a.kind === "amount" ? a.value : null))).toEqual([
      1_500_000, 500_000,
    ]);
    expect(seriousPlaces(checkAppendix(appendix))).toEqual([]);
  });

  it("skips both header rows when the header is repeated on a later page", () => {
    const rows = sourcesTable();
    rows.splice(5, 0, TOP, SOURCES, NUMBERS);
    const appendix = readTable(rows, { header: TOP });
    expect(appendix.rows.map((row) => row.numberText)).toEqual(["1", "1.1", "1.2", "2", "2.1"]);
    expect(appendix.skippedRows).toEqual([7, 8, 9]);
  });

  it("keeps one amount column when the row under the header is a task", () => {
    const rows = [taskRow("1", "Ban hành kế hoạch", "1.000.000", "Ghi chú")];
    const appendix = readTable(rows, { header: TOP });
    expect(appendix.amountColumns).toHaveLength(1);
    expect(appendix.rows.map((row) => row.numberText)).toEqual(["1"]);
  });

  it("says so when a finding is on a hidden row", () => {
    const grid = readDelimited(
      [
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí",
        "1\tBan hành kế hoạch\tVăn phòng\t\tKế hoạch\tQuý I\t1.000.000",
        "3\tKiểm tra\tVăn phòng\t\tBáo cáo\tQuý II\t1.000.000",
        "\tTổng cộng\t\t\t\t\t2.000.000",
      ].join("\n"),
      "\t"
    );
    grid.hiddenRows = new Set([3]);
    const findings = checkAppendix(readAppendix(grid));
    const gap = findings.find((finding) => finding.rule === "tt.gap");
    expect(gap?.row).toBe(3);
    expect(gap?.message).toMatch(/\(Dòng 3 đang bị ẩn: bỏ ẩn \(Unhide\) để xem\.\)$/);
    expect(findings.filter((f) => f.row !== 3).every((f) => !/bị ẩn/.test(f.message))).toBe(true);
    expect(describeFindings(findings)).not.toMatch(/NaN|undefined/);
  });
});

describe("an amount-only total row whose formula has no shown value", () => {
  const table = (total: Grid["rows"][number][number]): Grid => {
    const grid = readDelimited(
      [
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí",
        "1\tBan hành kế hoạch\tVăn phòng\t\tKế hoạch\tQuý I\t1.000.000",
        "2\tKiểm tra\tVăn phòng\t\tBáo cáo\tQuý II\t1.000.000",
      ].join("\n"),
      "\t"
    );
    grid.rows.push(
      [{ value: null }, { value: null }, {}, {}, {}, {}, total].map((c) => ({ value: null, ...c }))
    );
    return grid;
  };

  it("is still the total when its formula came to an error", () => {
    const appendix = readAppendix(
      table({ value: null, formula: "SUM(G2:G#REF!)", error: "#REF!" })
    );
    expect(appendix.total?.row).toBe(4);
    expect(appendix.total?.amount.kind).toBe("error");
  });

  it("is still the total when its formula was saved without a result it can work out", () => {
    const appendix = readAppendix(table({ value: null, formula: "ROUND(G2*2,0)" }));
    expect(appendix.total?.row).toBe(4);
    expect(checkAppendix(appendix).some((f) => f.rule === "total.missing")).toBe(false);
  });
});

describe("second header rows that split other headings", () => {
  it("skips a row splitting Thời gian into start and end, keeping one Kinh phí column", () => {
    const header = [...HEADER.slice(0, 6), "", "Kinh phí"];
    const rows: Row[] = [
      ["", "", "", "", "", "Bắt đầu", "Kết thúc", ""],
      ["1", "Ban hành kế hoạch", LEAD, PARTNERS, PRODUCT, "01/2025", "03/2025", "1.000.000"],
      ["", bold("Tổng cộng"), "", "", "", "", "", bold("1.000.000")],
    ];
    const appendix = readTable(rows, { header });
    expect(appendix.amountColumns.map((column) => column.column)).toEqual([8]);
    expect(appendix.rows.map((row) => row.numberText)).toEqual(["1"]);
    expect(appendix.skippedRows).toEqual([]);
    expect(seriousPlaces(checkAppendix(appendix))).toEqual([]);
  });

  it("reads the unit from a single heading under Kinh phí", () => {
    const rows: Row[] = [
      subHeadings("(triệu đồng)"),
      taskRow("1", "Ban hành kế hoạch", "1,5"),
      totalRow("1,5"),
    ];
    const appendix = readTable(rows, { header: HEADER });
    expect(appendix.amountColumns).toHaveLength(1);
    expect(appendix.scale).toBe(1_000_000);
    expect(appendix.rows.map((row) => row.amount)).toEqual([{ kind: "amount", value: 1_500_000 }]);
    expect(seriousPlaces(checkAppendix(appendix))).toEqual([]);
  });

  it("takes a first row with a number for a task, not for headings", () => {
    const rows: Row[] = [taskRow("1", "Ban hành kế hoạch", "1.000.000"), totalRow("1.000.000")];
    const appendix = readTable(rows, { header: HEADER });
    expect(appendix.rows.map((row) => row.numberText)).toEqual(["1"]);
  });
});

describe("a three-row Kinh phí heading", () => {
  // "Kinh phí (đồng)" over "Tổng số | Trong đó", and "Trong đó" over "Ngân sách xã | Nguồn khác",
  // merged as Excel writes it: sheet rows 1–3 are the header, the tasks start on row 4.
  const grid = (group1 = "7.000.000"): Grid => {
    const rows: Row[] = [
      headerWith("Kinh phí (đồng)", "", ""),
      subHeadings("Tổng số", "Trong đó", ""),
      subHeadings("", "Ngân sách xã", "Nguồn khác"),
      groupRow("1", "Công tác chỉ đạo", "10.000.000", group1, "3.000.000"),
      taskRow("1.1", "Ban hành kế hoạch", "4.000.000", "4.000.000", ""),
      taskRow("1.2", "Kiểm tra", "6.000.000", "3.000.000", "3.000.000"),
      totalRow("10.000.000", "7.000.000", "3.000.000"),
    ];
    const read = readDelimited(
      rows.map((row) => row.map((cell) => cell ?? "").join("\t")).join("\n"),
      "\t"
    );
    read.merges = ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:E3", "F1:F3", "G1:I1", "G2:G3", "H2:I2"];
    return read;
  };

  it("reads a column per lowest heading and finds nothing wrong in a table that adds up", () => {
    const appendix = readAppendix(grid());
    expect(appendix.amountColumns.map((column) => [column.label, column.isTotal])).toEqual([
      ["Tổng số", true],
      ["Ngân sách xã", false],
      ["Nguồn khác", false],
    ]);
    expect(appendix.rows.map((row) => row.numberText)).toEqual(["1", "1.1", "1.2"]);
    // The headings merged down through the header are the header's own, not merged table cells.
    expect(checkAppendix(appendix)).toEqual([]);
  });

  it("checks each source column under it", () => {
    const findings = checkAppendix(readAppendix(grid("7.500.000")));
    expect(seriousPlaces(findings)).toEqual([error("budget.sources", 4, "H4")]);
  });
});
