import { describe, expect, test } from "@jest/globals";
import { evaluateSums } from "../../src/domain/evaluateSums";
import { Grid, GridCell } from "../../src/domain/grid";

/** A grid from A1: each string starting with "=" is a formula saved without its result. */
function grid(rows: (string | number | null)[][], extra: Partial<Grid> = {}): Grid {
  return {
    firstRow: 1,
    firstColumn: 1,
    rows: rows.map((cells) =>
      cells.map<GridCell>((cell) =>
        typeof cell === "string" && cell.startsWith("=")
          ? { value: null, formula: cell.slice(1) }
          : { value: cell }
      )
    ),
    ...extra,
  };
}

/** The values of column `column` (1-based) after evaluation. */
const column = (input: Grid, index = 1) =>
  evaluateSums(input).rows.map((cells) => cells[index - 1]?.value ?? null);

describe("evaluateSums", () => {
  test("SUM, SUBTOTAL 9 and references joined by + are computed", () => {
    expect(
      column(grid([["=SUM(A4:A6)"], ["=A4+A5+A6"], ["=SUBTOTAL(9,A4:A6)"], [100], [null], [250]]))
    ).toEqual([350, 350, 350, 100, null, 250]);
  });

  test("formulas over other formulas without results, above or below them, in any order", () => {
    // A2 adds A3 and A6, both formulas themselves; A3 adds A4:A5 (1.1 adding its tasks).
    expect(
      column(grid([["=A2+A7"], ["=SUM(A3,A6)"], ["=SUM(A4:A5)"], [10], [20], [5], [1]]))
    ).toEqual([36, 35, 30, 10, 20, 5, 1]);
  });

  test("a sum in another column, over several columns, with absolute references", () => {
    const input = grid([
      [1, 2, "=SUM($A$1:B1)"],
      [3, 4, "=A2+$B$2+C1"],
    ]);
    expect(column(input, 3)).toEqual([3, 10]);
  });

  test("SUM passes over text and empty cells; + takes empty as 0 and plain digits typed as text", () => {
    expect(column(grid([["=SUM(A3:A5)"], ["=A4+A5"], ["ghi chú"], ["12"], [null]]))).toEqual([
      0,
      12,
      "ghi chú",
      "12",
      null,
    ]);
  });

  test("+ over text that Excel reads by the computer's locale is left uncalculated", () => {
    const evaluated = evaluateSums(grid([["=A2+A3"], ["1.000.000"], [5]]));
    expect(evaluated.rows[0][0]).toEqual({ value: null, formula: "A2+A3" });
  });

  test("=A2 shows what A2 holds, text included; an empty A2 gives 0", () => {
    expect(column(grid([["=A3"], ["=A4"], ["Tổng"], [null]]))).toEqual(["Tổng", 0, "Tổng", null]);
  });

  test("an error value in a summed cell is the sum's result too", () => {
    const input = grid([["=SUM(A2:A3)"], [null], [5]]);
    input.rows[1][0] = { value: null, formula: "#REF!+A3", error: "#REF!" };
    const evaluated = evaluateSums(input);
    expect(evaluated.rows[0][0]).toEqual({ value: null, formula: "SUM(A2:A3)", error: "#REF!" });
  });

  test("an error shown as text by an older reader counts as the error", () => {
    const evaluated = evaluateSums(grid([["=A2+A3"], ["#DIV/0!"], [5]]));
    expect(evaluated.rows[0][0]).toMatchObject({ value: null, error: "#DIV/0!" });
  });

  test("SUBTOTAL passes over other SUBTOTALs in its range; 109 also over hidden rows", () => {
    const input = grid(
      [["=SUBTOTAL(9,A2:A5)"], ["=SUBTOTAL(9,A3:A4)"], [10], [20], [5], ["=SUBTOTAL(109,A3:A5)"]],
      { hiddenRows: new Set([4]) }
    );
    expect(column(input)).toEqual([35, 30, 10, 20, 5, 15]);
  });

  test("nested SUM, as the fixes write sums of more than 255 cells", () => {
    expect(column(grid([["=SUM(SUM(A2:A3),SUM(A4))"], [1], [2], [4]]))).toEqual([7, 1, 2, 4]);
  });

  test("other formulas, circular references and references to other sheets keep no value", () => {
    const input = grid([["=ROUND(A6,0)"], ["=A6*1000"], ["=A4"], ["=A3+A6"], ["=Sheet2!A1"], [7]]);
    expect(column(input)).toEqual([null, null, null, null, null, 7]);
  });

  test("cells with results are left as they are, and a grid with nothing to compute is returned as is", () => {
    const input = grid([[1], [2]]);
    input.rows[0][0] = { value: 99, formula: "A2", bold: true };
    expect(evaluateSums(input)).toBe(input);
    const withOne = grid([["=A2"], [2]]);
    withOne.rows[0][0].bold = true;
    const evaluated = evaluateSums(withOne);
    expect(evaluated.rows[0][0]).toEqual({ value: 2, formula: "A2", bold: true });
    // The input grid is not changed.
    expect(withOne.rows[0][0].value).toBeNull();
  });

  test("references outside the grid count as empty; the grid may start anywhere", () => {
    const input: Grid = {
      firstRow: 5,
      firstColumn: 3,
      rows: [[{ value: null, formula: "SUM(C6:C100,A1)" }], [{ value: 8 }]],
    };
    expect(evaluateSums(input).rows[0][0].value).toBe(8);
  });

  test("a long chain of formulas is computed without running out of stack", () => {
    const length = 20_000;
    const rows = Array.from({ length }, (_, i) => [i === length - 1 ? 1 : `=A${i + 2}+B${i + 1}`]);
    rows.forEach((row) => row.push(1));
    const values = column(grid(rows));
    expect(values[0]).toBe(length);
  });
});
