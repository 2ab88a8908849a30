import { describe, expect, test } from "@jest/globals";
import { shiftFormula } from "../../src/xlsx/shiftFormula";

describe("shiftFormula", () => {
  test.each([
    ["SUM(G8:G10)", "G7", "G12", "SUM(G13:G15)"],
    ["G8+G9", "G7", "H7", "H8+H9"],
    ["SUM($G$8:G10)", "G7", "G9", "SUM($G$8:G12)"],
    ["$G8+G$8", "G7", "H9", "$G10+H$8"],
    ["SUBTOTAL(9,G8:G10)", "G7", "G8", "SUBTOTAL(9,G9:G11)"],
    ['IF(A1="B2",B2,0)', "C1", "C2", 'IF(A2="B2",B3,0)'],
    ["LOG10(G8)", "G7", "G8", "LOG10(G9)"],
  ])("%s filled from %s to %s is %s", (formula, from, to, shifted) => {
    expect(shiftFormula(formula, from, to)).toBe(shifted);
  });
});
