import { analysisOf, AppendixAnalysis, ColumnAnalysis } from "./analysis";
import { Appendix } from "./appendix";
import { RULES } from "./checks/registry";
import { CheckContext } from "./checks/support/context";
import { RuleStage } from "./checks/support/rule";
import { byPosition, Finding } from "./finding";
import { notices } from "./messages";
import { SourceFault } from "./sourceSplit";

type Check = (context: CheckContext) => Finding[];

/** The checks of the rules judged at a stage, in the registry's order. */
function checksOf(stage: RuleStage): readonly Check[] {
  return RULES.flatMap((rule) => (rule.stage === stage && rule.check ? [rule.check] : []));
}

/** Rules about the numbering and the text columns, and across amount columns: judged once. */
const TABLE_CHECKS = checksOf("table");
/** Rules about one Kinh phí column: judged on each amount column of the table. */
const COLUMN_CHECKS = checksOf("column");
/** The "Bằng chữ" line states the main column's total. */
const WORDS_CHECKS = checksOf("words");

/**
 * Every finding about an appendix, in sheet order. `analysis`, when the caller has one of this appendix
 * (to propose fixes too), is used instead of working it out again.
 */
export function checkAppendix(appendix: Appendix, analysis?: AppendixAnalysis): Finding[] {
  const analysed = analysisOf(appendix, analysis);
  const { sequence, main, columns } = analysed;
  const contextOf = (column: ColumnAnalysis, sourceFaults: SourceFault[]): CheckContext => ({
    appendix: column.appendix,
    column: column.column,
    isMain: column.isMain,
    outline: column.outline,
    budget: column.budget,
    get formulas() {
      return column.formulas;
    },
    sequence,
    sourceFaults,
    get schedules() {
      return analysed.schedules;
    },
  });
  // Each amount column is judged on its own (a table with one is `[main]`), a fault between a row's
  // sources and its total read at its corrected value, so that the subtotals above it do not report it
  // again.
  const whole = contextOf(main, analysed.sourceFaults);
  const findings = [
    ...appendix.findings,
    ...[...TABLE_CHECKS, ...WORDS_CHECKS].flatMap((check) => check(whole)),
  ];
  for (const column of columns) {
    const context = contextOf(column, []);
    const label = column.column?.label ?? "";
    for (const check of COLUMN_CHECKS) {
      for (const finding of check(context))
        findings.push(
          column.isMain
            ? finding
            : { ...finding, message: notices.inColumn(label, finding.message) }
        );
    }
  }
  return inSheetOrder(findings, appendix.hiddenRows);
}

/** In sheet order; a finding on a hidden row says so, as the officer would not find the row otherwise. */
function inSheetOrder(findings: Finding[], hidden: ReadonlySet<number>): Finding[] {
  const marked =
    hidden.size === 0
      ? findings
      : findings.map((finding) =>
          hidden.has(finding.row)
            ? { ...finding, message: `${finding.message} ${notices.hiddenRow(finding.row)}` }
            : finding
        );
  return marked.sort(byPosition);
}
