import fc from "fast-check";
import { describe, expect, test } from "@jest/globals";
import { checkAppendix } from "../../../src/domain/checkAppendix";
import { readDelimited } from "../../../src/domain/delimitedText";
import { Finding, SEVERITIES } from "../../../src/domain/finding";
import { Grid, GridCell } from "../../../src/domain/grid";
import { NoAppendixError, readAppendix } from "../../../src/domain/readAppendix";
import { HEADER } from "../../support/table";

const WORDS = [
  "1",
  "2",
  "1.1",
  "1.2",
  "1.1.1",
  "2,2,1",
  "3.8.2",
  "1.",
  "1.1.",
  "1.a",
  "I",
  "II",
  "IIII",
  "IV",
  "V.",
  "a)",
  "đ)",
  "f)",
  "j.",
  "-",
  "+",
  "•",
  "Tổng cộng",
  "TỔNG CỘNG",
  "Cộng",
  "Tong so",
  "12.900.000",
  "12.900.000 đ",
  "12.900.000đ",
  "12,900,000",
  "12 900 000",
  "1.000 VNĐ",
  "12,9",
  "500.00",
  "4000.000",
  "-500.000",
  "(500.000)",
  "0",
  "—",
  "3 triệu",
  "2 tỷ",
  "=SUM(",
  "=SUM(G3:G5)",
  "=G3+G4",
  "Kinh phí",
  "Nhiệm vụ",
  "TT",
  "STT",
  "Chủ trì",
  "Phối hợp",
  "Thời gian",
  "ĐVT: triệu đồng",
  "Ban hành kế hoạch",
  "Văn phòng – Thống kê",
  "Quý I/2025",
  "<b>1</b>",
  "<i>Báo cáo</i>",
  '"quoted\ttab"',
  "1e309",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "1\u00a0000\u00a0000",
  "\u202f",
  " ",
];

const nfdText = fc
  .constantFrom(
    "Kinh phí",
    "Nhiệm vụ",
    "Tổng cộng",
    "Bộ phận chủ trì",
    "Thời gian thực hiện",
    "12.900.000 đồng",
    "đ)"
  )
  .map((text) => text.normalize("NFD"));

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: nfdText },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) }
);

const cell: fc.Arbitrary<GridCell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<GridCell>({ value: null }) },
  { weight: 6, arbitrary: text.map<GridCell>((value) => ({ value })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.integer(),
        fc.double(),
        fc.constantFrom(0, -0, 12_900_000, 12.9, 1e21, Number.MAX_SAFE_INTEGER)
      )
      .map<GridCell>((value) => ({ value })),
  },
  { weight: 1, arbitrary: fc.boolean().map<GridCell>((value) => ({ value })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        value: fc.oneof(fc.constant(null), fc.integer({ min: -1e9, max: 1e9 }), text),
        formula: fc.constantFrom(
          "SUM(",
          "SUM(G3:G5)",
          "G3+G4+G99",
          "SUBTOTAL(9,G2:G1000000)",
          "A1",
          "SUM(G5:G3)",
          ""
        ),
        bold: fc.boolean(),
        italic: fc.boolean(),
      })
      .map<GridCell>((record) => record),
  }
);

const row = fc.array(cell, { maxLength: 9 });
const headerRow: GridCell[] = HEADER.map((value) => ({ value: value as string }));

const grid = fc.record({
  firstRow: fc.integer({ min: 1, max: 50 }),
  firstColumn: fc.integer({ min: 1, max: 30 }),
  rows: fc.array(row, { maxLength: 30 }),
  merges: fc.option(
    fc.array(fc.constantFrom("A3:A5", "B7:C7", "$G$4:$G$9", "bad", "G1:G2"), { maxLength: 3 }),
    {
      nil: undefined,
    }
  ),
});

function wellFormed(findings: Finding[]) {
  for (const finding of findings) {
    expect(SEVERITIES).toContain(finding.severity);
    expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
    expect(Number.isInteger(finding.row)).toBe(true);
    expect(typeof finding.message).toBe("string");
    expect(finding.message.length).toBeGreaterThan(0);
  }
}

/** Runs the pipeline; the only error allowed out is NoAppendixError. */
function check(input: Grid): Finding[] | "no appendix" {
  try {
    const findings = checkAppendix(readAppendix(input));
    wellFormed(findings);
    return findings;
  } catch (error) {
    if (error instanceof NoAppendixError) return "no appendix";
    throw error;
  }
}

describe("readAppendix + checkAppendix on arbitrary input", () => {
  test("never throw, except NoAppendixError when there is no header", () => {
    fc.assert(
      fc.property(grid, (input) => {
        check(input);
      }),
      { numRuns: 400 }
    );
  });

  test("never throw when a header row is there", () => {
    fc.assert(
      fc.property(grid, fc.nat(), (input, at) => {
        const rows = [...input.rows];
        rows.splice(at % (Math.min(rows.length, 40) + 1), 0, headerRow);
        expect(check({ ...input, rows })).not.toBe("no appendix");
      }),
      { numRuns: 400 }
    );
  });

  test("with no header at all, reading the grid throws NoAppendixError", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.constantFrom<GridCell>(
              { value: null },
              { value: "1.1" },
              { value: "12.900.000" },
              { value: "II" }
            )
          ),
          { maxLength: 10 }
        ),
        (rows) => {
          expect(() => readAppendix({ firstRow: 1, firstColumn: 1, rows })).toThrow(
            NoAppendixError
          );
        }
      )
    );
  });

  test("arbitrary tab-separated text under the standard header never throws", () => {
    const line = fc.array(text, { maxLength: 8 }).map((cells) => cells.join("\t"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.boolean(), (lines, nfd) => {
        let tsv = [HEADER.join("\t"), ...lines].join("\n");
        if (nfd) tsv = tsv.normalize("NFD");
        expect(check(readDelimited(tsv, "\t"))).not.toBe("no appendix");
      }),
      { numRuns: 300 }
    );
  });
});
