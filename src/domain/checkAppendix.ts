import { amountColumnView } from "./amountColumnView";
import { Appendix } from "./appendix";
import { auditBudget } from "./budgetAudit";
import { RULES } from "./checks/registry";
import { CheckContext } from "./checks/support/context";
import { RuleStage } from "./checks/support/rule";
import { byPosition, Finding } from "./finding";
import { FormulaCoverage, judgeFormulas } from "./formulaCoverage";
import { notices } from "./messages";
import { analyseSequence } from "./numberSequence";
import { buildOutline } from "./outline";
import { analyseSources, SourceFault, withFaultsCorrected } from "./sourceSplit";

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

/** Every finding about an appendix, in sheet order. */
export function checkAppendix(appendix: Appendix): Finding[] {
  const sequence = analyseSequence(appendix.rows);
  const contextOf = (view: Appendix, sourceFaults: SourceFault[] = []): CheckContext => {
    const outline = buildOutline(view.rows, sequence);
    const budget = auditBudget(outline, view.total);
    let formulas: FormulaCoverage | undefined;
    return {
      appendix: view,
      outline,
      sequence,
      budget,
      sourceFaults,
      // Judged when a rule first asks, once: counting mismatches for the sources does not need it.
      get formulas() {
        return (formulas ??= judgeFormulas(view, outline));
      },
    };
  };
  const columns = appendix.amountColumns;
  if (columns.length < 2) {
    const context = contextOf(appendix);
    const checks = [...TABLE_CHECKS, ...COLUMN_CHECKS, ...WORDS_CHECKS];
    return inSheetOrder(
      [...appendix.findings, ...checks.flatMap((check) => check(context))],
      appendix.hiddenRows
    );
  }
  // Several amount columns: each is judged on its own, with a fault between a row's sources and its
  // total read at its corrected value, so that the subtotals above it do not report it again.
  const main = contextOf(appendix);
  const faults = analyseSources(
    appendix,
    main.outline,
    (view) => contextOf(view).budget.mismatches.length
  );
  main.sourceFaults = faults;
  const findings = [
    ...appendix.findings,
    ...[...TABLE_CHECKS, ...WORDS_CHECKS].flatMap((check) => check(main)),
  ];
  columns.forEach((column, index) => {
    const placed = faults.filter((fault) => fault.column === index);
    const context = contextOf(withFaultsCorrected(amountColumnView(appendix, index), placed));
    const isMain = column.column === appendix.columns.budget;
    for (const check of COLUMN_CHECKS) {
      for (const finding of check(context))
        findings.push(
          isMain
            ? finding
            : { ...finding, message: notices.inColumn(column.label, finding.message) }
        );
    }
  });
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
