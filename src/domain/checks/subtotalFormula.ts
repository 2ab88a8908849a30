import { summedRows } from "../formulaReferences";
import { formulaText } from "../messages";
import { OutlineNode } from "../outline";
import { Check, findingAt, nameOf } from "./context";

/** subtotal.formula: a subtotal (or total) formula that does not add up exactly the rows below it. */
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
    const extra = rows
      .map((row) => nodeAtRow.get(row))
      .filter((node): node is OutlineNode => !!node && !childRows.has(node.row.row));
    const missing = children.filter((child) => !referenced.has(child.row.row));
    if (extra.length === 0 && missing.length === 0) return null;
    const counts = [...extra, ...missing].some((node) => node.row.amount.kind !== "empty");
    return { extra, missing, severity: counts ? ("error" as const) : ("warning" as const) };
  };
  const label = (nodes: OutlineNode[]) =>
    nodes.map((node) => `${nameOf(node.row)} (dòng ${node.row.row})`);

  const findings = outline.nodes.flatMap((node) => {
    const verdict = node.children.length > 0 ? judge(node.row.amountFormula, node.children) : null;
    if (!verdict) return [];
    return [
      findingAt(context, "subtotal.formula", verdict.severity, "budget", node.row, {
        message: formulaText.covers(nameOf(node.row), label(verdict.extra), label(verdict.missing)),
        hint: formulaText.coversHint,
      }),
    ];
  });
  const total = appendix.total;
  const totalVerdict = total ? judge(total.amountFormula, outline.roots) : null;
  if (total && totalVerdict) {
    findings.push(
      findingAt(context, "subtotal.formula", totalVerdict.severity, "budget", total, {
        message: formulaText.covers(
          formulaText.totalName,
          label(totalVerdict.extra),
          label(totalVerdict.missing)
        ),
        hint: formulaText.coversHint,
      })
    );
  }
  return findings;
};
