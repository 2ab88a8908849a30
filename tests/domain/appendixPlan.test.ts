import { describe, expect, test } from "@jest/globals";
import {
  BLANK_REFERENCE,
  blankPlan,
  itemTotal,
  planFromTable,
} from "../../src/domain/appendixPlan";
import { group, readTable, task, total } from "../support/table";

describe("planFromTable", () => {
  test("Kinh phí in words that name no amount is kept as written and counts as none", () => {
    const appendix = readTable([
      group("1", "Đào tạo", "1.000.000"), // row 2
      task("1.1", "Tập huấn", "1.000.000"), // row 3
      task("1.2", "Tự học", "Lồng ghép"), // row 4
      total("1.000.000"), // row 5
    ]);
    const [first] = planFromTable(appendix, "Tiêu đề", BLANK_REFERENCE).items;
    expect(
      first.children.map((child) => [child.amount, child.amountNote, child.amountText])
    ).toEqual([
      [1_000_000, undefined, undefined],
      [null, "Lồng ghép", undefined],
    ]);
    expect(itemTotal(first)).toBe(1_000_000);
  });

  test("a table without a Kinh phí column reads its page-break continuation rows", () => {
    const appendix = readTable(
      [
        ["1", "Ban hành kế hoạch", "Văn phòng", "", "Kế hoạch", "Quý I"],
        ["", "", "", "Các ban", "", ""],
      ],
      { header: ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian"] }
    );
    expect(appendix.rows.map((row) => [row.partners, row.amount.kind])).toEqual([
      ["Các ban", "empty"],
    ]);
    expect(planFromTable(appendix, "Tiêu đề", BLANK_REFERENCE).items).toHaveLength(1);
  });

  test("a subtotal written one level too low goes back to its group, not counted twice", () => {
    const appendix = readTable([
      group("1", "Đào tạo"), // row 2: blank
      group("1.1", "Đánh giá cán bộ", "18.000.000"), // row 3: group 1's subtotal, one level too low
      task("1.1.1", "Đánh giá hằng quý"), // row 4
      task("1.2", "Cử đi đào tạo", "18.000.000"), // row 5
      total("18.000.000"), // row 6
    ]);
    const plan = planFromTable(appendix, "Tiêu đề", BLANK_REFERENCE);
    const [first] = plan.items;
    expect(first.children.map((child) => [child.number, child.amount])).toEqual([
      ["1.1", null],
      ["1.2", 18_000_000],
    ]);
    expect(itemTotal(first)).toBe(18_000_000);
  });

  test("a lump sum the total agrees with stays on its group", () => {
    const appendix = readTable([
      group("1", "Đào tạo"), // row 2
      group("1.1", "Đánh giá cán bộ", "18.000.000"), // row 3: a lump sum for its tasks
      task("1.1.1", "Đánh giá hằng quý"), // row 4
      task("1.2", "Cử đi đào tạo", "18.000.000"), // row 5
      total("36.000.000"), // row 6
    ]);
    const [first] = planFromTable(appendix, "Tiêu đề", BLANK_REFERENCE).items;
    expect(itemTotal(first)).toBe(36_000_000);
  });
});

describe("blankPlan", () => {
  test("offers the seven CCHC areas, each with an empty first task, for the year", () => {
    const plan = blankPlan("2026");
    expect(plan.reference.year).toBe("2026");
    expect(plan.title).toContain("2026");
    expect(plan.items.map((item) => item.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(
      plan.items.every((item) => item.children.length === 1 && item.children[0].task === "")
    ).toBe(true);
  });
});
