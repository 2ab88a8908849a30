import { describe, expect, test } from "@jest/globals";
import { afterText } from "../../src/domain/fixes/fix";
import { proposeFixes } from "../../src/domain/fixes/proposeFixes";
import { partLetters } from "../../src/domain/partLetters";
import {
  amountOnly,
  checkTable,
  error,
  group,
  readTable,
  seriousPlaces,
  task,
} from "../support/table";

/** The sheet rows read as parts, for a table of the given TT cells. */
const partsOf = (numbers: string[]) => {
  const appendix = readTable(numbers.map((number, i) => task(number, `Việc ${i + 1}`)));
  return [...partLetters(appendix.rows)].map(([index, part]) => [appendix.rows[index].row, part]);
};

describe("partLetters", () => {
  test("A, B, C above Roman sections are parts; C is one although it is a Roman numeral too", () => {
    expect(partsOf(["A", "I", "1", "II", "B", "I", "C", "I"])).toEqual([
      [2, 1],
      [6, 2],
      [8, 3],
    ]);
  });

  test("an I straight after the part before it is that part's first section", () => {
    const letters = ["A", "B", "C", "D", "Đ", "E", "G", "H"];
    const parts = partsOf([...letters, "I", "1"]);
    expect(parts).toHaveLength(8);
    expect(parts.map(([row]) => row)).not.toContain(10);
  });

  test("no parts when the table does not start with A, or its letters do not follow on", () => {
    expect(partsOf(["I", "1", "II", "1"])).toEqual([]);
    expect(partsOf(["1", "1.1", "A", "2"])).toEqual([]);
    expect(partsOf(["A", "I", "D", "I"])).toEqual([]);
  });
});

describe("a table lettered in parts", () => {
  test("PHẦN A above Roman sections is read, and the table is clean", () => {
    const findings = checkTable([
      group("A", "PHẦN A"), // row 2
      group("I", "Mục I", "3.000.000"), // row 3
      group("1", "Việc 1", "3.000.000"), // row 4
      task("a)", "Việc x", "1.000.000"), // row 5
      task("b)", "Việc y", "2.000.000"), // row 6
      group("II", "Mục II"), // row 7
      task("1", "Việc"), // row 8
      amountOnly("3.000.000"), // row 9
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("parts A, B, C, each with Roman sections and Arabic tasks, give no finding", () => {
    const findings = checkTable([
      group("A", "NHIỆM VỤ TRỌNG TÂM"), // row 2
      group("I", "Cải cách thể chế"), // row 3
      task("1", "Rà soát văn bản"), // row 4
      task("2", "Theo dõi thi hành pháp luật"), // row 5
      group("II", "Cải cách thủ tục hành chính"), // row 6
      task("1", "Công khai thủ tục"), // row 7
      group("B", "NHIỆM VỤ THƯỜNG XUYÊN"), // row 8
      group("I", "Chế độ báo cáo"), // row 9
      task("1", "Báo cáo quý"), // row 10
      group("C", "TỔ CHỨC THỰC HIỆN"), // row 11
      task("1", "Kiểm tra"), // row 12
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("a capital letter where the table has no parts is one finding, its number's", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế"), // row 2
      task("1.1", "Rà soát văn bản"), // row 3
      task("A", "Theo dõi thi hành pháp luật", undefined, ""), // row 4
      task("1.2", "Kiểm tra văn bản"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("tt.format", 4, "A4")]);
  });

  test("renumbering keeps the parts and counts Roman sections from I again under each", () => {
    const fixes = proposeFixes(
      readTable([
        group("A", "PHẦN A"), // row 2
        group("I", "Mục I"), // row 3
        task("1", "Việc"), // row 4
        group("III", "Mục II"), // row 5
        task("1", "Việc"), // row 6
        group("B", "PHẦN B"), // row 7
        group("II", "Mục I"), // row 8
        task("1", "Việc"), // row 9
      ])
    );
    const renumber = fixes.find((fix) => fix.kind === "renumber");
    expect(renumber?.edits.map((edit) => [edit.address, edit.before, afterText(edit)])).toEqual([
      ["A5", "III", "II"],
      ["A8", "II", "I"],
    ]);
  });
});
