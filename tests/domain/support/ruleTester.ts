import { describe, expect, test } from "@jest/globals";
import { Appendix } from "../../../src/domain/appendix";
import { checkAppendix } from "../../../src/domain/checkAppendix";
import { RuleId, ruleById } from "../../../src/domain/checks/registry";
import { readDelimited } from "../../../src/domain/delimitedText";
import { Finding, Severity } from "../../../src/domain/finding";
import { cellAddress, columnNumber, Grid } from "../../../src/domain/grid";
import { findAppendix } from "../../../src/domain/readAppendix";
import { describeFindings, Row, TableOptions, tableText } from "../../support/table";

/**
 * A rule tester in the manner of typescript-eslint's: each rule's test file gives `valid` tables, where
 * the rule finds nothing, and `invalid` ones with the findings of the rule expected there, in sheet
 * order. Every table goes through the whole pipeline (grid → findAppendix → checkAppendix), so a rule
 * whose check is emptied, or that reports elsewhere than it should, fails its own test file.
 */

/** The table: rows under the standard header (tests/support/table.ts), text, a grid, or a pipeline of its own. */
export type RuleInput =
  | { rows: readonly Row[]; options?: TableOptions }
  | { text: string }
  | { grid: Grid }
  /** For a rule found before there is a grid (file.encoding): every finding of the file. */
  | { run: () => Promise<Finding[]> };

export type RuleCase = RuleInput & { name: string };

/** What a test asserts about one finding: its cell at least; the rest where given. */
export interface ExpectedFinding {
  cell: string;
  /** Needed only when the rule has several severities. */
  severity?: Severity;
  row?: number;
  number?: string | null;
  message?: string | RegExp;
  hint?: string | RegExp | null;
  expected?: number | null;
  actual?: number | null;
}

export type InvalidCase = RuleCase & { findings: readonly [ExpectedFinding, ...ExpectedFinding[]] };

export interface RuleCases {
  valid: readonly RuleCase[];
  invalid: readonly [InvalidCase, ...InvalidCase[]];
}

interface Outcome {
  findings: Finding[];
  appendix: Appendix | null;
}

async function outcomeOf(input: RuleInput): Promise<Outcome> {
  if ("run" in input) return { findings: await input.run(), appendix: null };
  const grid =
    "grid" in input
      ? input.grid
      : readDelimited("text" in input ? input.text : tableText(input.rows, input.options), "\t");
  const result = findAppendix(grid);
  if (!result.found) throw new Error(`no appendix in the table: ${result.message}`);
  return { findings: checkAppendix(result.appendix), appendix: result.appendix };
}

/** Runs a rule's valid and invalid tables as tests: `describe("tt.gap (rule tester)", …)`. */
export function testRule(id: RuleId, cases: RuleCases): void {
  const rule = ruleById(id);
  describe(`${id} (rule tester)`, () => {
    test("has an invalid table", () => {
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    for (const valid of cases.valid) {
      test(`valid: ${valid.name}`, async () => {
        const { findings } = await outcomeOf(valid);
        const own = findings.filter((finding) => finding.rule === id);
        expect(describeFindings(own)).toBe("");
      });
    }

    for (const invalid of cases.invalid) {
      test(`invalid: ${invalid.name}`, async () => {
        const { findings, appendix } = await outcomeOf(invalid);
        const own = findings.filter((finding) => finding.rule === id);
        const wanted = invalid.findings.map((expected) => wantedOf(expected, rule.severities));
        const shown = own.map((finding, index) => shownAs(finding, invalid.findings[index]));
        expect({ findings: shown, all: describeFindings(findings) }).toEqual({
          findings: wanted,
          all: describeFindings(findings),
        });
        for (const finding of own) {
          expect(rule.severities).toContain(finding.severity);
          expect(finding.message.length).toBeGreaterThan(0);
          if (appendix && !rule.targets.includes("cell"))
            expect(rule.targets).toContainEqual(targetOf(finding, appendix));
        }
      });
    }
  });
}

/** The expected finding in full: the rule's only severity when the test does not name one. */
function wantedOf(expected: ExpectedFinding, severities: readonly Severity[]) {
  if (expected.severity === undefined && severities.length !== 1)
    throw new Error(`say which severity: the rule has ${severities.join(", ")}`);
  const wanted: Record<string, unknown> = {
    ...expected,
    severity: expected.severity ?? severities[0],
  };
  for (const key of ["message", "hint"] as const) {
    const value = expected[key];
    if (value instanceof RegExp) wanted[key] = expect.stringMatching(value);
  }
  return wanted;
}

/** A finding as far as the test looks at it: cell and severity, and what the expected finding gives. */
function shownAs(finding: Finding, expected: ExpectedFinding | undefined) {
  const shown: Record<string, unknown> = { cell: finding.cell, severity: finding.severity };
  for (const key of Object.keys(expected ?? {}) as (keyof ExpectedFinding)[])
    shown[key] = finding[key];
  return shown;
}

/** What a finding points at, said as a rule's field: the column of the table it is in, or the words line. */
function targetOf(finding: Finding, appendix: Appendix): string {
  const match = /^([A-Z]+)(\d+)$/.exec(finding.cell);
  const column = match ? columnNumber(match[1]) : 0;
  const { words } = appendix;
  if (words && finding.cell === cellAddress(words.column, words.row)) return "words";
  if (appendix.amountColumns.some((amount) => amount.column === column)) return "budget";
  const field = Object.entries(appendix.columns).find(([, at]) => at === column)?.[0];
  return field ?? "cell";
}
