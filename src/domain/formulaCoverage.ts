import { Appendix, AppendixRow, TotalRow } from "./appendix";
import { summedRows } from "./formulaReferences";
import { Outline, OutlineNode } from "./outline";
import { sumFormula } from "./sumFormula";

/** A subtotal (or the grand total) whose formula does not add up exactly the rows below it. */
export interface FormulaFault {
  /** null for the grand total. */
  node: OutlineNode | null;
  /** The row whose Kinh phí cell holds the formula. */
  row: AppendixRow | TotalRow;
  /** Rows of the table it adds up that are not its direct children. */
  extra: OutlineNode[];
  /** Direct children it leaves out. */
  missing: OutlineNode[];
  /**
   * Whether a row it adds in or leaves out carries an amount: then its figure is wrong now, and this is
   * the cause to report there. Otherwise the figure is right until one of those rows gets an amount.
   */
  counts: boolean;
  /** The formula over exactly its direct children, as the officer would type it. */
  correct: string;
}

export interface FormulaCoverage {
  /** In sheet order, the grand total last. */
  faults: FormulaFault[];
  /** The faults by their sum (null: the grand total). */
  at: ReadonlyMap<OutlineNode | null, FormulaFault>;
}

const NONE: FormulaCoverage = Object.freeze({ faults: [], at: new Map() });

/**
 * Judges, once for every rule that needs it, which subtotal and total formulas of the main Kinh phí
 * column add up other rows than their children. Formulas that are not plain sums are not judged.
 */
export function judgeFormulas(appendix: Appendix, outline: Outline): FormulaCoverage {
  const column = appendix.columns.budget;
  const total = appendix.total;
  const hasFormulas =
    Boolean(total?.amountFormula) || appendix.rows.some((row) => row.amountFormula);
  if (column === undefined || !hasFormulas) return NONE;
  const nodeAtRow = new Map<number, OutlineNode>(outline.nodes.map((node) => [node.row.row, node]));

  const judge = (
    node: OutlineNode | null,
    row: AppendixRow | TotalRow,
    children: OutlineNode[]
  ): FormulaFault | null => {
    const formula = row.amountFormula;
    if (!formula) return null;
    const rows = summedRows(formula, column);
    if (!rows) return null;
    const referenced = new Set(rows);
    const childRows = new Set(children.map((child) => child.row.row));
    const extra: OutlineNode[] = [];
    for (const row of referenced) {
      const other = nodeAtRow.get(row);
      if (other && !childRows.has(row)) extra.push(other);
    }
    const missing = children.filter((child) => !referenced.has(child.row.row));
    if (extra.length === 0 && missing.length === 0) return null;
    const counts = [...extra, ...missing].some((other) => other.row.amount.kind !== "empty");
    const correct = sumFormula(
      column,
      children.map((child) => child.row.row)
    );
    return { node, row, extra, missing, counts, correct };
  };

  const faults: FormulaFault[] = [];
  for (const node of outline.nodes) {
    if (node.children.length === 0) continue;
    const fault = judge(node, node.row, node.children);
    if (fault) faults.push(fault);
  }
  const totalFault = total ? judge(null, total, outline.roots) : null;
  if (totalFault) faults.push(totalFault);
  return { faults, at: new Map(faults.map((fault) => [fault.node, fault])) };
}

/**
 * Whether the sum at `node` (null: the grand total) is wrong because its formula adds up the wrong
 * rows: then that is the finding there, with the figures, and no other rule reports the same cell.
 */
export function wrongByFormula(coverage: FormulaCoverage, node: OutlineNode | null): boolean {
  return coverage.at.get(node)?.counts === true;
}
