import { describe, expect, test } from "@jest/globals";
import { readSumFormula, summedRows } from "../../src/domain/formulaReferences";

const G = 7;

describe("summedRows", () => {
  test.each<[string, number[]]>([
    ["SUM(G8:G12)", [8, 9, 10, 11, 12]],
    ["=SUM(G8:G12)", [8, 9, 10, 11, 12]],
    ["SUM(G8:G8)", [8]],
    ["G8+G10", [8, 10]],
    ["G8+G10+G12", [8, 10, 12]],
    ["=G8+G10", [8, 10]],
    ["G8", [8]],
    ["SUM(G8,G10)", [8, 10]],
    ["SUM(G8,G10,G12)", [8, 10, 12]],
    ["SUM(G8:G9,G12)", [8, 9, 12]],
    ["SUBTOTAL(9,G8:G12)", [8, 9, 10, 11, 12]],
    ["SUBTOTAL(109,G8:G12)", [8, 9, 10, 11, 12]],
    ["$G$8", [8]],
    ["$G$8+$G$10", [8, 10]],
    ["SUM($G$8:$G$12)", [8, 9, 10, 11, 12]],
    ["SUM(G$8:$G12)", [8, 9, 10, 11, 12]],
    ["SUM( G8 : G12 )", [8, 9, 10, 11, 12]],
    ["G8 + G10", [8, 10]],
    ["sum(g8:g12)", [8, 9, 10, 11, 12]],
    ["SUM(G8;G10)", [8, 10]],
    ["SUBTOTAL(9;G8:G9)", [8, 9]],
    ["+G8+G10", [8, 10]],
    ["SUM(SUM(G8:G9),SUM(G12))", [8, 9, 12]],
    ["SUM(G8+G10,G12)", [8, 10, 12]],
  ])("%p adds up rows %p of column G", (formula, rows) => {
    expect(summedRows(formula, G)).toEqual(rows);
  });

  test("a reference past column Z", () => {
    // AA is column 27.
    expect(summedRows("SUM(AA3:AA5)", 27)).toEqual([3, 4, 5]);
    expect(summedRows("SUM(AA3:AA5)", 1)).toBeNull();
  });

  test.each([
    "SUM(H8:H12)",
    "H8+H10",
    "G8+H10",
    "SUM(G8,H10)",
    "SUM(G8:H12)",
    "SUBTOTAL(9,F8:F12)",
    "$H$8",
  ])("%p is not a sum of column G", (formula) => {
    expect(summedRows(formula, G)).toBeNull();
  });

  // Excel reads G12:G8 as G8:G12.
  test("a range written bottom-up covers the same rows", () => {
    expect(summedRows("SUM(G12:G8)", G)).toEqual([8, 9, 10, 11, 12]);
  });

  test("the same formula in its own column", () => {
    expect(summedRows("SUM(H8:H12)", 8)).toEqual([8, 9, 10, 11, 12]);
  });

  test.each([
    "AVERAGE(G8:G12)",
    "MAX(G8,G10)",
    "MIN(G8:G12)",
    "ROUND(G8,0)",
    "SUBTOTAL(1,G8:G12)",
    'SUMIF(B8:B12,"x",G8:G12)',
    "G8-G10",
    "G8*2",
    "G8/1000",
    "SUM(G8:G12)*1000",
    "SUM(G8:G12)/2",
    "12900000",
    "G8+100",
    "Sheet2!G8",
    "",
    "SUM()",
    "SUM(G8,)",
    "SUM(G8",
    "G8:G9:G10",
    "SUBTOTAL(9)",
    "G8++G9",
  ])("%p is not judged", (formula) => {
    expect(summedRows(formula, G)).toBeNull();
  });
});

describe("readSumFormula", () => {
  test("reads the parts of a sum in any column, nesting kept", () => {
    expect(readSumFormula("=SUBTOTAL(109,B2:C4)+$D$5")).toEqual({
      kind: "plus",
      terms: [
        {
          kind: "sum",
          subtotal: 109,
          args: [{ kind: "cells", range: { top: 2, bottom: 4, left: 2, right: 3 } }],
        },
        { kind: "cells", range: { top: 5, bottom: 5, left: 4, right: 4 } },
      ],
    });
  });

  test("a range written backwards is read forwards", () => {
    expect(readSumFormula("SUM(C12:A8)")).toEqual({
      kind: "sum",
      subtotal: null,
      args: [{ kind: "cells", range: { top: 8, bottom: 12, left: 1, right: 3 } }],
    });
  });

  test("nesting deeper than any sum the fixes write is not read", () => {
    const deep = `${"SUM(".repeat(20)}G8${")".repeat(20)}`;
    expect(readSumFormula(deep)).toBeNull();
    expect(readSumFormula("SUM(SUM(G8))")).not.toBeNull();
  });
});
