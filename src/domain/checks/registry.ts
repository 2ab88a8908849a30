import { budgetFormat } from "./budgetFormat";
import { budgetNegative } from "./budgetNegative";
import { budgetSources } from "./budgetSources";
import { budgetText } from "./budgetText";
import { fieldRequired } from "./fieldRequired";
import { fileEncoding } from "./fileEncoding";
import { formulaError } from "./formulaError";
import { formulaUncalculated } from "./formulaUncalculated";
import { rowBlank } from "./rowBlank";
import { rowContinuation } from "./rowContinuation";
import { rowHeader } from "./rowHeader";
import { scheduleStale } from "./scheduleStale";
import { scheduleUnparsed } from "./scheduleUnparsed";
import { subtotalBlank } from "./subtotalBlank";
import { subtotalFormula } from "./subtotalFormula";
import { subtotalMismatch } from "./subtotalMismatch";
import { tableMerged } from "./tableMerged";
import { totalMismatch } from "./totalMismatch";
import { totalMissing } from "./totalMissing";
import { totalWords } from "./totalWords";
import { trackingDate } from "./trackingDate";
import { trackingEarly } from "./trackingEarly";
import { trackingOverspent } from "./trackingOverspent";
import { trackingPending } from "./trackingPending";
import { trackingProgress } from "./trackingProgress";
import { trackingSpent } from "./trackingSpent";
import { trackingUndated } from "./trackingUndated";
import { ttDuplicate } from "./ttDuplicate";
import { ttFormat } from "./ttFormat";
import { ttGap } from "./ttGap";
import { ttLetter } from "./ttLetter";
import { ttOrder } from "./ttOrder";

/**
 * Every rule, one file each in this folder. Within a stage, the order is the order the checks run in
 * (and so the order of findings at the same cell).
 */
export const RULES = [
  fileEncoding,
  rowBlank,
  rowHeader,
  rowContinuation,
  tableMerged,
  ttFormat,
  ttDuplicate,
  ttGap,
  ttOrder,
  ttLetter,
  fieldRequired,
  scheduleUnparsed,
  scheduleStale,
  budgetSources,
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
  totalWords,
  trackingProgress,
  trackingUndated,
  trackingDate,
  trackingEarly,
  trackingPending,
  trackingSpent,
  trackingOverspent,
] as const;

/** "tt.gap", "subtotal.blank", …: the id of a rule in the registry. */
export type RuleId = (typeof RULES)[number]["id"];

export type RegisteredRule = (typeof RULES)[number];

const BY_ID = new Map<string, RegisteredRule>(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id. */
export function ruleById(id: RuleId): RegisteredRule {
  return BY_ID.get(id) as RegisteredRule;
}
