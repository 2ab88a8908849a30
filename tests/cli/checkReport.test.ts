import { describe, expect, test } from "@jest/globals";
import { checkReport, reportJson, reportText } from "../../src/cli/checkReport";
import { checkReportSchema } from "../../src/cli/reportSchemas";
import { Finding } from "../../src/domain/finding";

function finding(row: number, severity: Finding["severity"], hint: string | null): Finding {
  return {
    rule: "field.required",
    severity,
    row,
    cell: `C${row}`,
    number: `${row}`,
    message: `Nhiệm vụ ${row} chưa có bộ phận chủ trì.`,
    expected: null,
    actual: row % 2 === 0 ? row : null,
    hint,
  };
}

const join = (parts: Iterable<string>) => Array.from(parts).join("");

describe("the report, piece by piece", () => {
  test.each([0, 1, 3])("JSON with %i findings reads as JSON.stringify(report, null, 2)", (n) => {
    const findings = Array.from({ length: n }, (_, i) =>
      finding(i + 2, i === 0 ? "error" : "info", i === 1 ? 'Ghi “bộ phận”\n\\ "x"' : null)
    );
    const report = checkReport("tệp “a”.csv", "Trang\t1", findings);
    const json = join(reportJson(report));
    expect(json).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(checkReportSchema.parse(JSON.parse(json))).toEqual(report);
  });

  test("text: errors first, cells padded to the widest of their group, hints under them", () => {
    const report = checkReport("a.csv", "a", [
      finding(9, "warning", null),
      finding(12, "error", "Ghi bộ phận."),
      finding(7, "error", null),
    ]);
    expect(join(reportText(report))).toBe(
      [
        "Kiểm tra phụ lục: a.csv, trang “a”",
        "2 lỗi, 1 cảnh báo, 0 ghi chú.",
        "",
        "LỖI (2)",
        "  C12 [12] Nhiệm vụ 12 chưa có bộ phận chủ trì.",
        "      → Ghi bộ phận.",
        "  C7  [7] Nhiệm vụ 7 chưa có bộ phận chủ trì.",
        "",
        "CẢNH BÁO (1)",
        "  C9 [9] Nhiệm vụ 9 chưa có bộ phận chủ trì.",
        "",
      ].join("\n")
    );
  });

  test("300,000 findings: the whole list, with no argument list as long as it", () => {
    const findings = Array.from({ length: 300_000 }, (_, i) => finding(i + 2, "warning", "Ghi."));
    const report = checkReport("a.csv", "a", findings);
    let lines = 0;
    for (const part of reportText(report)) lines += part.split("\n").length - 1;
    // Heading, summary, blank line, group title, then a finding and its hint per finding.
    expect(lines).toBe(4 + 2 * 300_000);
    expect(report.summary).toEqual({ errors: 0, warnings: 300_000, infos: 0 });
    let braces = 0;
    for (const part of reportJson(report)) braces += part.split("{").length - 1;
    expect(braces).toBe(2 + 300_000);
  });
});
