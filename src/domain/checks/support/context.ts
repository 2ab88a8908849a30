import { Appendix } from "../../appendix";
import { BudgetAudit } from "../../budgetAudit";
import { FormulaCoverage } from "../../formulaCoverage";
import { NumberSequence } from "../../numberSequence";
import { Outline } from "../../outline";
import { SourceFault } from "../../sourceSplit";

/** What every rule may look at: the table, its tree, and the analyses the rules share. */
export interface CheckContext {
  appendix: Appendix;
  outline: Outline;
  sequence: NumberSequence;
  budget: BudgetAudit;
  /** Subtotal and total formulas that add up other rows than their children. */
  formulas: FormulaCoverage;
  /** Rows whose Tổng số and sources disagree, where the table splits Kinh phí into sources. */
  sourceFaults: SourceFault[];
}
