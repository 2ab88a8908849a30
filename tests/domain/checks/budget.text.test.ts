import { describe, expect, test } from "@jest/globals";
import {
  checkTable,
  error,
  group,
  info,
  seriousPlaces,
  task,
  total,
  where,
} from "../../support/table";
import { testRule } from "../support/ruleTester";

describe("budget.text", () => {
  test("words that are no amount are a note each, and the sums are judged without them", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế", "3.000.000"), // row 2
      task("1.1", "Rà soát văn bản", "3.000.000"), // row 3
      task("1.2", "Tuyên truyền pháp luật", "Lồng ghép"), // row 4
      task("1.3", "Theo dõi thi hành pháp luật", "Kinh phí thường xuyên"), // row 5
      task("1.4", "Kiểm tra văn bản", "Không"), // row 6
      task("1.5", "Hỗ trợ pháp lý", "Không có"), // row 7
      task("1.6", "Hòa giải cơ sở", "Nguồn xã hội hóa"), // row 8
      total("3.000.000"), // row 9
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
    const notes = findings.filter((f) => f.rule === "budget.text");
    expect(notes.map(where)).toEqual(
      [4, 5, 6, 7, 8].map((row) => info("budget.text", row, `G${row}`))
    );
    expect(notes[0].message).toBe(
      "Kinh phí ghi “Lồng ghép”, không phải số tiền: coi như không có kinh phí riêng, không tính vào các cộng mục và Tổng cộng."
    );
  });

  test("a subtotal beside such a task is still judged", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế", "4.000.000"), // row 2
      task("1.1", "Rà soát văn bản", "3.000.000"), // row 3
      task("1.2", "Tuyên truyền pháp luật", "Lồng ghép"), // row 4
      total("4.000.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([error("subtotal.mismatch", 2, "G2")]);
  });

  test("an amount in words stays an amount that cannot be read", () => {
    const findings = checkTable([
      group("1", "Cải cách thể chế"), // row 2
      task("1.1", "Rà soát văn bản", "Ba triệu đồng"), // row 3
    ]);
    expect(seriousPlaces(findings)).toEqual([error("budget.format", 3, "G3")]);
    expect(findings.some((f) => f.rule === "budget.text")).toBe(false);
  });
});

testRule("budget.text", {
  valid: [
    {
      name: "amounts in figures; an amount in words is budget.format's",
      rows: [
        group("1", "Chỉ đạo"),
        task("1.1", "Kế hoạch", "1.000.000"),
        task("1.2", "Báo cáo", "Ba triệu đồng"),
      ],
    },
  ],
  invalid: [
    {
      name: "Lồng ghép and Không",
      rows: [
        group("1", "Chỉ đạo", "1.000.000"), // row 2
        task("1.1", "Kế hoạch", "1.000.000"), // row 3
        task("1.2", "Tuyên truyền", "Lồng ghép"), // row 4
        task("1.3", "Kiểm tra", "Không"), // row 5
        total("1.000.000"), // row 6
      ],
      findings: [{ cell: "G4", message: /“Lồng ghép”/ }, { cell: "G5" }],
    },
  ],
});
