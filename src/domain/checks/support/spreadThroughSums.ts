import { readSumFormula, rangesOf } from "../../formulaReferences";

interface FormulaRow {
  row: number;
  amountFormula?: string;
}

/**
 * Of the Kinh phí cells that share one fault (an error value, a missing result), those where it starts,
 * each with the cells (sums over it, directly or through other sums) that show the fault only because
 * they add it up: one finding at the start names them instead of one finding each. A sum whose fault no
 * other cell explains (sums adding up each other in a circle) counts as a start.
 */
export function wherePassedOn<T extends FormulaRow>(
  rows: readonly T[],
  column: number | undefined
): { row: T; passedTo: number[] }[] {
  const faulty = rows.map((row) => row.row);
  // Which of the faulty cells each faulty sum adds up.
  const sources = new Map<number, number[]>();
  for (const row of rows) {
    const expression = row.amountFormula ? readSumFormula(row.amountFormula) : null;
    if (!expression || column === undefined) continue;
    const ranges = rangesOf(expression).filter(
      (range) => range.left <= column && column <= range.right
    );
    const summed = faulty.filter(
      (other) =>
        other !== row.row && ranges.some((range) => range.top <= other && other <= range.bottom)
    );
    if (summed.length > 0) sources.set(row.row, summed);
  }
  const passedTo = (start: number): number[] => {
    const reached = new Set<number>();
    let frontier = new Set([start]);
    while (frontier.size > 0) {
      const next = new Set<number>();
      sources.forEach((summed, row) => {
        if (row !== start && !reached.has(row) && summed.some((s) => frontier.has(s))) {
          reached.add(row);
          next.add(row);
        }
      });
      frontier = next;
    }
    return [...reached].sort((a, b) => a - b);
  };
  const starts = new Map(
    rows.filter((row) => !sources.has(row.row)).map((row) => [row.row, passedTo(row.row)])
  );
  const explained = new Set([...starts.values()].flat());
  return rows
    .filter((row) => !explained.has(row.row))
    .map((row) => ({ row, passedTo: starts.get(row.row) ?? [] }));
}
