import { amountColumnView } from "./amountColumnView";
import { Appendix } from "./appendix";
import { auditBudget } from "./budgetAudit";
import { budgetFormat } from "./checks/budgetFormat";
import { budgetNegative } from "./checks/budgetNegative";
import { budgetSources } from "./checks/budgetSources";
import { budgetText } from "./checks/budgetText";
import { Check, CheckContext } from "./checks/context";
import { fieldRequired } from "./checks/fieldRequired";
import { formulaError } from "./checks/formulaError";
import { formulaUncalculated } from "./checks/formulaUncalculated";
import { subtotalBlank } from "./checks/subtotalBlank";
import { subtotalFormula } from "./checks/subtotalFormula";
import { subtotalMismatch } from "./checks/subtotalMismatch";
import { totalMismatch } from "./checks/totalMismatch";
import { totalMissing } from "./checks/totalMissing";
import { totalWords } from "./checks/totalWords";
import { ttDuplicate } from "./checks/ttDuplicate";
import { ttFormat } from "./checks/ttFormat";
import { ttGap } from "./checks/ttGap";
import { ttLetter } from "./checks/ttLetter";
import { ttOrder } from "./checks/ttOrder";
import { byPosition, Finding } from "./finding";
import { FormulaCoverage, judgeFormulas } from "./formulaCoverage";
import { notices } from "./messages";
import { analyseSequence } from "./numberSequence";
import { buildOutline } from "./outline";
import { analyseSources, SourceFault, withFaultsCorrected } from "./sourceSplit";

/** Rules about the numbering and the text columns, and across amount columns: judged once. */
const TABLE_CHECKS: readonly Check[] = [
  ttFormat,
  ttDuplicate,
  ttGap,
  ttOrder,
  ttLetter,
  fieldRequired,
  budgetSources,
];

/** Rules about one Kinh phí column: judged on each amount column of the table. */
const AMOUNT_CHECKS: readonly Check[] = [
  budgetFormat,
  budgetText,
  budgetNegative,
  formulaError,
  formulaUncalculated,
  subtotalMismatch,
  subtotalBlank,
  subtotalFormula,
  totalMismatch,
  totalMissing,
];

/** The "Bằng chữ" line states the main column's total. */
const MAIN_COLUMN_CHECKS: readonly Check[] = [totalWords];

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
    const checks = [...TABLE_CHECKS, ...AMOUNT_CHECKS, ...MAIN_COLUMN_CHECKS];
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
    ...[...TABLE_CHECKS, ...MAIN_COLUMN_CHECKS].flatMap((check) => check(main)),
  ];
  columns.forEach((column, index) => {
    const placed = faults.filter((fault) => fault.column === index);
    const context = contextOf(withFaultsCorrected(amountColumnView(appendix, index), placed));
    const isMain = column.column === appendix.columns.budget;
    for (const check of AMOUNT_CHECKS) {
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
