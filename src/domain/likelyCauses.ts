import { expectedOf, Mismatch } from "./budgetAudit";
import { causeText } from "./messages";
import { OutlineNode } from "./outline";
import { shortName } from "./rowNames";

const MAX_NAMED_ROWS = 3;

/**
 * What a wrong sum most likely comes from, in Vietnamese: one row left out or counted twice, two
 * digits swapped, one digit mistyped, a grand total that adds more than one level.
 */
export function likelyCauses(mismatch: Mismatch, roots: OutlineNode[]): string {
  const expected = expectedOf(mismatch);
  const below = descendants(mismatch.node ? mismatch.node.children : roots);
  const causes: string[] = [];

  for (const basis of new Set([mismatch.direct, mismatch.deep])) {
    if (basis === null) continue;
    const difference = mismatch.actual - basis;
    const rows = below
      .filter((node) => amountOf(node) === Math.abs(difference))
      .slice(0, MAX_NAMED_ROWS);
    if (difference !== 0 && rows.length > 0) {
      const numbers = rows.map((node) => shortName(node.row));
      causes.push(
        difference > 0 ? causeText.rowCountedTwice(numbers) : causeText.rowLeftOut(numbers)
      );
      break;
    }
  }
  const typo = digitTypo(expected, mismatch.actual);
  if (typo) causes.push(typo);
  if (
    !mismatch.node &&
    mismatch.actual === below.reduce((sum, node) => sum + (amountOf(node) ?? 0), 0)
  ) {
    causes.push(causeText.bothLevels);
  }
  if (mismatch.direct !== null && mismatch.deep !== null && mismatch.direct !== mismatch.deep) {
    causes.push(causeText.onlyDetails(mismatch.deep));
  }
  causes.push(causeText.fixTo(expected));
  return causes.join(" ");
}

function digitTypo(expected: number, actual: number): string | null {
  const a = String(Math.abs(expected));
  const b = String(Math.abs(actual));
  if (a.length !== b.length || a === b) return null;
  const differing: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing.push(i);
  if (differing.length === 1) return causeText.oneDigit(expected, actual);
  const [i, j] = differing;
  if (differing.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i]) {
    return causeText.transposed(expected, actual);
  }
  const sameDigits = [...a].sort().join("") === [...b].sort().join("");
  return sameDigits && (actual - expected) % 9 === 0 ? causeText.ninefold : null;
}

function descendants(nodes: OutlineNode[]): OutlineNode[] {
  const all: OutlineNode[] = [];
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop() as OutlineNode;
    all.push(node);
    stack.push(...node.children);
  }
  return all.sort((x, y) => x.row.row - y.row.row);
}

function amountOf(node: OutlineNode): number | null {
  return node.row.amount.kind === "amount" ? node.row.amount.value : null;
}
