import { summedRows } from "../formulaReferences";
import { formulaText } from "../messages";
import { OutlineNode } from "../outline";
import { Check, findingAt, nameOf, rowName } from "./context";

/**
 * subtotal.formula: a subtotal (or total) formula that does not add up exactly the rows below it. An
 * error when a row it leaves out or adds in carries an amount (the figure is wrong now); a note when
 * those rows are all still without an amount (the figure is right now, and goes wrong once they get one).
 */
export const subtotalFormula: Check = (context) => {
  const { appendix, outline } = context;
  const column = appendix.columns.budget;
  const hasFormulas =
    appendix.rows.some((row) => row.amountFormula) || Boolean(appendix.total?.amountFormula);
  if (column === undefined || !hasFormulas) return [];
  const nodeAtRow = new Map<number, OutlineNode>(outline.nodes.map((node) => [node.row.row, node]));
  const judge = (formula: string | undefined, children: OutlineNode[]) => {
    if (!formula) return null;
    const rows = summedRows(formula, column);
    if (!rows) return null;
    const referenced = new Set(rows);
    const childRows = new Set(children.map((child) => child.row.row));
    const extra = [...referenced]
      .map((row) => nodeAtRow.get(row))
      .filter((node): node is OutlineNode => !!node && !childRows.has(node.row.row));
    const missing = children.filter((child) => !referenced.has(child.row.row));
    if (extra.length === 0 && missing.length === 0) return null;
    const counts = [...extra, ...missing].some((node) => node.row.amount.kind !== "empty");
    return { extra, missing, counts };
  };
  const names = (nodes: OutlineNode[]) => nodes.map((node) => rowName(node.row));
  const draft = (name: string, verdict: NonNullable<ReturnType<typeof judge>>, total: boolean) => ({
    message: verdict.counts
      ? formulaText.covers(name, names(verdict.extra), names(verdict.missing))
      : formulaText.coversLater(name, names(verdict.extra), names(verdict.missing), total),
    hint: formulaText.coversHint,
  });

  const findings = outline.nodes.flatMap((node) => {
    const verdict = node.children.length > 0 ? judge(node.row.amountFormula, node.children) : null;
    if (!verdict) return [];
    const severity = verdict.counts ? "error" : "info";
    return [
      findingAt(
        context,
        "subtotal.formula",
        severity,
        "budget",
        node.row,
        draft(nameOf(node.row), verdict, false)
      ),
    ];
  });
  const total = appendix.total;
  const totalVerdict = total ? judge(total.amountFormula, outline.roots) : null;
  if (total && totalVerdict) {
    const severity = totalVerdict.counts ? "error" : "info";
    findings.push(
      findingAt(
        context,
        "subtotal.formula",
        severity,
        "budget",
        total,
        draft(formulaText.totalName, totalVerdict, true)
      )
    );
  }
  return findings;
};
