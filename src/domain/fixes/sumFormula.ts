/** The sum formulas live in the domain root, where the checks use them too; kept here for older imports. */
export { sumFormula, sumsExactly } from "../sumFormula";
