import { Appendix } from "../appendix";
import { auditBudget } from "../budgetAudit";
import { analyseSequence } from "../numberSequence";
import { buildOutline } from "../outline";
import { Fix } from "./fix";
import { renumber } from "./renumber";
import { subtotalFormulas } from "./subtotalFormulas";
import { subtotalValues } from "./subtotalValues";
import { totalFix } from "./totalFix";

/** The fixes that would change something in this table; none is applied here. */
export function proposeFixes(appendix: Appendix): Fix[] {
  const sequence = analyseSequence(appendix.rows);
  const outline = buildOutline(appendix.rows, sequence);
  const audit = auditBudget(outline, appendix.total);
  // A subtotal written one level too low is cleared where it stands once its group adds up its children.
  const movedAway = new Set(audit.misplaced.map((m) => m.node));
  const subtotals = subtotalFormulas(appendix, outline, movedAway);
  return [
    renumber(appendix, outline, sequence.parts),
    subtotalValues(appendix, audit),
    subtotals,
    totalFix(appendix, outline, subtotals, movedAway),
  ].filter((fix): fix is Fix => fix !== null);
}
