import { Appendix } from "./appendix";
import { auditBudget } from "./budgetAudit";
import { budgetFormat } from "./checks/budgetFormat";
import { budgetNegative } from "./checks/budgetNegative";
import { Check, CheckContext } from "./checks/context";
import { fieldRequired } from "./checks/fieldRequired";
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
import { analyseSequence } from "./numberSequence";
import { buildOutline } from "./outline";

const CHECKS: readonly Check[] = [
  ttFormat,
  ttDuplicate,
  ttGap,
  ttOrder,
  ttLetter,
  fieldRequired,
  budgetFormat,
  budgetNegative,
  subtotalMismatch,
  subtotalBlank,
  subtotalFormula,
  totalMismatch,
  totalMissing,
  totalWords,
];

/** Every finding about an appendix, in sheet order. */
export function checkAppendix(appendix: Appendix): Finding[] {
  const sequence = analyseSequence(appendix.rows);
  const outline = buildOutline(appendix.rows, sequence);
  const context: CheckContext = {
    appendix,
    outline,
    sequence,
    budget: auditBudget(outline, appendix.total),
  };
  return [...appendix.findings, ...CHECKS.flatMap((check) => check(context))].sort(byPosition);
}
