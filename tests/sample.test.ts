import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { checkAppendix } from "../src/domain/checkAppendix";
import { readDelimited } from "../src/domain/delimitedText";
import { Finding } from "../src/domain/finding";
import { afterText } from "../src/domain/fixes/fix";
import { proposeFixes } from "../src/domain/fixes/proposeFixes";
import { readAppendix } from "../src/domain/readAppendix";
import { readWorkbook } from "../src/xlsx/readWorkbook";

/**
 * The published appendix of xã Thượng Lộ's 2020 plan, as the seed holds it and as the bundled
 * workbook. Its faults, found by reading the table:
 * - group 1 says 12.900.000 while 1.2 + 1.3 + 1.5 make 3.960.000 + 1.100.000 + 6.840.000 = 11.900.000;
 * - "2,2,1" is written with commas;
 * - 5.1.2 appears twice (the second is 5.1.3), and so does 7.4.3 (the second is 7.4.4);
 * - 18.000.000 stands on 5.2, whose tasks have no amounts, while group 5 is blank: it is group 5's
 *   subtotal (5.3's 18.000.000) one level too low; read so, the grand total 34.900.000 = 12.900.000
 *   + 18.000.000 + 4.000.000 agrees. The total adds group 1's wrong figure in: corrected to 11.900.000,
 *   the total becomes 33.900.000, which the one finding at group 1 says.
 */
const samples = path.join(__dirname, "..", "samples");
const lines = readFileSync(path.join(samples, "thuong-lo-2020.txt"), "utf8").split("\n");
/** Both the text and the workbook put line i of the text on sheet row i + 1. */
const rowOf = (startsWith: string, occurrence = 1) => {
  let seen = 0;
  const index = lines.findIndex(
    (line) => line.split("\t")[0].replace(/<\/?b>/g, "") === startsWith && ++seen === occurrence
  );
  if (index < 0) throw new Error(`no line starts with ${startsWith}`);
  return index + 1;
};
/** The grand total, whose label was lost: only its amount is left, on the last line. */
const totalRow = lines.findIndex((line) => line.split("\t").join("|") === "||||||34.900.000") + 1;

const expectedFaults = () => [
  {
    rule: "subtotal.mismatch",
    row: rowOf("1"),
    cell: `G${rowOf("1")}`,
    expected: 11_900_000,
    actual: 12_900_000,
  },
  {
    rule: "tt.format",
    row: rowOf("2,2,1"),
    cell: `A${rowOf("2,2,1")}`,
    expected: null,
    actual: null,
  },
  {
    rule: "tt.duplicate",
    row: rowOf("5.1.2", 2),
    cell: `A${rowOf("5.1.2", 2)}`,
    expected: null,
    actual: null,
  },
  {
    rule: "subtotal.mismatch",
    row: rowOf("5.2"),
    cell: `G${rowOf("5.2")}`,
    expected: 0,
    actual: 18_000_000,
  },
  {
    rule: "tt.duplicate",
    row: rowOf("7.4.3", 2),
    cell: `A${rowOf("7.4.3", 2)}`,
    expected: null,
    actual: null,
  },
];

function serious(findings: Finding[]) {
  return findings
    .filter((finding) => finding.severity !== "info")
    .map(({ rule, row, cell, expected, actual }) => ({ rule, row, cell, expected, actual }));
}

async function workbookFindings() {
  const [sheet] = readWorkbook(readFileSync(path.join(samples, "thuong-lo-2020.xlsx")));
  return { sheet, findings: checkAppendix(readAppendix(sheet.grid)) };
}

describe("the appendix of xã Thượng Lộ (2020)", () => {
  test("the text is read with every fault at its row and cell, and nothing else serious", () => {
    const findings = checkAppendix(readAppendix(readDelimited(lines.join("\n"), "\t")));
    expect(serious(findings)).toEqual(expectedFaults());
    expect(findings.filter((finding) => finding.severity === "error")).toHaveLength(5);
  });

  test("the bundled workbook gives the same findings as the text", async () => {
    const { sheet, findings } = await workbookFindings();
    expect(sheet.name).toBe("Phụ lục");
    expect(serious(findings)).toEqual(expectedFaults());
    const fromText = checkAppendix(readAppendix(readDelimited(lines.join("\n"), "\t")));
    expect(findings).toEqual(fromText);
  });

  test("the findings explain themselves in Vietnamese", async () => {
    const { findings } = await workbookFindings();
    const byCell = new Map(findings.map((finding) => [finding.cell, finding]));
    const group1 = byCell.get(`G${rowOf("1")}`);
    expect(group1?.message).toContain("11.900.000");
    expect(group1?.hint).toContain("gõ nhầm một chữ số");
    expect(group1?.hint).toContain(
      `Tổng cộng ở G${totalRow} cũng cộng số này: sửa thành 11.900.000 thì Tổng cộng là 33.900.000.`
    );
    const misplaced = byCell.get(`G${rowOf("5.2")}`);
    expect(misplaced?.hint).toContain("mục 5");
    expect(misplaced?.hint).toContain("Tổng cộng khớp");
    expect(byCell.get(`A${rowOf("5.1.2", 2)}`)?.hint).toContain("5.1.3");
    expect(byCell.get(`A${rowOf("7.4.3", 2)}`)?.hint).toContain("7.4.4");
    expect(byCell.get(`A${rowOf("2,2,1")}`)?.message).toContain("2.2.1");
  });

  test("one fix corrects group 1 and the total that added it in, together", () => {
    const appendix = readAppendix(readDelimited(lines.join("\n"), "\t"));
    expect(appendix.total?.row).toBe(totalRow);
    const fix = proposeFixes(appendix).find((proposed) => proposed.kind === "subtotal-values");
    expect(fix?.edits.map((edit) => [edit.address, edit.before, afterText(edit)])).toEqual([
      [`G${rowOf("1")}`, "12.900.000", "11.900.000"],
      [`G${totalRow}`, "34.900.000", "33.900.000"],
    ]);
  });

  test("page-split rows are merged into the row above and said so", async () => {
    const { findings } = await workbookFindings();
    const continuations = findings.filter((finding) => finding.rule === "row.continuation");
    const splitLines = lines
      .map((line, index) => ({ cells: line.split("\t"), row: index + 1 }))
      .filter(
        ({ cells }) => cells.length === 7 && cells[0] === "" && cells[1] === "" && cells[5] !== ""
      );
    expect(continuations.map((finding) => finding.row)).toEqual(splitLines.map(({ row }) => row));
    expect(continuations.every((finding) => finding.severity === "info")).toBe(true);
  });
});
