import { describe, expect, test } from "@jest/globals";
import { afterText } from "../../../src/domain/fixes/fix";
import { proposeFixes } from "../../../src/domain/fixes/proposeFixes";
import { readAppendix } from "../../../src/domain/readAppendix";
import {
  error,
  group,
  info,
  seriousPlaces,
  subItem,
  task,
  total,
  where,
} from "../../support/table";
import { checkGrid, gridWith } from "../support/formulaGrid";
import { testRule } from "../support/ruleTester";

const formula = (text: string, value: number) => ({ formula: text, value });

/** Group 1 over four tasks of which only 1.1 and 1.4 carry amounts. */
const rows = [
  group("1", "Công tác chỉ đạo điều hành"), // row 2
  task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
  task("1.2", "Báo cáo định kỳ"), // row 4
  task("1.3", "Kiểm tra công tác CCHC"), // row 5
  task("1.4", "Tuyên truyền CCHC", "2.000.000"), // row 6
  total("3.000.000"), // row 7
];

const subtotalFindings = (cells: Parameters<typeof gridWith>[1], table = rows) =>
  checkGrid(gridWith(table, cells)).filter((f) => f.rule === "subtotal.formula");

describe("subtotal.formula", () => {
  test("a formula over exactly the children gives no finding, however it is written", () => {
    for (const text of ["SUM(G3:G6)", "G3+G4+G5+G6", "SUBTOTAL(9,G3:G6)", "SUM(G3,G4:G6)"]) {
      expect(
        subtotalFindings({ G2: formula(text, 3_000_000), G7: formula("G2", 3_000_000) })
      ).toEqual([]);
    }
  });

  test("leaving out only children with no amount is a note, not a warning: the figure is right today", () => {
    const findings = checkGrid(
      gridWith(rows, { G2: formula("G3+G6", 3_000_000), G7: formula("G2", 3_000_000) })
    );
    expect(seriousPlaces(findings)).toEqual([]);
    const notes = findings.filter((f) => f.rule === "subtotal.formula");
    expect(notes.map(where)).toEqual([info("subtotal.formula", 2, "G2")]);
    expect(notes[0].message).toBe(
      "Công thức kinh phí của 1 bỏ sót 1.2 (dòng 4), 1.3 (dòng 5); các dòng này chưa ghi kinh phí nên số cộng hiện vẫn đúng, nhưng nếu sau này ghi kinh phí cho 1.2 (dòng 4), 1.3 (dòng 5) thì cộng mục sẽ thiếu."
    );
  });

  test("a workbook whose every subtotal leaves out its empty tasks gets no warning at all", () => {
    const table = [];
    const cells: Parameters<typeof gridWith>[1] = {};
    const groupRows: number[] = [];
    for (let g = 1; g <= 7; g++) {
      const first = 2 + table.length;
      groupRows.push(first);
      table.push(group(String(g), `Nhóm ${g}`));
      table.push(task(`${g}.1`, "Việc có kinh phí", "1.000.000"));
      table.push(task(`${g}.2`, "Việc chưa có kinh phí"));
      table.push(task(`${g}.3`, "Việc có kinh phí", "500.000"));
      cells[`G${first}`] = formula(`G${first + 1}+G${first + 3}`, 1_500_000);
    }
    const totalRow = 2 + table.length;
    table.push(total("10.500.000"));
    cells[`G${totalRow}`] = formula(
      `SUM(${groupRows.map((row) => `G${row}`).join(",")})`,
      10_500_000
    );
    const findings = checkGrid(gridWith(table, cells));
    expect(seriousPlaces(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === "subtotal.formula")).toHaveLength(7);
  });

  test("an unnumbered row is named once, by its row", () => {
    const table = [
      group("1", "Thực hiện chế độ báo cáo"), // row 2
      subItem("Báo cáo định kỳ", "1.000.000"), // row 3
      subItem("Báo cáo đột xuất"), // row 4
      subItem("Báo cáo chuyên đề", "500.000"), // row 5
      total("1.500.000"), // row 6
    ];
    const [note] = subtotalFindings({ G2: formula("G3+G5", 1_500_000) }, table);
    expect(note.severity).toBe("info");
    expect(note.message).toContain("bỏ sót dòng 4;");
    expect(note.message).toContain("dòng này chưa ghi kinh phí");
    expect(note.message).not.toMatch(/ở dòng|\(dòng 4\)/);
  });

  test("leaving out a child that has an amount is an error: the figure is wrong now", () => {
    const findings = checkGrid(gridWith(rows, { G2: formula("G3", 1_000_000) }));
    expect(seriousPlaces(findings)).toContainEqual(error("subtotal.formula", 2, "G2"));
    const [finding] = findings.filter((f) => f.rule === "subtotal.formula");
    expect(finding.message).toBe(
      "Công thức kinh phí của 1 bỏ sót 1.2 (dòng 4), 1.3 (dòng 5), 1.4 (dòng 6). Công thức cho 1.000.000 nhưng các mục con cộng lại 3.000.000 (chênh 2.000.000)."
    );
    expect([finding.actual, finding.expected]).toEqual([1_000_000, 3_000_000]);
    expect(finding.hint).toBe(
      "Sửa công thức thành =SUM(G3:G6) để cộng đúng các mục con trực tiếp."
    );
  });

  test("a subtotal formula over the wrong rows is one finding at its cell, not also a mismatch", () => {
    // Group 1 =SUM(G3:G3) leaves out 1.2; its cached figure 4.000.000 was added into the total.
    const table = [
      group("1", "Nhóm 1"), // row 2
      task("1.1", "Việc a", "4.000.000"), // row 3
      task("1.2", "Việc b", "6.000.000"), // row 4
      group("2", "Nhóm 2"), // row 5
      task("2.1", "Việc c", "5.000.000"), // row 6
      total(""), // row 7
    ];
    for (const g2 of [formula("SUM(G3:G3)", 4_000_000), { formula: "SUM(G3:G3)", value: null }]) {
      const findings = checkGrid(
        gridWith(table, {
          // Numbers, as a workbook holds them: an uncalculated SUM is worked out over them.
          G3: { value: 4_000_000 },
          G4: { value: 6_000_000 },
          G6: { value: 5_000_000 },
          G2: g2,
          G5: formula("SUM(G6:G6)", 5_000_000),
          G7: { value: 9_000_000 },
        })
      );
      expect(seriousPlaces(findings)).toEqual([error("subtotal.formula", 2, "G2")]);
      const [finding] = findings.filter((f) => f.rule === "subtotal.formula");
      expect(finding.message).toBe(
        "Công thức kinh phí của 1 bỏ sót 1.2 (dòng 4). Công thức cho 4.000.000 nhưng các mục con cộng lại 10.000.000 (chênh 6.000.000)."
      );
      expect(finding.hint).toBe(
        "Sửa công thức thành =SUM(G3:G4) để cộng đúng các mục con trực tiếp. Tổng cộng ở G7 cũng cộng số này: sửa thành 10.000.000 thì Tổng cộng là 15.000.000."
      );
    }
  });

  test("a total formula that adds groups and their tasks is one finding at the total", () => {
    const table = [
      group("1", "Nhóm 1"), // row 2
      task("1.1", "Việc a", "4.000.000"), // row 3
      task("1.2", "Việc b", "6.000.000"), // row 4
      group("2", "Nhóm 2"), // row 5
      task("2.1", "Việc c", "5.000.000"), // row 6
      total(""), // row 7
    ];
    const findings = checkGrid(
      gridWith(table, {
        G2: formula("SUM(G3:G4)", 10_000_000),
        G5: formula("SUM(G6:G6)", 5_000_000),
        G7: formula("SUM(G2:G6)", 30_000_000),
      })
    );
    expect(seriousPlaces(findings)).toEqual([error("subtotal.formula", 7, "G7")]);
    const [finding] = findings.filter((f) => f.rule === "subtotal.formula");
    expect(finding.message).toContain(
      "Công thức cho 30.000.000 nhưng các mục lớn cộng lại 15.000.000 (chênh 15.000.000)."
    );
    expect(finding.hint).toBe("Sửa công thức thành =SUM(G2,G5) để cộng đúng các mục lớn.");
  });

  test("the hint gives this group's own formula, for the note too, and never a made-up one", () => {
    const findings = checkGrid(
      gridWith(rows, { G2: formula("G3+G6", 3_000_000), G7: formula("G2", 3_000_000) })
    );
    const hints = findings.filter((f) => f.rule === "subtotal.formula").map((f) => f.hint);
    expect(hints).toEqual(["Sửa công thức thành =SUM(G3:G6) để cộng đúng các mục con trực tiếp."]);
    expect(hints.join(" ")).not.toContain("G8+G12+G15");
  });

  test("a child group left blank is named in the hint: the formula needs its sum", () => {
    const table = [
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      group("1.1", "Kiểm tra"), // row 3 (left blank)
      task("1.1.1", "Kiểm tra tại xã", "300.000"), // row 4
      task("1.2", "Tuyên truyền", "2.000.000"), // row 5
      total("2.300.000"), // row 6
    ];
    const [finding] = subtotalFindings({ G2: formula("G4+G5", 2_300_000) }, table);
    expect(finding.hint).toBe(
      "Sửa công thức thành =SUM(G3,G5) để cộng đúng các mục con trực tiếp. Ghi cả cộng mục cho 1.1 (đang để trống) để công thức này cộng đủ."
    );
  });

  test("adding in a grandchild with no amount is a note; one with an amount is an error", () => {
    const table = [
      group("1", "Công tác chỉ đạo điều hành"), // row 2
      group("1.1", "Kiểm tra"), // row 3
      task("1.1.1", "Kiểm tra tại xã"), // row 4
      task("1.2", "Tuyên truyền", "2.000.000"), // row 5
      total("2.000.000"), // row 6
    ];
    const note = subtotalFindings({ G2: formula("SUM(G3:G5)", 2_000_000) }, table);
    expect(note.map(where)).toEqual([info("subtotal.formula", 2, "G2")]);
    expect(note[0].message).toContain("cộng cả 1.1.1 (dòng 4) (không phải mục con trực tiếp)");
    expect(note[0].message).toContain("thì cộng mục sẽ thừa");
    const withAmount = table.map((row, i) =>
      i === 2 ? task("1.1.1", "Kiểm tra tại xã", "300.000") : row
    );
    const wrong = subtotalFindings(
      { G2: formula("SUM(G3:G5)", 2_600_000), G3: formula("G4", 300_000) },
      withAmount
    );
    expect(wrong.map(where)).toEqual([error("subtotal.formula", 2, "G2")]);
  });

  test("a total that leaves out a top-level row without an amount is a note about the total", () => {
    const table = [
      group("1", "Công tác chỉ đạo điều hành", "1.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch", "1.000.000"), // row 3
      task("2", "Cải cách thủ tục hành chính"), // row 4
      total("1.000.000"), // row 5
    ];
    const notes = subtotalFindings({ G5: formula("G2", 1_000_000) }, table);
    expect(notes.map(where)).toEqual([info("subtotal.formula", 5, "G5")]);
    expect(notes[0].message).toContain("Công thức kinh phí của Tổng cộng bỏ sót 2 (dòng 4)");
    expect(notes[0].message).toContain("thì Tổng cộng sẽ thiếu");
  });

  test("the subtotal fix offers a formula covering every child, and leaves one that already does", () => {
    const fixes = (cells: Parameters<typeof gridWith>[1]) =>
      proposeFixes(readAppendix(gridWith(rows, cells))).find(
        (fix) => fix.kind === "subtotal-formulas"
      );
    const fix = fixes({ G2: formula("G3+G6", 3_000_000), G7: formula("G2", 3_000_000) });
    expect(fix?.edits.map((edit) => [edit.address, edit.before, afterText(edit)])).toEqual([
      ["G2", "=G3+G6", "=SUM(G3:G6)"],
    ]);
    expect(
      fixes({ G2: formula("G3+G4+G5+G6", 3_000_000), G7: formula("G2", 3_000_000) })
    ).toBeUndefined();
  });
});

testRule("subtotal.formula", {
  valid: [
    {
      name: "formulas over exactly the children",
      grid: gridWith(rows, { G2: formula("SUM(G3:G6)", 3_000_000), G7: formula("G2", 3_000_000) }),
    },
  ],
  invalid: [
    {
      name: "a subtotal that leaves out a task with an amount: an error",
      grid: gridWith(rows, { G2: formula("G3", 1_000_000), G7: formula("G2", 1_000_000) }),
      findings: [
        {
          cell: "G2",
          severity: "error",
          message: /bỏ sót 1\.2 \(dòng 4\), 1\.3 \(dòng 5\), 1\.4 \(dòng 6\)/,
        },
      ],
    },
    {
      name: "a formula that leaves out tasks still without an amount: a note",
      grid: gridWith(rows, { G2: formula("G3+G6", 3_000_000), G7: formula("G2", 3_000_000) }),
      findings: [{ cell: "G2", severity: "info" }],
    },
  ],
});
