import { analysisOf, AppendixAnalysis } from "../analysis";
import { Appendix } from "../appendix";
import { Fix } from "./fix";
import { renumber } from "./renumber";
import { subtotalFormulas } from "./subtotalFormulas";
import { subtotalValues } from "./subtotalValues";
import { totalFix } from "./totalFix";

/**
 * The fixes that would change something in this table; none is applied here. `analysis`, when the caller
 * has one of this appendix (it checked the table too), is used instead of working it out again.
 */
export function proposeFixes(appendix: Appendix, analysis?: AppendixAnalysis): Fix[] {
  const { sequence, main } = analysisOf(appendix, analysis);
  const { outline, budget: audit } = main;
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
