import { describe, expect, test } from "@jest/globals";
import { checkTable, error, group, seriousPlaces, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

const words = (text: string) => [text, "", "", "", "", "", ""];

describe("total.words", () => {
  const table = (wordsLine: string) => [
    group("1", "Công tác chỉ đạo điều hành", "34.900.000"), // row 2
    task("1.1", "Ban hành kế hoạch CCHC", "34.900.000"), // row 3
    total("34.900.000"), // row 4
    words(wordsLine), // row 5
  ];

  test.each([
    "Bằng chữ: Ba mươi tư triệu chín trăm nghìn đồng.",
    "Bằng chữ: Ba mươi bốn triệu chín trăm ngàn đồng chẵn./.",
    "bang chu: ba muoi tu trieu chin tram nghin dong",
    "Bằng chữ: Ba mươi tư triệu chín trăm nghìn đồng.".normalize("NFD"),
  ])("%p says the total: no finding", (line) => {
    expect(seriousPlaces(checkTable(table(line)))).toEqual([]);
  });

  test("words saying another amount are an error at the words cell, with the right words", () => {
    const findings = checkTable(table("Bằng chữ: Ba mươi ba triệu chín trăm nghìn đồng."));
    expect(seriousPlaces(findings)).toEqual([error("total.words", 5, "A5")]);
    const finding = findings.find((f) => f.rule === "total.words");
    expect(finding?.expected).toBe(34_900_000);
    expect(finding?.hint).toBe("Sửa thành: Bằng chữ: Ba mươi tư triệu chín trăm nghìn đồng.");
  });

  test("a table without a words line is not judged on it", () => {
    expect(seriousPlaces(checkTable(table("")))).toEqual([]);
  });
});

/** The table of the tests above, at module level: total at row 4, words at row 5. */
const wordsTable = (wordsLine: string) => [
  group("1", "Công tác chỉ đạo điều hành", "34.900.000"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "34.900.000"), // row 3
  total("34.900.000"), // row 4
  words(wordsLine), // row 5
];

testRule("total.words", {
  valid: [
    {
      name: "words that say the total",
      rows: wordsTable("Bằng chữ: Ba mươi tư triệu chín trăm nghìn đồng."),
    },
  ],
  invalid: [
    {
      name: "words that say another amount",
      rows: wordsTable("Bằng chữ: Ba mươi ba triệu chín trăm nghìn đồng."),
      findings: [{ cell: "A5", expected: 34_900_000 }],
    },
  ],
});
