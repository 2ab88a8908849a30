import { describe, expect, test } from "@jest/globals";
import { AppendixRow } from "../../src/domain/appendix";
import { auditBudget } from "../../src/domain/budgetAudit";
import { checkAppendix } from "../../src/domain/checkAppendix";
import { proposeFixes } from "../../src/domain/fixes/proposeFixes";
import { readAmount } from "../../src/domain/money";
import { analyseSequence } from "../../src/domain/numberSequence";
import { readNumber } from "../../src/domain/numbering";
import { buildOutline } from "../../src/domain/outline";
import { readTable, task } from "../support/table";

/** A row as readAppendix gives it, built directly: big tables without the cost of reading text. */
function row(sheetRow: number, number: string, amount: string): AppendixRow {
  const reading = readAmount(amount === "" ? null : amount);
  return {
    ...readTable([task(number, "Việc", amount)]).rows[0],
    row: sheetRow,
    numberText: number,
    number: readNumber(number),
    amount: reading,
    amounts: [reading],
    amountFormulas: [undefined],
  };
}

describe("the budget audit on large tables", () => {
  // A blank group over many groups, each a lump sum over one task without an amount: every one of
  // them is a candidate for a subtotal written a level too low, the case that once cost a pass over
  // the siblings per candidate.
  const size = 15_000;
  const rows: AppendixRow[] = [row(2, "1", "")];
  for (let i = 1; i <= size; i++) {
    rows.push(row(1 + 2 * i, `1.${i}`, "100.000"));
    rows.push(row(2 + 2 * i, `1.${i}.1`, ""));
  }

  test("stays linear in rows: each analysis is one pass, not one per row", () => {
    const started = Date.now();
    const outline = buildOutline(rows, analyseSequence(rows));
    const audit = auditBudget(outline, null);
    expect(audit.misplaced).toEqual([]);
    expect(audit.blankSubtotals).toEqual([{ node: outline.roots[0], sum: size * 100_000 }]);
    const appendix = { ...readTable([task("1", "Việc")]), rows, total: null };
    expect(checkAppendix(appendix).filter((f) => f.severity === "error")).toEqual([]);
    expect(proposeFixes(appendix).map((fix) => fix.kind)).toEqual(["subtotal-formulas", "total"]);
    // A quadratic pass over 15.000 siblings takes tens of seconds; linear work takes well under one.
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
