import { Appendix } from "../appendix";
import { analyseSequence } from "../numberSequence";
import { buildOutline } from "../outline";
import { Fix } from "./fix";
import { renumber } from "./renumber";
import { subtotalFormulas } from "./subtotalFormulas";
import { totalFix } from "./totalFix";

/** The fixes that would change something in this table; none is applied here. */
export function proposeFixes(appendix: Appendix): Fix[] {
  const outline = buildOutline(appendix.rows, analyseSequence(appendix.rows));
  return [
    renumber(appendix, outline),
    subtotalFormulas(appendix, outline),
    totalFix(appendix, outline),
  ].filter((fix): fix is Fix => fix !== null);
}
